/**
 * The one definition of the portfolio's money totals (SPEC "Revenue at risk", "Estimated lost
 * revenue"): revenue at risk and estimated lost revenue are summed over `at_risk` and
 * `inactive` customers only. An active or new customer a little past its date may have a
 * missed occasion in its own figures, but it is not lost revenue of the portfolio. Every door
 * (Carteira, get_portfolio_health, estimate_lost_revenue, the chat, MCP) sums through here, so
 * the same scope and date give the same total to the cent.
 */
import type { CustomerAssessment } from './assess-portfolio.ts';
import type { RiskState } from './classify-customer.ts';

export const LOSS_STATES: readonly RiskState[] = ['at_risk', 'inactive'];

/** Whether a customer's money counts in the portfolio's revenue at risk and lost revenue. */
export function countsTowardLoss(a: Pick<CustomerAssessment, 'state'>): boolean {
	return a.state === 'at_risk' || a.state === 'inactive';
}

export interface LossTotals {
	/** Customers at risk or inactive. */
	customers: number;
	revenueAtRiskCents: number;
	lostRevenueCents: number;
	/** Usual monthly revenue of every customer assessed (the base of the share at risk). */
	usualMonthlyCents: number;
}

/** The portfolio totals of a set of assessments (integer cents, so the sums are exact). */
export function lossTotals(assessments: readonly CustomerAssessment[]): LossTotals {
	const totals: LossTotals = {
		customers: 0,
		revenueAtRiskCents: 0,
		lostRevenueCents: 0,
		usualMonthlyCents: 0
	};
	for (const a of assessments) {
		totals.usualMonthlyCents += a.usualMonthlyCents ?? 0;
		if (!countsTowardLoss(a)) continue;
		totals.customers += 1;
		totals.revenueAtRiskCents += a.revenueAtRiskCents;
		totals.lostRevenueCents += a.lostRevenueCents;
	}
	return totals;
}

/** Revenue at risk as a share (0–1) of the usual monthly revenue; null when there is none. */
export function shareAtRisk(t: Pick<LossTotals, 'revenueAtRiskCents' | 'usualMonthlyCents'>) {
	return t.usualMonthlyCents > 0 ? t.revenueAtRiskCents / t.usualMonthlyCents : null;
}
