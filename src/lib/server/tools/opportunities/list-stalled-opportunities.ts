/**
 * list_stalled_opportunities: open deals with no sign of life for longer than their stage
 * allows (SPEC "Stalled opportunity"), largest value first, paginated — "quais negociações
 * estão paradas?". The rule and its business-day counting live in the engine
 * (`stalled-opportunities.ts`); this tool filters, pages and explains.
 */
import { z } from 'zod';
import { formatMoney } from '#lib/format.ts';
import { stalledOpportunities } from '../../domain/portfolio/stalled-opportunities.ts';
import { STALLABLE_STAGES } from '../../domain/portfolio/stall-rule.ts';
import { defineTool, READ_ONLY, type ToolOutput } from '../define-tool.ts';
import { AsOfInput, AsOfOutput, ScopeInput } from '../filters.ts';
import { PageInput, PageOutput, paginate } from '../pagination.ts';
import { scopeFor } from '../tool-context.ts';

const Input = z.object({
	...AsOfInput,
	...ScopeInput,
	stage: z
		.enum(STALLABLE_STAGES)
		.optional()
		.describe(
			'Só esta etapa: proposal (proposta enviada), negotiation (negociação) ou evaluation (em avaliação pelo cliente)'
		),
	...PageInput,
	limit: z
		.number()
		.int()
		.min(1)
		.max(100)
		.default(12)
		.describe('Máximo de linhas nesta página (1–100, padrão 12: cabe em ~2.000 tokens)')
});

const Row = z.object({
	opportunityId: z.number().int().describe('Id da negociação'),
	title: z.string().describe('Título'),
	customerId: z.number().int().describe('Id do cliente'),
	customerName: z.string().describe('Cliente'),
	repId: z.number().int().nullable().describe('Vendedor da negociação'),
	repName: z.string().nullable().describe('Nome do vendedor'),
	stage: z.enum(STALLABLE_STAGES).describe('Etapa'),
	valueCents: z.number().int().describe('Valor, centavos'),
	value: z.string().describe('Valor em R$'),
	lastActivityDate: z.string().describe('Último sinal de vida (AAAA-MM-DD)'),
	lastActivitySource: z
		.enum(['interaction', 'crm_activity', 'stage_change'])
		.describe('De onde veio: interaction, crm_activity (CRM) ou stage_change (mudança de etapa)'),
	agreedReturnDate: z.string().nullable().describe('Data de retorno combinada (avaliação)'),
	businessDaysIdle: z.number().int().describe('Dias úteis sem atividade'),
	limitBusinessDays: z.number().int().describe('Dias úteis que a etapa permite'),
	businessDaysOverdue: z.number().int().describe('Dias úteis além do limite'),
	reason: z.string().describe('Por que está parada, em uma frase')
});

const Output = z.object({
	...AsOfOutput,
	definition: z.string().describe('A regra de negociação parada'),
	filters: z.record(z.string(), z.unknown()).describe('Os filtros aplicados'),
	totalValueCents: z.number().int().describe('Soma do valor de todas as paradas, centavos'),
	totalValue: z.string().describe('O mesmo em R$'),
	...PageOutput,
	opportunities: z.array(Row).describe('Negociações paradas, maior valor primeiro')
});

export const listStalledOpportunities = defineTool({
	name: 'list_stalled_opportunities',
	title: 'Negociações paradas',
	description:
		'Lista as negociações (oportunidades) abertas que estão paradas: sem interação há mais tempo do que ' +
		'a etapa permite (proposta enviada: 5 dias úteis; negociação: 7; aguardando avaliação do cliente: a ' +
		'data de retorno combinada, ou 5). Da de maior valor para a menor, com o motivo. Use para "quais ' +
		'negociações estão paradas?", "propostas sem retorno", "oportunidades esquecidas", "deals travados".',
	inputSchema: Input,
	outputSchema: Output,
	annotations: READ_ONLY,
	writes: false,
	async run(input, ctx) {
		const scope = scopeFor(ctx, input);
		const all = await stalledOpportunities(ctx.db, {
			asOf: ctx.asOf,
			scope,
			config: ctx.config
		});
		const matches = input.stage ? all.filter((o) => o.stage === input.stage) : all;
		const page = paginate(matches, input);
		const total = matches.reduce((s, o) => s + o.valueCents, 0);
		const s = ctx.config.stalled;
		return {
			structured: {
				asOf: ctx.asOf,
				definition:
					`Negociação aberta sem interação além do que a etapa permite, em dias úteis: proposta enviada ${s.proposalBusinessDays}, ` +
					`negociação ${s.negotiationBusinessDays}, avaliação pelo cliente até a data de retorno combinada ` +
					`(sem data, ${s.evaluationBusinessDays}).`,
				filters: { ...scope, ...(input.stage && { stage: input.stage }) },
				totalValueCents: total,
				totalValue: formatMoney(total),
				total: page.total,
				nextCursor: page.nextCursor,
				opportunities: page.rows.map((o) => ({
					opportunityId: o.opportunityId,
					title: o.title,
					customerId: o.customerId,
					customerName: o.customerName,
					repId: o.repId,
					repName: o.repName,
					stage: o.stage,
					valueCents: o.valueCents,
					value: formatMoney(o.valueCents),
					lastActivityDate: o.lastActivityDate,
					lastActivitySource: o.lastActivitySource,
					agreedReturnDate: o.agreedReturnDate,
					businessDaysIdle: o.businessDaysIdle,
					limitBusinessDays: o.limitBusinessDays,
					businessDaysOverdue: o.businessDaysOverdue,
					reason: o.reason
				}))
			},
			summary:
				`${page.total} ${page.total === 1 ? 'negociação parada' : 'negociações paradas'}` +
				(page.total ? `, somando ${formatMoney(total)}` : '') +
				`; mostrando ${page.rows.length}, da maior para a menor.`
		};
	}
});

export type ListStalledOpportunitiesOutput = ToolOutput<typeof listStalledOpportunities>;
