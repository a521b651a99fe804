/**
 * Brazilian national holidays for any year, with their pt-BR names.
 *
 * Rule (SPEC.md, "Follow-up cadence"): "no weekends and no Brazilian national
 * holidays (fixed ones and the movable Carnaval, Sexta-feira Santa and
 * Corpus Christi)". Carnaval and Corpus Christi are legally "pontos
 * facultativos", not federal holidays, but the spec treats them as days off,
 * so they are listed here like the others.
 *
 * Fixed: Lei 662/1949, Lei 6.802/1980 (Aparecida), Lei 10.607/2002, and
 * Lei 14.759/2023, which made 20/11 national from 2024 (it was signed on
 * 21/12/2023, so 20/11/2023 was not a national holiday).
 * Movable, from Easter: Carnaval Monday −48 and Tuesday −47 days,
 * Sexta-feira Santa −2, Corpus Christi +60.
 *
 * Why no library: `date-holidays` was considered. Its Brazilian data mixes
 * types (Carnaval as "bank" plus "optional" half-day spans starting on the
 * Saturday, election Sundays, Mother's Day observances), so we would still
 * need our own filter and name table to match the spec; it adds a runtime
 * dependency and works with timezone-bound `Date`s. A 30-line computus plus
 * this table is smaller, exact to the spec and easy to audit.
 */

import { addDays, toDateParts, type IsoDate } from '#lib/server/domain/calendar/iso-date.ts';
import { easterSunday, requireGregorianYear } from '#lib/server/domain/calendar/easter.ts';

export type NationalHoliday = {
	date: IsoDate;
	/** pt-BR name, ready to show ("Sexta-feira Santa"). */
	name: string;
	/** True for the holidays counted from Easter. */
	movable: boolean;
};

type FixedHoliday = { month: number; day: number; name: string; fromYear?: number };

const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
	{ month: 1, day: 1, name: 'Confraternização Universal' },
	{ month: 4, day: 21, name: 'Tiradentes' },
	{ month: 5, day: 1, name: 'Dia do Trabalho' },
	{ month: 9, day: 7, name: 'Independência' },
	{ month: 10, day: 12, name: 'Nossa Senhora Aparecida' },
	{ month: 11, day: 2, name: 'Finados' },
	{ month: 11, day: 15, name: 'Proclamação da República' },
	{ month: 11, day: 20, name: 'Dia Nacional de Zumbi e da Consciência Negra', fromYear: 2024 },
	{ month: 12, day: 25, name: 'Natal' }
];

type MovableHoliday = { daysFromEaster: number; name: string };

const MOVABLE_HOLIDAYS: readonly MovableHoliday[] = [
	{ daysFromEaster: -48, name: 'Segunda-feira de Carnaval' },
	{ daysFromEaster: -47, name: 'Terça-feira de Carnaval' },
	{ daysFromEaster: -2, name: 'Sexta-feira Santa' },
	{ daysFromEaster: 60, name: 'Corpus Christi' }
];

const byYear = new Map<number, readonly NationalHoliday[]>();

function computeNationalHolidays(year: number): readonly NationalHoliday[] {
	const pad = (value: number) => String(value).padStart(2, '0');
	const fixed = FIXED_HOLIDAYS.filter(
		({ fromYear }) => fromYear === undefined || year >= fromYear
	).map(({ month, day, name }) => ({
		date: `${year}-${pad(month)}-${pad(day)}`,
		name,
		movable: false
	}));
	const easter = easterSunday(year);
	const movable = MOVABLE_HOLIDAYS.map(({ daysFromEaster, name }) => ({
		date: addDays(easter, daysFromEaster),
		name,
		movable: true
	}));
	// Stable sort: on a shared date (Sexta-feira Santa can fall on 21/04, as in 2000) fixed comes first.
	const all = [...fixed, ...movable].sort((a, b) =>
		a.date < b.date ? -1 : a.date > b.date ? 1 : 0
	);
	return Object.freeze(all.map((holiday) => Object.freeze(holiday)));
}

/** Every national holiday of `year` (1583–9999), sorted by date. */
export function nationalHolidays(year: number): readonly NationalHoliday[] {
	requireGregorianYear(year);
	let holidays = byYear.get(year);
	if (!holidays) {
		holidays = computeNationalHolidays(year);
		byYear.set(year, holidays);
	}
	return holidays;
}

/** The national holiday on `date`, or null. When two share a date, the fixed one. */
export function nationalHolidayOn(date: IsoDate): NationalHoliday | null {
	const { year } = toDateParts(date);
	return nationalHolidays(year).find((holiday) => holiday.date === date) ?? null;
}

export function isNationalHoliday(date: IsoDate): boolean {
	return nationalHolidayOn(date) !== null;
}
