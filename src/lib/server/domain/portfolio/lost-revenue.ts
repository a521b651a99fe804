/**
 * The money behind the customers who stopped (SPEC "Revenue at risk", "Estimated lost
 * revenue"): estimated lost revenue over the last 12 months and revenue at risk per month of
 * the `at_risk` and `inactive` customers, summed by rep, segment, UF or risk state, and the
 * customers that weigh most. Only those two states count: an active customer a little past its
 * date is not "lost" (see estimate_lost_revenue's header).
 */
import { formatMoney } from '#lib/format.ts';
import type { GiroDatabase } from '../../db/client.ts';
import { assessPortfolio, type CustomerAssessment } from './assess-portfolio.ts';
import type { EngineConfig } from './engine-config.ts';
import { groupKey, groupLabel, repNames, type Breakdown } from './portfolio-health.ts';
import type { PortfolioScope } from './scope.ts';
import { totalsBy } from './summarize-portfolio.ts';

const lost = (a: CustomerAssessment) => a.state === 'at_risk' || a.state === 'inactive';

/** Totals, groups (largest loss first) and the `topCustomers` that weigh most. */
export async function lostRevenue({
	db,
	asOf,
	scope,
	config,
	groupBy,
	topCustomers
}: {
	db: GiroDatabase;
	asOf: string;
	scope: PortfolioScope;
	config: EngineConfig;
	groupBy: Breakdown | 'risk_state';
	topCustomers: number;
}) {
	const all = await assessPortfolio(db, { asOf: asOf, scope, config });
	const stopped = all.filter(lost);
	const reps =
		groupBy === 'rep'
			? await repNames(
					db,
					stopped.map((a) => a.repId)
				)
			: new Map<number, string>();
	const groups = totalsBy(stopped, groupKey(groupBy))
		.sort(
			(x, y) =>
				y.lostRevenueCents - x.lostRevenueCents ||
				y.revenueAtRiskCents - x.revenueAtRiskCents ||
				x.key.localeCompare(y.key)
		)
		.map((g) => ({
			key: g.key,
			label: groupLabel(groupBy, g.key, reps),
			customers: g.customers,
			lostRevenueCents: g.lostRevenueCents,
			lostRevenue: formatMoney(g.lostRevenueCents),
			revenueAtRiskCents: g.revenueAtRiskCents,
			revenueAtRisk: formatMoney(g.revenueAtRiskCents)
		}));
	const lostTotal = stopped.reduce((s, a) => s + a.lostRevenueCents, 0);
	const riskTotal = stopped.reduce((s, a) => s + a.revenueAtRiskCents, 0);
	const top = [...stopped]
		.sort(
			(x, y) =>
				y.lostRevenueCents - x.lostRevenueCents ||
				y.revenueAtRiskCents - x.revenueAtRiskCents ||
				x.customerId - y.customerId
		)
		.slice(0, topCustomers)
		.map((a) => ({
			customerId: a.customerId,
			name: a.name,
			repId: a.repId,
			state: a.state,
			cycleDays: a.cycle ? Math.round(a.cycle.days * 10) / 10 : null,
			recencyDays: a.recencyDays,
			missedOccasions: a.missedOccasions,
			averageOccasionCents: a.averageOccasionCents,
			lostRevenueCents: a.lostRevenueCents,
			lostRevenue: formatMoney(a.lostRevenueCents),
			revenueAtRiskCents: a.revenueAtRiskCents,
			revenueAtRisk: formatMoney(a.revenueAtRiskCents)
		}));
	return { customers: stopped.length, groups, lostTotal, riskTotal, top };
}
