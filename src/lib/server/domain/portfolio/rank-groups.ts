/**
 * Rankings and comparisons of reps, segments or UFs on a portfolio figure ("qual segmento tem
 * mais faturamento em risco?", "compara o Diego com a Fernanda"): the assessments summed per
 * group (summarize-portfolio.ts), the figure picked, sorted. Pure: no SQL.
 */
import type { CustomerAssessment } from './assess-portfolio.ts';
import { totalsBy, type GroupTotals } from './summarize-portfolio.ts';

export const RANK_BY = ['rep', 'segment', 'uf'] as const;
export type RankBy = (typeof RANK_BY)[number];

export const RANK_METRICS = {
	revenue_at_risk: { label: 'faturamento em risco por mês', unit: 'cents' },
	lost_revenue: { label: 'faturamento perdido estimado (12 meses)', unit: 'cents' },
	usual_monthly: { label: 'faturamento mensal habitual', unit: 'cents' },
	customers: { label: 'clientes', unit: 'customers' },
	at_risk: { label: 'clientes em risco', unit: 'customers' },
	inactive: { label: 'clientes inativos', unit: 'customers' },
	active: { label: 'clientes ativos', unit: 'customers' },
	new: { label: 'clientes novos', unit: 'customers' },
	declining: { label: 'clientes comprando menos', unit: 'customers' }
} as const;
export type RankMetric = keyof typeof RANK_METRICS;

export function metricOf(g: GroupTotals, metric: RankMetric): number {
	switch (metric) {
		case 'revenue_at_risk':
			return g.revenueAtRiskCents;
		case 'lost_revenue':
			return g.lostRevenueCents;
		case 'usual_monthly':
			return g.usualMonthlyCents;
		case 'customers':
			return g.customers;
		case 'declining':
			return g.declining;
		default:
			return g.byState[metric];
	}
}

const keyOf = (by: RankBy) => (a: CustomerAssessment) => {
	const v = by === 'rep' ? a.repId : by === 'segment' ? a.segment : a.uf;
	return v === null || v === '' ? 'none' : String(v);
};

/** Every group with its value, best first (`desc`) or worst first (`asc`); ties by key. */
export function rankGroups(
	assessments: readonly CustomerAssessment[],
	by: RankBy,
	metric: RankMetric,
	order: 'desc' | 'asc'
): { key: string; value: number; totals: GroupTotals }[] {
	const sign = order === 'desc' ? -1 : 1;
	return totalsBy(assessments, keyOf(by))
		.filter((g) => g.key !== 'none')
		.map((g) => ({ key: g.key, value: metricOf(g, metric), totals: g }))
		.sort((x, y) => sign * (x.value - y.value) || x.key.localeCompare(y.key));
}
