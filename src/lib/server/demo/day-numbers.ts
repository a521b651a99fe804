/**
 * Dates as whole day numbers (days since 1970-01-01) inside the generator: millions of orders
 * are laid out with integer arithmetic and turned into 'YYYY-MM-DD' strings only at the edge.
 * Dates are calendar dates in America/Sao_Paulo (SPEC "Domain"); no time zone math happens here.
 */

const MS_PER_DAY = 86_400_000;

export function toDay(iso: string): number {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) throw new RangeError(`Data inválida: ${JSON.stringify(iso)} (use AAAA-MM-DD)`);
	const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
	const day = ms / MS_PER_DAY;
	if (fromDay(day) !== iso) throw new RangeError(`Data inexistente: ${iso}`);
	return day;
}

const isoCache = new Map<number, string>();

export function fromDay(day: number): string {
	let iso = isoCache.get(day);
	if (iso === undefined) {
		iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
		if (isoCache.size < 100_000) isoCache.set(day, iso);
	}
	return iso;
}

/** 1–12 */
export function monthOfDay(day: number): number {
	return new Date(day * MS_PER_DAY).getUTCMonth() + 1;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
	return (((day + 4) % 7) + 7) % 7;
}

/** First day of the month that contains `day`. */
export function monthStartOf(day: number): number {
	const d = new Date(day * MS_PER_DAY);
	return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / MS_PER_DAY;
}

/** First day of the month `offset` months after the month of `day` (negative goes back). */
export function shiftMonthStart(day: number, offset: number): number {
	const d = new Date(day * MS_PER_DAY);
	return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1) / MS_PER_DAY;
}

/** 'YYYY-MM' of `day`. */
export function yearMonthOf(day: number): string {
	return fromDay(day).slice(0, 7);
}

/** An instant in São Paulo (UTC−03:00, no daylight saving since 2019) on `day` at hh:mm. */
export function instantAt(day: number, hour: number, minute: number): Date {
	return new Date(day * MS_PER_DAY + ((hour + 3) * 60 + minute) * 60_000);
}

/** The calendar day (São Paulo) of an instant made by `instantAt`. */
export function dayOfInstant(instant: Date): number {
	return Math.floor((instant.getTime() - 3 * 3_600_000) / MS_PER_DAY);
}
