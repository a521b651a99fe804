/**
 * Purchase dates on business days (no weekends, no national holidays, so no orders on Carnaval
 * Monday and Tuesday). Intervals jitter around the customer's rhythm (±20%, ±15% for the
 * weekly-ish ones), which keeps the longest gap well below 1.5 × the median: a regular customer
 * never looks at risk by accident. Backward layout ends exactly on a chosen last purchase (how
 * stoppers are planted).
 */
import type { BusinessCalendar } from '#lib/server/demo/business-calendar.ts';
import type { Random } from '#lib/server/demo/random.ts';

export function jitterFor(rhythm: number, calm: boolean): number {
	if (calm) return 0.05;
	return rhythm < 14 ? 0.15 : 0.2;
}

/** `count` intervals around `rhythm`, each at least 1 day. */
export function drawIntervals(
	rng: Random,
	rhythm: number,
	jitter: number,
	count: number
): number[] {
	const out: number[] = [];
	for (let i = 0; i < count; i++) {
		out.push(Math.max(1, Math.round(rhythm * (1 + rng.real(-jitter, jitter)))));
	}
	return out;
}

/** Business days from `start` (snapped forward) up to `end`, stepping by the intervals. */
export function layForward(
	calendar: BusinessCalendar,
	start: number,
	end: number,
	nextInterval: () => number
): number[] {
	const days: number[] = [];
	let day = calendar.onOrAfter(start);
	while (day <= end) {
		days.push(day);
		let next = calendar.nearest(day + nextInterval());
		if (next <= day) next = calendar.onOrAfter(day + 1);
		day = next;
	}
	return days;
}

/** Business days ending exactly at `last` (a business day), going back to `earliest`. */
export function layBackward(
	calendar: BusinessCalendar,
	last: number,
	earliest: number,
	intervals: readonly number[]
): number[] {
	const days = [last];
	let day = last;
	for (const interval of intervals) {
		let previous = calendar.nearest(day - interval);
		if (previous >= day) previous = calendar.onOrBefore(day - 1);
		if (previous < earliest) break;
		days.push(previous);
		day = previous;
	}
	return days.reverse();
}

/** The median of the last (up to) 12 intervals between these ascending days. */
export function cycleOfDays(days: readonly number[]): number | null {
	if (days.length < 2) return null;
	const intervals: number[] = [];
	for (let i = Math.max(1, days.length - 12); i < days.length; i++)
		intervals.push(days[i] - days[i - 1]);
	intervals.sort((a, b) => a - b);
	const mid = Math.floor(intervals.length / 2);
	return intervals.length % 2 ? intervals[mid] : (intervals[mid - 1] + intervals[mid]) / 2;
}
