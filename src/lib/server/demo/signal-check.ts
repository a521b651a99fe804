/**
 * Proof, for one generated customer, that the rules of SPEC fire exactly as planted — using
 * only `reference-rules.ts`. A regular customer stays `active` (with a margin: recency ≤ 1.4 ×
 * cycle) on every check day and is clearly not declining; a stopper crosses to `at_risk` on its
 * planted day; a decliner is clearly declining; and "who stopped buying" fires for a tracked
 * month only for the stoppers planted in it. "Clearly" means the verdict holds under every
 * reasonable reading of the window's edges (rounding of 3 × cycle, edge day in or out), with
 * ratios kept 5 points away from the 70% threshold, so the engine cannot disagree by accident.
 */
import { fromDay } from '#lib/server/demo/day-numbers.ts';
import type { PortfolioFrame } from '#lib/server/demo/portfolio-frame.ts';
import {
	daysBetween,
	decliningVolume,
	occasionsUpTo,
	ownCycle,
	riskState,
	stoppedInPeriod,
	type Declining,
	type Occasion
} from '#lib/server/demo/reference-rules.ts';

export const ACTIVE_MARGIN = 1.4;
const CLEARLY_DECLINING = 0.65;
const CLEARLY_NOT_DECLINING = 0.75;

export interface DeclineVerdict {
	verdict: 'yes' | 'no' | 'ambiguous';
	/** The reading of `reference-rules.ts` (null without an own cycle). */
	primary: Declining | null;
}

export function declineVerdict(occasions: readonly Occasion[], asOf: string): DeclineVerdict {
	const upTo = occasionsUpTo(occasions, asOf);
	const cycle = ownCycle(upTo);
	if (!cycle) return { verdict: 'no', primary: null };
	const window = Math.max(90, 3 * cycle.days);
	const readings = [Math.floor(window), Math.ceil(window), window].flatMap((windowDays) => [
		decliningVolume(upTo, asOf, cycle.days, { windowDays }),
		decliningVolume(upTo, asOf, cycle.days, { windowDays, inclusiveEdge: true })
	]);
	const primary = decliningVolume(upTo, asOf, cycle.days);
	const low = (r: number | null) => r !== null && r <= CLEARLY_DECLINING;
	const high = (r: number | null) => r === null || r > CLEARLY_NOT_DECLINING;
	const yes = readings.every(
		(d) =>
			d.baselineOccasions >= 4 &&
			low(d.revenueRatio) &&
			(d.volumeRatio === null || low(d.volumeRatio))
	);
	const no = readings.every(
		(d) => d.baselineOccasions < 3 || (high(d.revenueRatio) && high(d.volumeRatio))
	);
	return { verdict: yes ? 'yes' : no ? 'no' : 'ambiguous', primary };
}

/** Active, and not close to the at-risk threshold. */
export function clearlyActive(occasions: readonly Occasion[], day: number): boolean {
	const iso = fromDay(day);
	if (riskState(occasions, iso) !== 'active') return false;
	const upTo = occasionsUpTo(occasions, iso);
	const cycle = ownCycle(upTo);
	if (!cycle) return false;
	return daysBetween(upTo[upTo.length - 1].date, iso) / cycle.days <= ACTIVE_MARGIN;
}

/** "Stopped buying" fires for exactly the planted month (−1: for none). */
export function stopsOnlyIn(
	occasions: readonly Occasion[],
	frame: PortfolioFrame,
	month: number
): boolean {
	return frame.months.every(
		(m, i) => stoppedInPeriod(occasions, fromDay(m.first - 1), fromDay(m.end)) === (i === month)
	);
}

export function everyCheckDay(frame: PortfolioFrame, test: (day: number) => boolean): boolean {
	return frame.checkDays.every(test);
}
