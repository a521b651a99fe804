/**
 * get_customer_profile: everything Giro knows about one customer at `asOf`, compact enough to
 * quote (well under ~2,000 tokens): the cycle and state with reasons, next expected purchase,
 * RFV, P(alive), expected purchases, risk score, decline, value estimates with formulas, top
 * products of the last 12 months, contacts with WhatsApp consent, open deals, pending
 * follow-ups, the last 5 interactions and the last 24 purchase occasions for a chart.
 */
import { z } from 'zod';
import { formatDate, formatDecimal } from '#lib/format.ts';
import { customerProfile } from '../../domain/customers/customer-profile.ts';
import { STATE_LABEL } from '../../domain/portfolio/summarize-portfolio.ts';
import { accessibleCustomer } from '../customer-access.ts';
import { defineTool, READ_ONLY, type ToolOutput } from '../define-tool.ts';
import { AsOfInput } from '../filters.ts';
import { CustomerProfileOutput as Output } from './customer-profile-output.ts';

const Input = z.object({
	...AsOfInput,
	customerId: z
		.number()
		.int()
		.positive()
		.describe('Id do cliente (use find_customers para achar pelo nome, CNPJ ou código)')
});

const CONFIDENCE = {
	high: 'confiança alta',
	medium: 'confiança média',
	low: 'confiança baixa, 2 compras',
	peer: 'estimado pelos pares'
} as const;

export const getCustomerProfile = defineTool({
	name: 'get_customer_profile',
	title: 'Ficha do cliente',
	description:
		'A ficha completa de um cliente: ciclo de recompra, estado e motivo, próxima compra esperada, atraso, ' +
		'RFV, P(ativo), risco de não comprar em 90 dias, queda de volume, faturamento mensal habitual e perdido ' +
		'(com fórmulas), produtos mais comprados, contatos (com consentimento de WhatsApp), negociações abertas, ' +
		'follow-ups pendentes, últimas interações e histórico de compras. Use para "me fala do cliente X", ' +
		'"como está o Mercado Bom Preço?", "o que ele compra?", "quem é o contato?", antes de preparar uma ' +
		'mensagem. Precisa do customerId: ache com find_customers.',
	inputSchema: Input,
	outputSchema: Output,
	annotations: READ_ONLY,
	writes: false,
	async run(input, ctx) {
		const access = await accessibleCustomer(ctx, input.customerId);
		const asOf = ctx.asOf;
		const { assessment: a, profile: structured } = await customerProfile({
			db: ctx.db,
			id: access.id,
			asOf,
			config: ctx.config
		});
		const state = a.state;
		const cycleText = a.cycle
			? `ciclo de ${formatDecimal(a.cycle.days)} dias (${CONFIDENCE[a.cycle.confidence]})`
			: 'sem ciclo de recompra';
		const usual = structured.value.usualMonthly.text;
		return {
			structured,
			summary:
				`${a.name}: ${STATE_LABEL[state]} em ${formatDate(asOf)}, ${cycleText}` +
				(a.lastOccasion ? `, última compra em ${formatDate(a.lastOccasion)}` : '') +
				(usual ? `, faturamento mensal habitual ${usual} (estimativa)` : '') +
				'. ' +
				a.reasons.join(' ')
		};
	}
});

export type GetCustomerProfileOutput = ToolOutput<typeof getCustomerProfile>;
