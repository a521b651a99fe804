/**
 * The business-day calendar the generator lays orders and follow-ups on: Monday to Friday
 * without Brazilian national holidays (Carnaval Monday/Tuesday, Sexta-feira Santa and Corpus
 * Christi included), exactly the calendar of SPEC "Follow-up cadence". The rule itself lives in
 * `domain/calendar`; this wrapper only answers it for day numbers from a precomputed table,
 * because the generator asks millions of times.
 */
import { isBusinessDay } from '#lib/server/domain/calendar/business-days.ts';
import { fromDay } from './day-numbers.ts';

export interface BusinessCalendar {
	isBusinessDay(day: number): boolean;
	/** `day` itself when it is a business day, else the nearest one (earlier first on ties). */
	nearest(day: number): number;
	/** The first business day ≥ `day`. */
	onOrAfter(day: number): number;
	/** The last business day ≤ `day`. */
	onOrBefore(day: number): number;
	/** `n` business days after `day` (before it when negative); 0 returns `day`. */
	shift(day: number, n: number): number;
	/** Business days after `from` up to and including `to` (0 when `to` ≤ `from`). */
	between(from: number, to: number): number;
}

/** A calendar answering from a table over [first, last], asking `rule` outside it. */
export function createBusinessCalendar(
	first: number,
	last: number,
	rule: (iso: string) => boolean = isBusinessDay
): BusinessCalendar {
	const table = new Uint8Array(last - first + 1);
	for (let day = first; day <= last; day++) table[day - first] = rule(fromDay(day)) ? 1 : 2;
	const is = (day: number) =>
		day >= first && day <= last ? table[day - first] === 1 : rule(fromDay(day));

	const calendar: BusinessCalendar = {
		isBusinessDay: is,
		nearest(day) {
			for (let k = 0; ; k++) {
				if (is(day - k)) return day - k;
				if (is(day + k)) return day + k;
			}
		},
		onOrAfter(day) {
			while (!is(day)) day++;
			return day;
		},
		onOrBefore(day) {
			while (!is(day)) day--;
			return day;
		},
		shift(day, n) {
			const step = n < 0 ? -1 : 1;
			for (let left = Math.abs(n); left > 0;) {
				day += step;
				if (is(day)) left--;
			}
			return day;
		},
		between(from, to) {
			let count = 0;
			for (let day = from + 1; day <= to; day++) if (is(day)) count++;
			return count;
		}
	};
	return calendar;
}
