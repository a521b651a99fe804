/**
 * rank_portfolio: reps, segments or UFs ranked — or compared — on one portfolio figure: "qual
 * segmento tem mais faturamento em risco?", "qual vendedor tem mais inativos?", "compara o
 * Diego com a Fernanda", "SP vs PR". The figures are the engine's (assessPortfolio), summed.
 */
import { z } from 'zod';
import { formatDate, formatMoney, formatInteger } from '#lib/format.ts';
import { assessPortfolio } from '../../domain/portfolio/assess-portfolio.ts';
import { groupLabel, repNames } from '../../domain/portfolio/portfolio-health.ts';
import {
	RANK_BY,
	RANK_METRICS,
	rankGroups,
	type RankMetric
} from '../../domain/portfolio/rank-groups.ts';
import { canonicalSegment } from '../../domain/portfolio/regions.ts';
import { formatMoneyShort } from '../../domain/sales/short-money.ts';
import { defineTool, READ_ONLY, type ToolOutput } from '../define-tool.ts';
import { AsOfInput, AsOfOutput, ScopeInput } from '../filters.ts';
import { scopeFor } from '../tool-context.ts';

const METRICS = Object.keys(RANK_METRICS) as [RankMetric, ...RankMetric[]];

const Input = z.object({
	...AsOfInput,
	by: z.enum(RANK_BY).describe('O que ranquear: rep (vendedores), segment (segmentos) ou uf'),
	metric: z
		.enum(METRICS)
		.default('revenue_at_risk')
		.describe(
			'O número: revenue_at_risk, lost_revenue, usual_monthly, customers, at_risk, inactive, active, new ou declining'
		),
	order: z
		.enum(['desc', 'asc'])
		.default('desc')
		.describe('desc: maior primeiro; asc: menor primeiro'),
	only: z
		.array(z.string().min(1).max(60))
		.max(10)
		.optional()
		.describe('Comparar só estes grupos: ids de vendedor ("4"), segmentos ou UFs'),
	repIds: z
		.array(z.number().int().positive())
		.max(10)
		.optional()
		.describe('Comparar só estes vendedores (by = rep)'),
	ufs: z
		.array(z.string().regex(/^[A-Za-z]{2}$/))
		.max(27)
		.optional()
		.describe('Só estas UFs'),
	limit: z.number().int().min(1).max(30).default(10).describe('Quantos grupos mostrar (1–30)'),
	...ScopeInput
});

const Output = z.object({
	...AsOfOutput,
	by: z.enum(RANK_BY).describe('O que foi ranqueado'),
	metric: z.enum(METRICS).describe('O número'),
	metricLabel: z.string().describe('O número em pt-BR'),
	unit: z.enum(['cents', 'customers']).describe('cents (centavos de R$) ou customers (contagem)'),
	order: z.enum(['desc', 'asc']).describe('A ordem'),
	filters: z.record(z.string(), z.unknown()).describe('O escopo aplicado'),
	groupsTotal: z.number().int().describe('Quantos grupos entraram no ranking'),
	groups: z
		.array(
			z.object({
				rank: z.number().int().describe('Posição (1 = primeiro na ordem pedida)'),
				key: z.string().describe('Id do vendedor, segmento ou UF'),
				label: z.string().describe('Nome do vendedor, segmento ou UF'),
				value: z.number().describe('O número (centavos ou clientes)'),
				text: z.string().describe('O número em pt-BR, exato (para o cartão)'),
				short: z.string().describe('O número arredondado para o texto, ex.: "R$ 1,07 mi"'),
				customers: z.number().int().describe('Clientes do grupo')
			})
		)
		.describe('Os grupos na ordem pedida')
});

export const rankPortfolio = defineTool({
	name: 'rank_portfolio',
	title: 'Ranking da carteira',
	description:
		'Ranqueia ou compara vendedores, segmentos ou UFs num número da carteira (faturamento em risco, ' +
		'perdido, habitual; clientes, em risco, inativos, novos, comprando menos). Use para "qual segmento ' +
		'tem mais faturamento em risco?", "qual vendedor tem mais inativos?", "compara o Diego com a Fernanda" ' +
		'(repIds), "SP vs PR" (ufs). Para vendas num período use get_sales_by_period.',
	inputSchema: Input,
	outputSchema: Output,
	annotations: READ_ONLY,
	writes: false,
	async run(input, ctx) {
		const scope = scopeFor(ctx, input);
		if (input.ufs?.length) scope.ufs = input.ufs.map((u) => u.toUpperCase());
		const all = await assessPortfolio(ctx.db, { asOf: ctx.asOf, scope, config: ctx.config });
		const only = new Set([
			...(input.only ?? []).map((k) =>
				input.by === 'segment' ? canonicalSegment(k) : input.by === 'uf' ? k.toUpperCase() : k
			),
			...(input.by === 'rep' ? (input.repIds ?? []).map(String) : []),
			...(input.by === 'uf' ? (input.ufs ?? []).map((u) => u.toUpperCase()) : [])
		]);
		const ranked = rankGroups(all, input.by, input.metric, input.order).filter(
			(g) => !only.size || only.has(g.key)
		);
		const reps =
			input.by === 'rep'
				? await repNames(
						ctx.db,
						ranked.map((g) => Number(g.key))
					)
				: new Map();
		const meta = RANK_METRICS[input.metric];
		const text = (v: number) => (meta.unit === 'cents' ? formatMoney(v) : formatInteger(v));
		const groups = ranked.slice(0, input.limit).map((g, i) => ({
			rank: i + 1,
			key: g.key,
			label: groupLabel(input.by, g.key, reps),
			value: g.value,
			text: text(g.value),
			short: meta.unit === 'cents' ? formatMoneyShort(g.value) : formatInteger(g.value),
			customers: g.totals.customers
		}));
		const filters = {
			...scope,
			...(input.repIds?.length && { repIds: input.repIds }),
			...(input.only?.length && { only: input.only })
		};
		const top = groups[0];
		return {
			structured: {
				asOf: ctx.asOf,
				by: input.by,
				metric: input.metric,
				metricLabel: meta.label,
				unit: meta.unit,
				order: input.order,
				filters,
				groupsTotal: ranked.length,
				groups
			},
			summary: top
				? `${top.label} ${input.order === 'desc' ? 'lidera' : 'tem o menor número'} em ${meta.label}: ${top.text} (${formatDate(ctx.asOf)}).`
				: `Nenhum grupo no escopo pedido (${formatDate(ctx.asOf)}).`
		};
	}
});

export type RankPortfolioOutput = ToolOutput<typeof rankPortfolio>;
