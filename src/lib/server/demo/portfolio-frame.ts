/**
 * The time frame every generated fact hangs on: the history window ending at `asOf`, the
 * business calendar over it, and the tracked months whose "who stopped buying" answers are
 * planted (SPEC "Who stopped buying in a period": state the day before the month vs state at
 * its last day, or at `asOf` for the running month). Their edges are the check days on which
 * the generator proves that no customer fires a signal it was not planted with.
 */
import {
	createBusinessCalendar,
	type BusinessCalendar
} from '#lib/server/demo/business-calendar.ts';
import { shiftMonthStart, toDay, yearMonthOf } from '#lib/server/demo/day-numbers.ts';

export interface TrackedMonth {
	/** 'YYYY-MM' */
	month: string;
	first: number;
	/** The month's last day, or `asOf` for the running month. */
	end: number;
}

export interface PortfolioFrame {
	asOf: string;
	asOfDay: number;
	years: number;
	/** First day of the order history. */
	historyStart: number;
	/** Oldest first; the last one is the running month. */
	months: readonly TrackedMonth[];
	/** The day before each tracked month, each month's end and `asOf`, ascending. */
	checkDays: readonly number[];
	calendar: BusinessCalendar;
}

export const TRACKED_MONTHS = 6;

export function portfolioFrame(
	asOf: string,
	years: number,
	rule?: (iso: string) => boolean
): PortfolioFrame {
	const asOfDay = toDay(asOf);
	const historyStart = asOfDay - Math.round(years * 365.25) + 1;
	const months: TrackedMonth[] = [];
	for (let offset = TRACKED_MONTHS - 1; offset >= 0; offset--) {
		const first = shiftMonthStart(asOfDay, -offset);
		const last = shiftMonthStart(asOfDay, -offset + 1) - 1;
		months.push({ month: yearMonthOf(first), first, end: Math.min(last, asOfDay) });
	}
	const checkDays = [...new Set(months.flatMap((m) => [m.first - 1, m.end]))].sort((a, b) => a - b);
	const calendar = createBusinessCalendar(historyStart - 60, asOfDay + 180, rule);
	return { asOf, asOfDay, years, historyStart, months, checkDays, calendar };
}
