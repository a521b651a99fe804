/**
 * Easter Sunday (Gregorian), the anchor of Brazil's movable holidays.
 *
 * Rule (SPEC.md, "Follow-up cadence"): no follow-up on the movable national
 * holidays — Carnaval, Sexta-feira Santa and Corpus Christi — which are all
 * counted from Easter. Computed with the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher), valid for every Gregorian year (1583 on).
 */

import { isoDateFromParts, type IsoDate } from '#lib/server/domain/calendar/iso-date.ts';

export const FIRST_GREGORIAN_YEAR = 1583;
export const LAST_SUPPORTED_YEAR = 9999;

export function requireGregorianYear(year: number): void {
	if (!Number.isInteger(year) || year < FIRST_GREGORIAN_YEAR || year > LAST_SUPPORTED_YEAR) {
		throw new RangeError(
			`Year must be an integer from ${FIRST_GREGORIAN_YEAR} to ${LAST_SUPPORTED_YEAR}, got ${year}`
		);
	}
}

export function easterSunday(year: number): IsoDate {
	requireGregorianYear(year);
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const d = Math.floor(b / 4);
	const e = b % 4;
	const f = Math.floor((b + 8) / 25);
	const g = Math.floor((b - f + 1) / 3);
	const h = (19 * a + b - d - g + 15) % 30;
	const i = Math.floor(c / 4);
	const k = c % 4;
	const l = (32 + 2 * e + 2 * i - h - k) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	const date = isoDateFromParts(year, month, day);
	if (date === null) throw new RangeError(`Computus failed for ${year}`);
	return date;
}
