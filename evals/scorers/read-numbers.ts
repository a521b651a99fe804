/**
 * Every figure a text shows, reduced to its value so the same number matches however it was
 * written. The normalisation (decided for the grounding scorer, see evals/README.md):
 *
 * - pt-BR first: `1.234,56` → 1234.56, `1.234` → 1234 (a dot before exactly three digits groups
 *   thousands), `3,5` → 3.5, `45,3%` → 45.3;
 * - a dot that cannot be a pt-BR thousands separator (followed by 1–2 or 4+ digits, or after a
 *   lone 0) is a decimal point: `1234.56` → 1234.56, `0.734` → 0.734;
 * - dates become `date:AAAA-MM-DD` (`23/11/2026`, `2026-11-23`, `2026-11-23T10:00`), and a
 *   day without a year (`26/11`) becomes `day:MM-DD`;
 * - list markers at the start of a line (`1.`, `2)`) are not figures.
 *
 * In tool outputs, JSON numbers count as they are and, for fields in cents (`…Cents`, `cents`),
 * also divided by 100, so an answer may quote `R$ 1.234,56` for `valueCents: 123456`.
 */

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/g;
const BR_DATE = /\b(\d{2})\/(\d{2})\/(\d{4})\b/g;
const BR_DAY = /\b(\d{1,2})\/(\d{1,2})\b/g;
const LIST_MARKER = /^(\s*)\d{1,2}[.)](?=\s)/gm;
const NUMBER = /\d+(?:[.,]\d+)*/g;

const pad = (n: string) => n.padStart(2, '0');

/** A canonical string for a numeric value ("1234.5", "12"), for set membership. */
export function canonical(value: number): string {
	return String(Number(value.toFixed(6)));
}

/** One written number ("1.234,56", "1234.56", "3,5", "12") → its value, or null. */
export function readNumber(written: string): number | null {
	let text = written;
	if (text.includes(',')) {
		// pt-BR: dots group thousands, the (last) comma is the decimal mark.
		const [int, ...rest] = text.split(',');
		if (rest.length > 1) return null; // "1,2,3" is a list, read piece by piece elsewhere
		text = `${int.replace(/\./g, '')}.${rest[0]}`;
	} else if (/\./.test(text)) {
		const groups = text.split('.');
		const thousands = groups.slice(1).every((g) => g.length === 3) && !/^0\d/.test(groups[0]);
		const leadingZero = groups[0] === '0';
		if (thousands && !leadingZero) text = groups.join('');
		else if (groups.length !== 2) return null;
	}
	const value = Number(text);
	return Number.isFinite(value) ? value : null;
}

export interface FoundNumbers {
	/** Canonical values ("1234.56"). */
	values: string[];
	/** "date:AAAA-MM-DD" and "day:MM-DD". */
	dates: string[];
}

export function numbersIn(text: string): FoundNumbers {
	const dates: string[] = [];
	const rest = text
		.replace(ISO_DATE, (_m, y, mo, d) => {
			dates.push(`date:${y}-${mo}-${d}`);
			return ' ';
		})
		.replace(BR_DATE, (_m, d, mo, y) => {
			dates.push(`date:${y}-${mo}-${d}`);
			return ' ';
		})
		.replace(BR_DAY, (_m, d, mo) => {
			dates.push(`day:${pad(mo)}-${pad(d)}`);
			return ' ';
		})
		.replace(LIST_MARKER, '$1');
	const values: string[] = [];
	for (const m of rest.matchAll(NUMBER)) {
		const value = readNumber(m[0]);
		if (value !== null) values.push(canonical(value));
		else for (const piece of m[0].split(/[.,]/)) values.push(canonical(Number(piece)));
	}
	return { values, dates };
}

const CENTS_KEY = /(?:^c|C)ents$/;

/** Every figure inside tool outputs (JSON numbers, numbers in strings, cents also as R$). */
export function numbersInOutputs(value: unknown, into = new Set<string>(), key = ''): Set<string> {
	if (typeof value === 'number') {
		into.add(canonical(value));
		if (CENTS_KEY.test(key)) into.add(canonical(value / 100));
	} else if (typeof value === 'string') {
		const found = numbersIn(value);
		for (const v of found.values) into.add(v);
		for (const d of found.dates) {
			into.add(d);
			if (d.startsWith('date:')) into.add(`day:${d.slice(10)}`);
		}
	} else if (Array.isArray(value)) for (const v of value) numbersInOutputs(v, into, key);
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) numbersInOutputs(v, into, k);
	return into;
}
