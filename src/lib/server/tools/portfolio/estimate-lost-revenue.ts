/**
 * estimate_lost_revenue: the money behind the customers who stopped (SPEC "Revenue at risk",
 * "Estimated lost revenue") — estimated lost revenue over the last 12 months and revenue at
 * risk per month, summed by rep, segment, UF or risk state, with the formulas next to the
 * numbers and the customers that weigh most.
 *
 * Decision: only `at_risk` and `inactive` customers count. The engine also computes missed
 * occasions for an active customer a little past its date (at most one), but calling that
 * "lost" would contradict its own state; `get_portfolio_health` shows lost revenue by state,
 * and its at_risk + inactive figures equal this tool's totals.
 */
import { z } from 'zod';
import { formatDate, formatMoney } from '#lib/format.ts';
import { lostRevenue } from '../../domain/portfolio/lost-revenue.ts';
import { FORMULAS } from '../../domain/portfolio/summarize-portfolio.ts';
import { RiskStateSchema } from '../customer-row.ts';
import { defineTool, READ_ONLY, type ToolOutput } from '../define-tool.ts';
import { AsOfInput, AsOfOutput, ScopeInput } from '../filters.ts';
import { scopeFor } from '../tool-context.ts';

const GROUP_BY = ['rep', 'segment', 'uf', 'risk_state'] as const;
const GROUP_WORD = {
	rep: 'vendedor',
	segment: 'segmento',
	uf: 'UF',
	risk_state: 'estado'
} as const;

const Input = z.object({
	...AsOfInput,
	groupBy: z
		.enum(GROUP_BY)
		.default('rep')
		.describe(
			'Somar por rep (vendedor, padrão), segment (segmento), uf (estado do Brasil) ou risk_state (em risco / inativo)'
		),
	...ScopeInput,
	maxGroups: z
		.number()
		.int()
		.min(1)
		.max(50)
		.default(10)
		.describe('Máximo de grupos (os de maior perda primeiro; padrão 10)'),
	topCustomers: z
		.number()
		.int()
		.min(0)
		.max(20)
		.default(5)
		.describe('Quantos clientes de maior perda estimada listar (0–20, padrão 5)')
});

const Money = {
	lostRevenueCents: z.number().int().describe('Faturamento perdido estimado em 12 meses, centavos'),
	lostRevenue: z.string().describe('O mesmo em R$'),
	revenueAtRiskCents: z
		.number()
		.int()
		.describe('Faturamento em risco por mês (estimativa), centavos'),
	revenueAtRisk: z.string().describe('O mesmo em R$')
};

const Output = z.object({
	...AsOfOutput,
	estimate: z.literal(true).describe('Sempre true: são estimativas, não faturamento contábil'),
	definitions: z
		.object({
			lostRevenue: z.string().describe('Fórmula do faturamento perdido'),
			revenueAtRisk: z.string().describe('Fórmula do faturamento em risco'),
			customers: z.string().describe('Quais clientes entram na soma')
		})
		.describe('As fórmulas, para citar junto dos números'),
	filters: z.record(z.string(), z.unknown()).describe('O escopo aplicado'),
	groupBy: z.enum(GROUP_BY).describe('Como os grupos foram formados'),
	totals: z
		.object({
			customers: z.number().int().describe('Clientes em risco ou inativos no escopo'),
			...Money
		})
		.describe('Totais do escopo'),
	groupsTotal: z.number().int().describe('Quantos grupos existem'),
	groups: z
		.array(
			z.object({
				key: z.string().describe('Id do vendedor, segmento, UF ou estado ("none" quando vazio)'),
				label: z.string().describe('Nome do grupo'),
				customers: z.number().int().describe('Clientes em risco ou inativos no grupo'),
				...Money
			})
		)
		.describe('Grupos, maior perda primeiro'),
	topCustomers: z
		.array(
			z.object({
				customerId: z.number().int().describe('Id do cliente'),
				name: z.string().describe('Nome'),
				repId: z.number().int().nullable().describe('Vendedor dono da conta'),
				state: RiskStateSchema,
				cycleDays: z.number().nullable().describe('Ciclo de recompra (dias)'),
				recencyDays: z.number().int().nullable().describe('Dias sem comprar'),
				missedOccasions: z.number().int().describe('Compras que o ciclo previa e não aconteceram'),
				averageOccasionCents: z
					.number()
					.int()
					.nullable()
					.describe('Valor médio das últimas 12 compras, centavos'),
				...Money
			})
		)
		.describe('Clientes com maior perda estimada')
});

export const estimateLostRevenue = defineTool({
	name: 'estimate_lost_revenue',
	title: 'Estimar faturamento perdido e em risco',
	description:
		'Estima quanto faturamento a carteira perdeu nos últimos 12 meses com clientes que pararam de comprar ' +
		'e quanto está em risco por mês, somado por vendedor, segmento, UF ou estado (em risco / inativo), com ' +
		'as fórmulas e os clientes que mais pesam. Use para "quanto faturamento está em risco por vendedor?", ' +
		'"quanto perdemos com clientes parados?", "perda por segmento", "dinheiro na mesa". São estimativas: ' +
		'cite a fórmula junto do número.',
	inputSchema: Input,
	outputSchema: Output,
	annotations: READ_ONLY,
	writes: false,
	async run(input, ctx) {
		const scope = scopeFor(ctx, input);
		const { customers, groups, lostTotal, riskTotal, top } = await lostRevenue({
			db: ctx.db,
			asOf: ctx.asOf,
			scope,
			config: ctx.config,
			groupBy: input.groupBy,
			topCustomers: input.topCustomers
		});
		const shown = groups.slice(0, input.maxGroups);
		const leader = shown[0];
		return {
			structured: {
				asOf: ctx.asOf,
				estimate: true as const,
				definitions: {
					lostRevenue: FORMULAS.lostRevenue,
					revenueAtRisk: FORMULAS.revenueAtRisk,
					customers: 'Entram só os clientes em risco ou inativos na data de referência.'
				},
				filters: { ...scope },
				groupBy: input.groupBy,
				totals: {
					customers,
					lostRevenueCents: lostTotal,
					lostRevenue: formatMoney(lostTotal),
					revenueAtRiskCents: riskTotal,
					revenueAtRisk: formatMoney(riskTotal)
				},
				groupsTotal: groups.length,
				groups: shown,
				topCustomers: top
			},
			summary:
				`Estimativa em ${formatDate(ctx.asOf)}: ${customers} ${customers === 1 ? 'cliente em risco ou inativo' : 'clientes em risco ou inativos'}, ` +
				`${formatMoney(lostTotal)} de faturamento perdido em 12 meses e ${formatMoney(riskTotal)} por mês em risco.` +
				(leader
					? ` Maior perda por ${GROUP_WORD[input.groupBy]}: ${leader.label} (${leader.lostRevenue}).`
					: '') +
				' Perdido = compras previstas pelo ciclo que não aconteceram × valor médio por compra.'
		};
	}
});

export type EstimateLostRevenueOutput = ToolOutput<typeof estimateLostRevenue>;
