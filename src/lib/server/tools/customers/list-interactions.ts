/**
 * list_interactions: the contact history of one customer, or of everything the caller may see,
 * newest first — filtered by channel, direction, outcome and period, paginated. Interactions
 * after `asOf` do not exist for the answer. Long texts are cut so a page stays compact.
 */
import { z } from 'zod';
import { formatDate } from '#lib/format.ts';
import { CHANNEL_LABEL } from '#lib/labels.ts';
import { CHANNELS, DIRECTIONS, INTERACTION_OUTCOMES } from '../../db/schema.ts';
import {
	historyLine,
	interactionHistoryIds,
	interactionHistoryRows
} from '../../domain/interactions/interaction-history.ts';
import { PeriodInput, resolvePeriod } from '../../domain/portfolio/period.ts';
import { accessibleCustomer } from '../customer-access.ts';
import { defineTool, READ_ONLY, type ToolOutput } from '../define-tool.ts';
import { AsOfInput, ScopeInput } from '../filters.ts';
import { PageInput, paginate } from '../pagination.ts';
import { scopeFor } from '../tool-context.ts';
import { ListInteractionsOutput } from './list-interactions-output.ts';

const Input = z.object({
	...AsOfInput,
	customerId: z
		.number()
		.int()
		.positive()
		.optional()
		.describe(
			'Só deste cliente (ache o id com find_customers); omita para toda a carteira visível'
		),
	...ScopeInput,
	channel: z
		.enum(CHANNELS)
		.optional()
		.describe('Só este canal: phone, email, whatsapp, visit (visita) ou meeting (reunião)'),
	direction: z
		.enum(DIRECTIONS)
		.optional()
		.describe('Só inbound (o cliente procurou) ou outbound (nós procuramos)'),
	outcome: z
		.enum(INTERACTION_OUTCOMES)
		.optional()
		.describe('Só este resultado: answered, no_answer, order_placed, lost ou rescheduled'),
	includeNotes: z
		.boolean()
		.default(false)
		.describe(
			'true: traz também as anotações (até 300 caracteres cada); padrão false, só o resumo'
		),
	period: PeriodInput.optional().describe(
		'Período: "this_month", "last_month", um mês "AAAA-MM" ou {from, to} (AAAA-MM-DD); omita para todo o histórico'
	),
	...PageInput,
	limit: z
		.number()
		.int()
		.min(1)
		.max(100)
		.default(15)
		.describe('Máximo de linhas nesta página (1–100, padrão 15: cabe em ~2.000 tokens)')
});

export const listInteractions = defineTool({
	name: 'list_interactions',
	title: 'Histórico de contatos',
	description:
		'O histórico de contatos (ligações, e-mails, WhatsApp, visitas, reuniões) de um cliente ou da carteira, ' +
		'do mais recente para o mais antigo, com resumo, resultado e quem falou. Filtre por canal, direção, ' +
		'resultado e período. Use para "quando falamos com o cliente X pela última vez?", "o que foi conversado?", ' +
		'"histórico de contatos", "visitas deste mês", "ligações sem resposta da semana".',
	inputSchema: Input,
	outputSchema: ListInteractionsOutput,
	annotations: READ_ONLY,
	writes: false,
	async run(input, ctx) {
		const scope = scopeFor(ctx, input);
		let customerName: string | null = null;
		if (input.customerId !== undefined) {
			const customer = await accessibleCustomer(ctx, input.customerId);
			scope.customerIds = [customer.id];
			customerName = customer.name;
		}
		const period = input.period ? resolvePeriod(input.period, ctx.asOf) : null;
		const ids = await interactionHistoryIds({
			...input,
			db: ctx.db,
			scope,
			asOf: ctx.asOf,
			period
		});
		const page = paginate(ids, input);
		const rows = await interactionHistoryRows({ db: ctx.db, ids: page.rows.map((r) => r.id) });
		const filters = {
			...scope,
			...(input.channel && { channel: input.channel }),
			...(input.direction && { direction: input.direction }),
			...(input.outcome && { outcome: input.outcome })
		};
		const what = customerName ? `com ${customerName}` : 'na carteira';
		const channel = input.channel ? ` por ${CHANNEL_LABEL[input.channel]}` : '';
		const latest = rows[0] && !input.cursor ? rows[0].occurredAt.slice(0, 10) : null;
		return {
			structured: {
				asOf: ctx.asOf,
				filters,
				period: period ? { from: period.from, to: period.to, label: period.label } : null,
				total: page.total,
				nextCursor: page.nextCursor,
				interactions: rows.map((r) => historyLine(r, input.includeNotes))
			},
			summary:
				`${page.total} ${page.total === 1 ? 'interação' : 'interações'} ${what}${channel}` +
				`${period ? ` em ${period.label}` : ''} até ${formatDate(period?.to ?? ctx.asOf)}; mostrando ${rows.length}.` +
				(latest ? ` A mais recente em ${formatDate(latest)}.` : '')
		};
	}
});

export type ListInteractionsOutput = ToolOutput<typeof listInteractions>;
