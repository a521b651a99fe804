/**
 * When an open negotiation last moved, chosen so that SPEC "Stalled opportunity" gives a clear
 * answer: stalled deals are idle well past their stage's allowance (proposal 5 business days →
 * ≥ 9, negotiation 7 → ≥ 12, evaluation: past the agreed return date and ≥ 8, or ≥ 9 without
 * one); fresh deals moved on `asOf` or the day before; the others 3–4 calendar days ago (at
 * most 3 business days), and their agreed return date is still ahead.
 */
import type { BehaviourKind } from '#lib/server/demo/behaviour-plan.ts';
import type { BusinessCalendar } from '#lib/server/demo/business-calendar.ts';
import type { Random } from '#lib/server/demo/random.ts';

export type OpenStage = 'qualification' | 'proposal' | 'negotiation' | 'evaluation';
export type OpenKind = 'stalled' | 'fresh' | 'open';

/** Chance that a customer has an open negotiation, by behaviour. */
export const OPEN_CHANCE: Record<BehaviourKind, number> = {
	regular: 0.28,
	decliner: 0.35,
	stopper: 0.2,
	new: 0.35,
	reactivation: 0.3,
	prospect: 0.4,
	long_inactive: 0.05
};

export function pickOpenDeal(
	rng: Random,
	behaviour: BehaviourKind
): { stage: OpenStage; kind: OpenKind } {
	const stage =
		behaviour === 'prospect'
			? rng.pick<OpenStage>(['qualification', 'proposal'])
			: rng.weighted<OpenStage>([
					['qualification', 20],
					['proposal', 30],
					['negotiation', 30],
					['evaluation', 20]
				]);
	// SPEC gives qualification no allowance: never plant it as stalled.
	const kind =
		stage === 'qualification'
			? rng.pick<OpenKind>(['fresh', 'open'])
			: rng.weighted<OpenKind>([
					['stalled', 35],
					['fresh', 30],
					['open', 35]
				]);
	return { stage, kind };
}

export function openDealDates(
	rng: Random,
	calendar: BusinessCalendar,
	asOfDay: number,
	stage: OpenStage,
	kind: OpenKind
): { last: number; agreedReturnDate: number | null } {
	const withReturnDate = stage === 'evaluation' && rng.chance(0.75);
	if (kind === 'fresh' || kind === 'open') {
		const last =
			kind === 'fresh' ? asOfDay - rng.int(0, 1) : calendar.onOrBefore(asOfDay - rng.int(3, 4));
		const agreedReturnDate = withReturnDate ? calendar.shift(asOfDay, rng.int(2, 10)) : null;
		return { last, agreedReturnDate };
	}
	if (stage === 'proposal')
		return { last: calendar.shift(asOfDay, -rng.int(9, 25)), agreedReturnDate: null };
	if (stage === 'negotiation') {
		return { last: calendar.shift(asOfDay, -rng.int(12, 30)), agreedReturnDate: null };
	}
	if (withReturnDate) {
		const agreedReturnDate = calendar.shift(asOfDay, -rng.int(3, 10));
		return { last: calendar.shift(agreedReturnDate, -rng.int(5, 10)), agreedReturnDate };
	}
	return { last: calendar.shift(asOfDay, -rng.int(9, 20)), agreedReturnDate: null };
}
