/**
 * The manager's per-rep table: for each rep, customers by state, revenue at risk and lost
 * revenue (summed by `lossTotals`, the same as every other door), customers who stopped buying
 * in the period, overdue follow-ups, recent contacts, and the change of revenue at risk and of
 * customers at risk or inactive against the comparison date. Pure: the assessments and the
 * activity come in.
 */
import type { CustomerAssessment } from './assess-portfolio.ts';
import { lossTotals } from './portfolio-totals.ts';
import type { RepActivity } from './rep-activity.ts';

export interface TeamRow {
	repId: number | null;
	name: string;
	customers: number;
	active: number;
	new: number;
	atRisk: number;
	inactive: number;
	usualMonthlyCents: number;
	revenueAtRiskCents: number;
	lostRevenueCents: number;
	stoppedInPeriod: number;
	overdueFollowUps: number;
	contacts7: number;
	contacts30: number;
	/** Revenue at risk now − at the comparison date. */
	revenueAtRiskDeltaCents: number;
	/** Customers at risk or inactive now − at the comparison date. */
	lossCustomersDelta: number;
}

export function teamOverview(input: {
	now: readonly CustomerAssessment[];
	before: readonly CustomerAssessment[];
	stoppedIds: ReadonlySet<number>;
	activity: ReadonlyMap<number, RepActivity>;
	repNames: ReadonlyMap<number, string>;
}): TeamRow[] {
	const groupBy = (list: readonly CustomerAssessment[]) => {
		const groups = new Map<number | null, CustomerAssessment[]>();
		for (const a of list) {
			const g = groups.get(a.repId);
			if (g) g.push(a);
			else groups.set(a.repId, [a]);
		}
		return groups;
	};
	const now = groupBy(input.now);
	const before = groupBy(input.before);
	const keys = new Set<number | null>([...now.keys(), ...input.repNames.keys()]);
	const rows: TeamRow[] = [];
	for (const repId of keys) {
		const list = now.get(repId) ?? [];
		const t = lossTotals(list);
		const b = lossTotals(before.get(repId) ?? []);
		const count = (s: CustomerAssessment['state']) => list.filter((a) => a.state === s).length;
		const act = repId === null ? undefined : input.activity.get(repId);
		if (repId === null && list.length === 0) continue;
		rows.push({
			repId,
			name: repId === null ? 'Sem vendedor' : (input.repNames.get(repId) ?? 'Vendedor sem nome'),
			customers: list.length,
			active: count('active'),
			new: count('new'),
			atRisk: count('at_risk'),
			inactive: count('inactive'),
			usualMonthlyCents: t.usualMonthlyCents,
			revenueAtRiskCents: t.revenueAtRiskCents,
			lostRevenueCents: t.lostRevenueCents,
			stoppedInPeriod: list.filter((a) => input.stoppedIds.has(a.customerId)).length,
			overdueFollowUps: act?.overdueFollowUps ?? 0,
			contacts7: act?.contacts7 ?? 0,
			contacts30: act?.contacts30 ?? 0,
			revenueAtRiskDeltaCents: t.revenueAtRiskCents - b.revenueAtRiskCents,
			lossCustomersDelta: t.customers - b.customers
		});
	}
	return rows.sort(
		(x, y) => y.revenueAtRiskCents - x.revenueAtRiskCents || x.name.localeCompare(y.name, 'pt-BR')
	);
}
