/**
 * The calendar reasoning behind pt-BR date phrases ("quinta", "dia 5",
 * "março", "fim do mês"), kept apart from the phrase table that uses it.
 *
 * Rule (SPEC.md, "Follow-up cadence"; brief for the date phrases):
 * - a weekday means the next such day after today (on a Thursday, "quinta"
 *   is next week's);
 * - weeks run Monday to Sunday; a week range covers Monday to Friday;
 * - "dia N" is the next date with day N, today included;
 * - a day and month without a year is the occurrence closest to today
 *   (so "20/11" said on 23/11 is three days ago, "05/01" is next January);
 * - a month name without a year is the most recent such month not after
 *   today's month;
 * - "fim do mês" is the month's last business day (next month's when that
 *   day has already passed).
 */

import {
	addDays,
	addMonths,
	dayOfWeek,
	daysBetween,
	daysInMonth,
	endOfMonth,
	isoDateFromParts,
	startOfMonth,
	toDateParts,
	type IsoDate,
	type Weekday
} from '#lib/server/domain/calendar/iso-date.ts';
import { previousBusinessDay } from '#lib/server/domain/calendar/business-days.ts';
import { inRange, type DatePhraseResult } from '#lib/server/domain/calendar/date-phrase-result.ts';
import { MONTH_LABELS } from '#lib/server/domain/calendar/pt-br-words.ts';

/** The first `weekday` strictly after `today`. */
export function nextWeekdayAfter(today: IsoDate, weekday: Weekday): IsoDate {
	return addDays(today, ((weekday - dayOfWeek(today) + 6) % 7) + 1);
}

/** Monday of the week (Monday–Sunday) containing `date`. */
export function mondayOf(date: IsoDate): IsoDate {
	return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

/** `weekday` in the week after today's. */
export function weekdayOfNextWeek(today: IsoDate, weekday: Weekday): IsoDate {
	return addDays(mondayOf(today), 7 + ((weekday + 6) % 7));
}

/** Monday to Friday of the week `weeksFromNow` weeks after today's. */
export function workWeek(today: IsoDate, weeksFromNow: number, label: string): DatePhraseResult {
	const monday = addDays(mondayOf(today), 7 * weeksFromNow);
	return inRange(monday, addDays(monday, 4), label);
}

export function monthLabel(year: number, month: number): string {
	return `${MONTH_LABELS[month - 1]} de ${year}`;
}

/** The whole month (1st to last day); label defaults to "março de 2026". */
export function wholeMonth(year: number, month: number, label?: string): DatePhraseResult | null {
	const first = isoDateFromParts(year, month, 1);
	if (first === null) return null;
	return inRange(first, endOfMonth(first), label ?? monthLabel(year, month));
}

/** The whole month `monthsFromNow` months after today's. */
export function relativeMonth(
	today: IsoDate,
	monthsFromNow: number,
	label: string
): DatePhraseResult | null {
	const { year, month } = toDateParts(addMonths(today, monthsFromNow));
	return wholeMonth(year, month, label);
}

/** Year of `month` as a month name: latest not after today's month, or first after it. */
export function yearOfMonthName(today: IsoDate, month: number, future: boolean): number {
	const { year, month: currentMonth } = toDateParts(today);
	if (future) return month > currentMonth ? year : year + 1;
	return month <= currentMonth ? year : year - 1;
}

/** The next date with day `day`, today included, skipping months too short for it. */
export function nextDayOfMonth(today: IsoDate, day: number): IsoDate | null {
	if (!Number.isInteger(day) || day < 1 || day > 31) return null;
	const { year, month } = toDateParts(today);
	for (let offset = 0; offset <= 12; offset++) {
		const monthIndex = month - 1 + offset;
		const candidate = isoDateFromParts(
			year + Math.floor(monthIndex / 12),
			(monthIndex % 12) + 1,
			day
		);
		if (candidate !== null && candidate >= today) return candidate;
	}
	return null;
}

/** Day and month without a year: the occurrence closest to today (ties go forward). */
export function closestDayMonth(today: IsoDate, month: number, day: number): IsoDate | null {
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) return null;
	const { year } = toDateParts(today);
	let best: IsoDate | null = null;
	let bestDistance = Infinity;
	for (let offset = -4; offset <= 4; offset++) {
		const candidate = isoDateFromParts(year + offset, month, day); // 29/02 only in leap years
		if (candidate === null) continue;
		const distance = Math.abs(daysBetween(today, candidate));
		if (distance < bestDistance || (distance === bestDistance && candidate > today)) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}

/** "5/12" (closest), "5/12/26" or "5/12/2026" (as written); null for no such day. */
export function dayMonthDate(
	today: IsoDate,
	day: number,
	month: number | null,
	yearText: string | undefined
): IsoDate | null {
	if (month === null) return null;
	if (yearText === undefined) return closestDayMonth(today, month, day);
	return isoDateFromParts(fullYear(yearText), month, day);
}

/** A written year: "26" means 2026. */
export function fullYear(text: string): number {
	const year = Number(text);
	return text.length <= 2 ? 2000 + year : year;
}

export function lastBusinessDayOfMonth(date: IsoDate): IsoDate {
	return previousBusinessDay(endOfMonth(date));
}

/** "fim do mês": this month's last business day, or next month's once it has passed. */
export function endOfMonthBusinessDay(today: IsoDate, monthsFromNow: number): IsoDate {
	const start = startOfMonth(today);
	const target = lastBusinessDayOfMonth(addMonths(start, monthsFromNow));
	return target >= today ? target : lastBusinessDayOfMonth(addMonths(start, monthsFromNow + 1));
}
