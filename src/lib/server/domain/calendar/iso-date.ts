/**
 * ISO calendar dates ('YYYY-MM-DD') as plain strings, meant in America/Sao_Paulo.
 *
 * Rule (SPEC.md, "Follow-up cadence"): cadence is counted in calendar and
 * business days, never in hours, and nothing in the domain reads the clock:
 * "today" is always a parameter; `todayInSaoPaulo` turns an instant the
 * caller already has into that date. Arithmetic runs in UTC on the date
 * parts only, so a daylight-saving change (Brazil had DST until 2019) can
 * never move a date. Valid strings sort chronologically as plain strings.
 */

export type IsoDate = string;

export type DateParts = { year: number; month: number; day: number };

/** 0 = Sunday, 1 = Monday … 6 = Saturday (as `Date#getUTCDay`). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const SAO_PAULO_TIME_ZONE = 'America/Sao_Paulo';

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
	if (month === 2 && isLeapYear(year)) return 29;
	const length = MONTH_LENGTHS[month - 1];
	if (length === undefined) throw new RangeError(`Invalid month: ${month}`);
	return length;
}

/** The parts of a valid ISO date (years 0001–9999), or null for anything else. */
export function parseIsoDate(value: string): DateParts | null {
	const match = ISO_DATE_PATTERN.exec(value);
	if (!match) return null;
	const year = Number(match[1]);
	const month = Number(match[2]);
	const day = Number(match[3]);
	if (year < 1 || month < 1 || month > 12 || day < 1) return null;
	if (day > daysInMonth(year, month)) return null;
	return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
	return typeof value === 'string' && parseIsoDate(value) !== null;
}

/** Like `parseIsoDate`, but throws a RangeError for an invalid date. */
export function toDateParts(date: IsoDate): DateParts {
	const parts = parseIsoDate(date);
	if (!parts) throw new RangeError(`Invalid ISO date: ${JSON.stringify(date)}`);
	return parts;
}

/** The ISO date for these parts, or null when no such day exists (e.g. 31/02). */
export function isoDateFromParts(year: number, month: number, day: number): IsoDate | null {
	if (![year, month, day].every(Number.isInteger)) return null;
	if (year < 1 || year > 9999 || month < 1 || month > 12) return null;
	if (day < 1 || day > daysInMonth(year, month)) return null;
	return formatParts(year, month, day);
}

function formatParts(year: number, month: number, day: number): IsoDate {
	const pad = (value: number, width: number) => String(value).padStart(width, '0');
	return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const EPOCH_DAY_CACHE = 50_000;
const epochDays = new Map<string, number>();

/**
 * Days since 1970-01-01. `setUTCFullYear` keeps years below 100 literal. Memoised (a pure
 * function of a short string): assessing 50,000 customers asks for the same few thousand
 * dates hundreds of thousands of times, and parsing them was a quarter of that work.
 */
function toEpochDay(date: IsoDate): number {
	const known = epochDays.get(date);
	if (known !== undefined) return known;
	const { year, month, day } = toDateParts(date);
	const utc = new Date(0);
	utc.setUTCFullYear(year, month - 1, day);
	const value = Math.round(utc.getTime() / MS_PER_DAY);
	if (epochDays.size >= EPOCH_DAY_CACHE) epochDays.clear();
	epochDays.set(date, value);
	return value;
}

function fromEpochDay(epochDay: number): IsoDate {
	const utc = new Date(epochDay * MS_PER_DAY);
	const date = isoDateFromParts(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
	if (date === null) throw new RangeError(`Date out of range (epoch day ${epochDay})`);
	return date;
}

function requireInteger(value: number, what: string): void {
	if (!Number.isInteger(value)) throw new RangeError(`${what} must be an integer, got ${value}`);
}

/** `date` moved by `days` calendar days (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
	requireInteger(days, 'days');
	return fromEpochDay(toEpochDay(date) + days);
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	return toEpochDay(to) - toEpochDay(from);
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function dayOfWeek(date: IsoDate): Weekday {
	return ((((toEpochDay(date) + 4) % 7) + 7) % 7) as Weekday;
}

export function startOfMonth(date: IsoDate): IsoDate {
	const { year, month } = toDateParts(date);
	return formatParts(year, month, 1);
}

export function endOfMonth(date: IsoDate): IsoDate {
	const { year, month } = toDateParts(date);
	return formatParts(year, month, daysInMonth(year, month));
}

/** `date` moved by whole months; the day is clamped to the target month's length. */
export function addMonths(date: IsoDate, months: number): IsoDate {
	requireInteger(months, 'months');
	const { year, month, day } = toDateParts(date);
	const monthIndex = year * 12 + (month - 1) + months;
	const targetYear = Math.floor(monthIndex / 12);
	const targetMonth = monthIndex - targetYear * 12 + 1;
	if (targetYear < 1 || targetYear > 9999) throw new RangeError(`Date out of range: ${date}`);
	return formatParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

const SAO_PAULO_DATE_FORMAT = new Intl.DateTimeFormat('en-CA', {
	timeZone: SAO_PAULO_TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** The calendar date in São Paulo at `instant` (the caller owns the clock). */
export function todayInSaoPaulo(instant: Date): IsoDate {
	if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid instant');
	const parts = SAO_PAULO_DATE_FORMAT.formatToParts(instant);
	const part = (type: Intl.DateTimeFormatPartTypes) =>
		Number(parts.find((candidate) => candidate.type === type)?.value);
	const date = isoDateFromParts(part('year'), part('month'), part('day'));
	if (date === null) throw new RangeError(`Instant out of range: ${instant.toISOString()}`);
	return date;
}
