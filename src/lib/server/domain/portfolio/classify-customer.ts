/**
 * SPEC "Repurchase cycle", "Expected next purchase", "Risk state", "Declining volume" and the
 * value estimates, applied to one customer's facts. Pure: the facts come from
 * `customer-facts.ts`, the peer cycles from the whole portfolio, `asOf` from the caller.
 *
 * Decisions where SPEC is silent (written here for the next engineer):
 * - "first occasion within the last 90 days" means asOf − first ≤ 90 days.
 * - Declining fires when the revenue test *or* the volume test holds (a customer buying the
 *   same value at higher prices is buying less); both percentages are reported.
 * - A customer with one occasion and no peer cycle at all (no customer with ≥ 3 occasions in
 *   the portfolio) has no ratio: `active` until 365 days, then `inactive`.
 * - Money estimates are rounded to whole cents per customer, so every sum of them is exact.
 */
import { addDays, daysBetween } from '../calendar/iso-date.ts';
import type { CustomerFacts } from './customer-facts.ts';
import type { EngineConfig } from './engine-config.ts';

export type RiskState = 'prospect' | 'new' | 'active' | 'at_risk' | 'inactive';
export type CycleConfidence = 'high' | 'medium' | 'low' | 'peer';
export type CycleSource = 'own' | 'segment_peers' | 'portfolio_peers';

export interface PeerCycles {
	/** Median own cycle per segment, only for segments with enough peers. */
	bySegment: Record<string, number>;
	portfolio: number | null;
}

export interface Cycle {
	days: number;
	confidence: CycleConfidence;
	source: CycleSource;
	/** MAD of the intervals (own cycles only). */
	mad: number | null;
}

export interface Decline {
	declining: boolean;
	/** Recent revenue per month ÷ baseline revenue per month; null without a baseline. */
	revenueRatio: number | null;
	volumeRatio: number | null;
	windowDays: number;
}

export interface Classification {
	state: RiskState;
	cycle: Cycle | null;
	recencyDays: number | null;
	daysSinceFirst: number | null;
	expectedNext: string | null;
	overdueDays: number | null;
	/** recency / cycle */
	ratio: number | null;
	decline: Decline;
	averageOccasionCents: number | null;
	usualMonthlyCents: number | null;
	revenueAtRiskCents: number;
	missedOccasions: number;
	lostRevenueCents: number;
}

export function resolveCycle(
	facts: CustomerFacts,
	peers: PeerCycles,
	config: EngineConfig
): Cycle | null {
	const { occasions, ownCycle, mad } = facts;
	if (occasions >= 2 && ownCycle !== null) {
		const confidence: CycleConfidence =
			occasions >= config.cycle.highConfidenceMinOccasions
				? 'high'
				: occasions >= config.cycle.ownCycleMinOccasions
					? 'medium'
					: 'low';
		return { days: ownCycle, confidence, source: 'own', mad };
	}
	if (occasions !== 1) return null;
	const segmentCycle = facts.segment ? peers.bySegment[facts.segment] : undefined;
	if (segmentCycle !== undefined)
		return { days: segmentCycle, confidence: 'peer', source: 'segment_peers', mad: null };
	if (peers.portfolio !== null)
		return { days: peers.portfolio, confidence: 'peer', source: 'portfolio_peers', mad: null };
	return null;
}

export function classifyCustomer(
	facts: CustomerFacts,
	peers: PeerCycles,
	asOf: string,
	config: EngineConfig
): Classification {
	const cycle = resolveCycle(facts, peers, config);
	const decline = declineOf(facts, config);
	if (facts.occasions === 0 || !facts.lastOccasion || !facts.firstOccasion) {
		return {
			state: 'prospect',
			cycle: null,
			recencyDays: null,
			daysSinceFirst: null,
			expectedNext: null,
			overdueDays: null,
			ratio: null,
			decline,
			averageOccasionCents: null,
			usualMonthlyCents: null,
			revenueAtRiskCents: 0,
			missedOccasions: 0,
			lostRevenueCents: 0
		};
	}
	const recency = daysBetween(facts.lastOccasion, asOf);
	const sinceFirst = daysBetween(facts.firstOccasion, asOf);
	const ratio = cycle ? recency / cycle.days : null;
	const s = config.state;
	let state: RiskState;
	if (sinceFirst <= s.newMaxDaysSinceFirst && facts.occasions <= s.newMaxOccasions) state = 'new';
	else if (recency > s.inactiveAfterDays) state = 'inactive';
	else if (ratio === null || ratio <= s.activeMaxRatio) state = 'active';
	else if (ratio <= s.atRiskMaxRatio) state = 'at_risk';
	else state = 'inactive';

	const average = facts.averageOccasionCents;
	const usualMonthly =
		cycle && average !== null
			? Math.round((average * config.value.daysPerMonth) / cycle.days)
			: null;
	const missed = cycle
		? Math.floor(Math.min(recency, config.value.lostRevenueWindowDays) / cycle.days)
		: 0;
	return {
		state,
		cycle,
		recencyDays: recency,
		daysSinceFirst: sinceFirst,
		// A half-day cycle (median of an even count) rounds the expected date up.
		expectedNext: cycle ? addDays(facts.lastOccasion, Math.ceil(cycle.days)) : null,
		overdueDays: cycle ? recency - cycle.days : null,
		ratio,
		decline,
		averageOccasionCents: average === null ? null : Math.round(average),
		usualMonthlyCents: usualMonthly,
		revenueAtRiskCents:
			(state === 'at_risk' || state === 'inactive') && usualMonthly ? usualMonthly : 0,
		missedOccasions: missed,
		lostRevenueCents: average === null ? 0 : Math.round(missed * average)
	};
}

function declineOf(facts: CustomerFacts, config: EngineConfig): Decline {
	const d = config.decline;
	const windowDays = facts.windowDays;
	const hasBaseline = facts.baselineOccasions >= d.minBaselineOccasions;
	const perDay = (sum: number, days: number) => sum / days;
	const revenueRatio =
		hasBaseline && facts.baselineRevenueCents > 0
			? perDay(facts.recentRevenueCents, windowDays) /
				perDay(facts.baselineRevenueCents, d.baselineDays)
			: null;
	const volumeRatio =
		hasBaseline && facts.baselineVolume !== null && facts.baselineVolume > 0
			? perDay(facts.recentVolume ?? 0, windowDays) / perDay(facts.baselineVolume, d.baselineDays)
			: null;
	const declining =
		(revenueRatio !== null && revenueRatio <= d.maxRatio) ||
		(volumeRatio !== null && volumeRatio <= d.maxRatio);
	return { declining, revenueRatio, volumeRatio, windowDays };
}
