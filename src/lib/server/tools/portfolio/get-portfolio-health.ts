/**
 * get_portfolio_health: the portfolio's health at `asOf` against a previous date — counts,
 * usual monthly revenue, revenue at risk and estimated lost revenue by state, optionally
 * broken down by rep, segment or UF, each figure with its definition, its two dates and the
 * change. The answer to "como está minha carteira?", "quanto está em risco comparado com o mês
 * passado?", "saúde da carteira por vendedor". The figures: domain/portfolio/portfolio-health.ts.
 */
import { z } from 'zod';
import { formatDate, plural } from '#lib/format.ts';
import {
	COMPARISONS,
	METRIC_KEYS,
	portfolioHealth,
	STATE_DEFINITION,
	type Comparison,
	type MetricKey
} from '../../domain/portfolio/portfolio-health.ts';
import { STATE_LABEL } from '../../domain/portfolio/summarize-portfolio.ts';
import { defineTool, READ_ONLY, type ToolOutput } from '../define-tool.ts';
import { AsOfInput, AsOfOutput, ScopeInput } from '../filters.ts';
import { scopeFor } from '../tool-context.ts';

export const BREAKDOWNS = ['rep', 'segment', 'uf'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

const Input = z.object({
	...AsOfInput,
	...ScopeInput,
	compareTo: z
		.union([
			z.enum(Object.keys(COMPARISONS) as [Comparison, ...Comparison[]]),
			z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use previous_month_end, … ou uma data AAAA-MM-DD')
		])
		.default('previous_month_end')
		.describe(
			'Com o que comparar: previous_month_end (padrão: fim do mês anterior), same_day_last_month, ' +
				'same_day_last_year, ou uma data AAAA-MM-DD anterior à data de referência'
		),
	breakdown: z
		.enum(BREAKDOWNS)
		.optional()
		.describe('Quebrar também por rep (vendedor), segment (segmento) ou uf; omita para só o total'),
	maxGroups: z
		.number()
		.int()
		.min(1)
		.max(50)
		.default(8)
		.describe('Máximo de grupos na quebra (os de maior faturamento em risco primeiro; padrão 8)')
});

const Change = z.object({
	now: z.number().describe('Valor na data de referência (asOf)'),
	before: z.number().describe('Valor na data de comparação (previousAsOf)'),
	delta: z.number().describe('now − before'),
	text: z
		.string()
		.optional()
		.describe('Para valores em R$: o valor atual e a variação em pt-BR, prontos para citar')
});
type Change = z.infer<typeof Change>;

const Metric = z.object({
	metric: z.enum(METRIC_KEYS).describe('Qual número'),
	label: z.string().describe('Nome do número em pt-BR'),
	unit: z.enum(['customers', 'cents']).describe('customers (contagem) ou cents (centavos de R$)'),
	definition: z.string().describe('Definição ou fórmula, em uma frase'),
	asOf: z.string().describe('Data do valor atual (AAAA-MM-DD)'),
	previousAsOf: z.string().describe('Data do valor de comparação (AAAA-MM-DD)'),
	total: Change.describe('Total do escopo'),
	byState: z
		.partialRecord(z.enum(['new', 'active', 'at_risk', 'inactive']), Change)
		.describe('O mesmo por estado: new (novo), active (ativo), at_risk (em risco), inactive')
});

const Group = z.object({
	key: z.string().describe('Id do vendedor, segmento ou UF ("none" quando vazio)'),
	label: z.string().describe('Nome do vendedor, segmento ou UF'),
	customers: Change.describe('Clientes'),
	atRisk: Change.describe('Clientes em risco'),
	inactive: Change.describe('Clientes inativos'),
	revenueAtRiskCents: Change.describe('Faturamento em risco por mês (estimativa), centavos'),
	lostRevenueCents: Change.describe('Faturamento perdido em 12 meses (estimativa), centavos')
});

const Output = z.object({
	...AsOfOutput,
	previousAsOf: z.string().describe('Data de comparação (AAAA-MM-DD)'),
	comparison: z.string().describe('Com o que se comparou, em pt-BR'),
	filters: z.record(z.string(), z.unknown()).describe('O escopo aplicado'),
	stateDefinition: z.string().describe('O que cada estado significa'),
	metrics: z.array(Metric).describe('Cada número: definição, datas, total e por estado'),
	breakdown: z.enum(BREAKDOWNS).nullable().describe('A quebra pedida, ou null'),
	groupsTotal: z.number().int().describe('Quantos grupos existem na quebra (0 sem quebra)'),
	groups: z.array(Group).describe('Os grupos (maior faturamento em risco primeiro)')
});

export const getPortfolioHealth = defineTool({
	name: 'get_portfolio_health',
	title: 'Saúde da carteira',
	description:
		'Resumo da saúde da carteira numa data, comparado com uma data anterior (padrão: fim do mês anterior): ' +
		'quantos clientes estão novos, ativos, em risco e inativos, faturamento mensal habitual, faturamento em ' +
		'risco e faturamento perdido estimado, com a variação de cada número. Opcionalmente quebra por vendedor, ' +
		'segmento ou UF. Use para "como está minha carteira?", "saúde da carteira", "quanto faturamento está em ' +
		'risco?", "melhorou ou piorou desde o mês passado?", "visão por vendedor". Cada número traz sua definição. ' +
		'Para a lista de clientes use list_customers; para o perdido por cliente, estimate_lost_revenue.',
	inputSchema: Input,
	outputSchema: Output,
	annotations: READ_ONLY,
	writes: false,
	async run(input, ctx) {
		const scope = scopeFor(ctx, input);
		const { previous, metrics, groups } = await portfolioHealth({
			db: ctx.db,
			asOf: ctx.asOf,
			compareTo: input.compareTo,
			scope,
			config: ctx.config,
			breakdown: input.breakdown
		});
		const byState = (m: MetricKey) => metrics.find((x) => x.metric === m)!;
		const customers = byState('customers');
		const atRisk = byState('revenue_at_risk').total;
		const lost = byState('lost_revenue').total;
		const counts = (['active', 'new', 'at_risk', 'inactive'] as const)
			.map((s) => `${STATE_LABEL[s]}: ${customers.byState[s]!.now}`)
			.join(', ');
		const shown = groups.slice(0, input.maxGroups);
		return {
			structured: {
				asOf: ctx.asOf,
				previousAsOf: previous.date,
				comparison: previous.label,
				filters: { ...scope },
				stateDefinition: STATE_DEFINITION,
				metrics,
				breakdown: input.breakdown ?? null,
				groupsTotal: groups.length,
				groups: shown
			},
			summary:
				`Em ${formatDate(ctx.asOf)}: ${customers.total.now} clientes (${counts}); ` +
				`faturamento em risco ${atRisk.text} por mês e perdido estimado ${lost.text} em 12 meses ` +
				`(estimativas; variação contra ${previous.label}).` +
				(input.breakdown
					? ` Quebra por ${{ rep: 'vendedor', segment: 'segmento', uf: 'UF' }[input.breakdown]}: ` +
						`${shown.length} de ${plural(groups.length, 'grupo', 'grupos')}.`
					: '')
		};
	}
});

export type GetPortfolioHealthOutput = ToolOutput<typeof getPortfolioHealth>;
