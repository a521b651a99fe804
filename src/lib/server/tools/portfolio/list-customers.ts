/**
 * list_customers: the portfolio's customers filtered by state, decline, RFV segment, rep,
 * segment or UF, sorted, paginated — the answer to "quem está em risco?", "quais clientes
 * estão comprando menos?", "meus campeões".
 */
import { z } from 'zod';
import {
	assessPortfolio,
	type CustomerAssessment
} from '../../domain/portfolio/assess-portfolio.ts';
import type { RiskState } from '../../domain/portfolio/classify-customer.ts';
import { RFV_SEGMENTS } from '../../domain/portfolio/rfv.ts';
import { STATE_LABEL } from '../../domain/portfolio/summarize-portfolio.ts';
import { customerRow, CustomerRow, RiskStateSchema } from '../customer-row.ts';
import { defineTool, READ_ONLY, type ToolOutput } from '../define-tool.ts';
import { AsOfInput, AsOfOutput, ScopeInput } from '../filters.ts';
import { PageInput, PageOutput, paginate } from '../pagination.ts';
import { scopeFor } from '../tool-context.ts';
import { formatDate } from '#lib/format.ts';

const SORTS = {
	risk: 'maior faturamento em jogo primeiro (faturamento mensal habitual × risco de não comprar)',
	usual_monthly: 'maior faturamento mensal habitual primeiro',
	overdue: 'mais dias de atraso primeiro',
	recency: 'há mais tempo sem comprar primeiro',
	name: 'ordem alfabética'
} as const;

const Input = z.object({
	...AsOfInput,
	states: z
		.array(RiskStateSchema)
		.max(5)
		.optional()
		.describe('Estados a incluir; omita para todos menos prospect'),
	declining: z.boolean().optional().describe('true: só os que estão comprando menos'),
	rfvSegment: z.enum(RFV_SEGMENTS).optional().describe('Só este segmento RFV'),
	...ScopeInput,
	sort: z
		.enum(Object.keys(SORTS) as [keyof typeof SORTS, ...(keyof typeof SORTS)[]])
		.default('risk')
		.describe('Ordem: risk, usual_monthly, overdue, recency ou name'),
	...PageInput,
	limit: z
		.number()
		.int()
		.min(1)
		.max(100)
		.default(10)
		.describe('Máximo de linhas nesta página (1–100, padrão 10: cabe em ~2.000 tokens)')
});

const Output = z.object({
	...AsOfOutput,
	filters: z.record(z.string(), z.unknown()).describe('Os filtros aplicados'),
	definition: z.string().describe('O que cada estado significa e como a lista foi ordenada'),
	...PageOutput,
	customers: z.array(CustomerRow).describe('Os clientes desta página, na ordem pedida')
});

const value = (a: CustomerAssessment) => (a.usualMonthlyCents ?? 0) * (a.riskScore ?? 1);
const comparators: Record<
	keyof typeof SORTS,
	(x: CustomerAssessment, y: CustomerAssessment) => number
> = {
	risk: (x, y) => value(y) - value(x),
	usual_monthly: (x, y) => (y.usualMonthlyCents ?? 0) - (x.usualMonthlyCents ?? 0),
	overdue: (x, y) => (y.overdueDays ?? -Infinity) - (x.overdueDays ?? -Infinity),
	recency: (x, y) => (y.recencyDays ?? -1) - (x.recencyDays ?? -1),
	name: (x, y) => x.name.localeCompare(y.name, 'pt-BR')
};

export const listCustomers = defineTool({
	name: 'list_customers',
	title: 'Listar clientes da carteira',
	description:
		'Lista clientes da carteira com estado (novo, ativo, em risco, inativo), motivo, ciclo de recompra, ' +
		'atraso, faturamento mensal habitual e risco de não comprar. Use para "quem está em risco?", ' +
		'"clientes inativos", "quem está comprando menos?", "meus campeões", "clientes de agro em SP". ' +
		'Filtre por estado, queda de volume, segmento RFV, vendedor, segmento ou UF; ordene por risco, ' +
		'faturamento, atraso, recência ou nome. Para "quem parou de comprar este mês" use list_stopped_customers.',
	inputSchema: Input,
	outputSchema: Output,
	annotations: READ_ONLY,
	writes: false,
	async run(input, ctx) {
		const scope = scopeFor(ctx, input);
		const wantsProspects = input.states?.includes('prospect') ?? false;
		const all = await assessPortfolio(ctx.db, {
			asOf: ctx.asOf,
			scope,
			config: ctx.config,
			includeProspects: wantsProspects
		});
		const states = new Set<RiskState>(input.states ?? ['new', 'active', 'at_risk', 'inactive']);
		const matches = all
			.filter((a) => states.has(a.state))
			.filter((a) => input.declining === undefined || a.decline.declining === input.declining)
			.filter((a) => !input.rfvSegment || a.rfv?.segment === input.rfvSegment)
			.sort((x, y) => comparators[input.sort](x, y) || x.customerId - y.customerId);
		const page = paginate(matches, input);
		const filters = {
			states: [...states],
			...(input.declining !== undefined && { declining: input.declining }),
			...(input.rfvSegment && { rfvSegment: input.rfvSegment }),
			...scope
		};
		const stateWords = [...states].map((s) => STATE_LABEL[s]).join(', ');
		return {
			structured: {
				asOf: ctx.asOf,
				filters,
				definition:
					'Estado pelo ciclo de recompra de cada cliente: ativo até 1,5 ciclo sem comprar, em risco até 3 ciclos ' +
					`(e até 365 dias), inativo depois; novo = primeira compra nos últimos 90 dias. Ordem: ${SORTS[input.sort]}.`,
				total: page.total,
				nextCursor: page.nextCursor,
				customers: page.rows.map(customerRow)
			},
			summary:
				`${page.total} ${page.total === 1 ? 'cliente' : 'clientes'} (${stateWords}` +
				`${input.declining ? ', comprando menos' : ''}) em ${formatDate(ctx.asOf)}; mostrando ${page.rows.length}.`
		};
	}
});

export type ListCustomersOutput = ToolOutput<typeof listCustomers>;
