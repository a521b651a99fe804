/**
 * Business days in Brazil: Monday to Friday, not a national holiday.
 *
 * Rule (SPEC.md, "Follow-up cadence"): next contacts are 2 to 5 business
 * days apart, never on weekends or national holidays, and a date that breaks
 * the rule is refused with the reason and the nearest valid date
 * (`nonBusinessReason` gives the reason, `nextBusinessDay` the date).
 * Regional (state or city) holidays are out of scope.
 */

import {
	addDays,
	dayOfWeek,
	toDateParts,
	type IsoDate
} from '#lib/server/domain/calendar/iso-date.ts';
import { nationalHolidayOn, type NationalHoliday } from '#lib/server/domain/calendar/holidays.ts';

export type NonBusinessReason =
	| { kind: 'weekend'; weekday: 'sábado' | 'domingo' }
	| { kind: 'holiday'; holiday: NationalHoliday };

/** Why `date` is not a business day, or null when it is one. */
export function nonBusinessReason(date: IsoDate): NonBusinessReason | null {
	const weekday = dayOfWeek(date);
	if (weekday === 6) return { kind: 'weekend', weekday: 'sábado' };
	if (weekday === 0) return { kind: 'weekend', weekday: 'domingo' };
	const holiday = nationalHolidayOn(date);
	return holiday ? { kind: 'holiday', holiday } : null;
}

export function isBusinessDay(date: IsoDate): boolean {
	return nonBusinessReason(date) === null;
}

/** `date` itself when it is a business day, otherwise the first one after it. */
export function nextBusinessDay(date: IsoDate): IsoDate {
	let current = date;
	while (!isBusinessDay(current)) current = addDays(current, 1);
	return current;
}

/** `date` itself when it is a business day, otherwise the last one before it. */
export function previousBusinessDay(date: IsoDate): IsoDate {
	let current = date;
	while (!isBusinessDay(current)) current = addDays(current, -1);
	return current;
}

/**
 * The date `n` business days after `date` (before it when `n` is negative).
 * `n = 0` returns `date` unchanged, even on a weekend, so that
 * `businessDaysBetween(date, addBusinessDays(date, n)) === n` for n ≥ 0.
 */
export function addBusinessDays(date: IsoDate, n: number): IsoDate {
	if (!Number.isInteger(n)) throw new RangeError(`n must be an integer, got ${n}`);
	toDateParts(date); // validates `date` even when nothing moves
	const step = n < 0 ? -1 : 1;
	let current = date;
	for (let remaining = Math.abs(n); remaining > 0;) {
		current = addDays(current, step);
		if (isBusinessDay(current)) remaining--;
	}
	return current;
}

/** Business days after `from` up to and including `to`; 0 when `to` ≤ `from`. */
export function businessDaysBetween(from: IsoDate, to: IsoDate): number {
	toDateParts(to);
	let count = 0;
	for (let current = addDays(from, 1); current <= to; current = addDays(current, 1)) {
		if (isBusinessDay(current)) count++;
	}
	return count;
}
