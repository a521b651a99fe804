/**
 * Brazilian (and English) cell values → typed values, or a pt-BR reason saying what was
 * expected. Numbers come back as canonical decimal strings ("-1234.5") and are scaled to
 * integers with BigInt, so money is exact from the file to the database.
 *
 * Numbers: "1.234,56", "1,234.56", "1234,5", "R$ 10", "(12,00)" and "12,00-" (ERP negatives).
 * A lone separator followed by exactly three digits ("1.234") is ambiguous; the file's decimal
 * style decides (`comma`: thousands, `point`: decimals). Dates: dd/mm/aaaa, dd/mm/aa (00–69 →
 * 20xx), ISO dates and date-times, and aaaammdd; a time part on a date field is ignored.
 */
import { normalizeKey } from './normalize-text.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
export type DecimalStyle = 'comma' | 'point';
export type DateOrder = 'dmy' | 'mdy';

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

/** A number as a canonical decimal string: optional "-", digits, optional "." and digits. */
export function parseDecimal(text: string, style: DecimalStyle): Parsed<string> {
	let s = text
		.trim()
		.replace(/^(R\$|US\$|\$)\s*/i, '')
		.replace(/\s+/g, '');
	let negative = false;
	if (/^\(.*\)$/.test(s)) {
		negative = true;
		s = s.slice(1, -1);
	}
	if (s.endsWith('-')) {
		negative = true;
		s = s.slice(0, -1);
	}
	if (s.startsWith('-')) {
		negative = !negative;
		s = s.slice(1);
	} else if (s.startsWith('+')) s = s.slice(1);
	s = s.replace(/^(R\$|US\$|\$)/i, '');
	const bad = () => fail<string>(`número inválido: "${text.trim()}"`);
	if (!/^[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return bad();
	const lastComma = s.lastIndexOf(',');
	const lastPoint = s.lastIndexOf('.');
	let intPart: string;
	let fraction = '';
	if (lastComma >= 0 && lastPoint >= 0) {
		const decimal = lastComma > lastPoint ? ',' : '.';
		const thousands = decimal === ',' ? '.' : ',';
		const at = s.lastIndexOf(decimal);
		[intPart, fraction] = [s.slice(0, at), s.slice(at + 1)];
		if (!groupedOk(intPart, thousands) || !/^[0-9]+$/.test(fraction)) return bad();
		intPart = intPart.split(thousands).join('');
	} else if (lastComma >= 0 || lastPoint >= 0) {
		const sep = lastComma >= 0 ? ',' : '.';
		const parts = s.split(sep);
		const styleDecimal = style === 'comma' ? ',' : '.';
		const looksGrouped = parts.length > 2 || (parts[0].length <= 3 && parts[1].length === 3);
		if (parts.length > 2 || (looksGrouped && sep !== styleDecimal)) {
			if (!groupedOk(s, sep)) return bad();
			intPart = parts.join('');
		} else {
			[intPart, fraction] = parts;
			if (!/^[0-9]*$/.test(intPart) || !/^[0-9]+$/.test(fraction)) return bad();
		}
	} else intPart = s;
	intPart = intPart.replace(/^0+(?=[0-9])/, '') || '0';
	fraction = fraction.replace(/0+$/, '');
	const zero = /^0*$/.test(intPart) && fraction === '';
	return ok(`${negative && !zero ? '-' : ''}${intPart}${fraction ? `.${fraction}` : ''}`);
}

function groupedOk(s: string, sep: string): boolean {
	return new RegExp(`^[0-9]{1,3}(\\${sep}[0-9]{3})*$`).test(s);
}

/** A canonical decimal × 10^scale, rounded half away from zero. */
export function toScaled(canonical: string, scale: number): bigint {
	const negative = canonical.startsWith('-');
	const [i, f = ''] = (negative ? canonical.slice(1) : canonical).split('.');
	const kept = BigInt(i + f.slice(0, scale).padEnd(scale, '0'));
	const rounded = f.length > scale && Number(f[scale]) >= 5 ? kept + 1n : kept;
	return negative ? -rounded : rounded;
}

/** A scaled integer back to a canonical decimal string. */
export function fromScaled(value: bigint, scale: number): string {
	const negative = value < 0n;
	const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
	const i = digits.slice(0, digits.length - scale);
	const f = scale > 0 ? digits.slice(-scale).replace(/0+$/, '') : '';
	return `${negative ? '-' : ''}${i}${f ? `.${f}` : ''}`;
}

export function decimalPlaces(canonical: string): number {
	const at = canonical.indexOf('.');
	return at < 0 ? 0 : canonical.length - at - 1;
}

const pad = (n: number, size = 2) => String(n).padStart(size, '0');

function calendarDate(y: number, m: number, d: number): string | null {
	if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
	const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return d > days ? null : `${y}-${pad(m)}-${pad(d)}`;
}

const TIME = String.raw`(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{1,2})-(\d{1,2})${TIME}$`, 'i');
const SLASHED = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})${TIME}$`, 'i');
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

interface DateParts {
	date: string;
	time: string | null;
	zone: string | null;
}

function dateParts(text: string, order: DateOrder): DateParts | null {
	const s = text.trim();
	let y: number, m: number, d: number, rest: (string | undefined)[];
	let match = ISO.exec(s);
	if (match) [y, m, d, rest] = [+match[1], +match[2], +match[3], match.slice(4)];
	else if ((match = SLASHED.exec(s))) {
		const [a, b, year] = [+match[1], +match[2], match[3]];
		[d, m] = order === 'dmy' ? [a, b] : [b, a];
		y = year.length === 2 ? (+year <= 69 ? 2000 : 1900) + +year : +year;
		rest = match.slice(4);
	} else if ((match = COMPACT.exec(s))) [y, m, d, rest] = [+match[1], +match[2], +match[3], []];
	else return null;
	const date = calendarDate(y, m, d);
	if (!date) return null;
	const [hh, mm, ss, zone] = rest;
	if (hh === undefined) return { date, time: null, zone: null };
	if (+hh > 23 || +mm! > 59 || +(ss ?? 0) > 59) return null;
	return { date, time: `${pad(+hh)}:${mm}:${ss ?? '00'}`, zone: zone ?? null };
}

const dateHint = (order: DateOrder) => (order === 'dmy' ? 'dd/mm/aaaa' : 'mm/dd/aaaa');

/** A calendar date as 'YYYY-MM-DD'. */
export function parseDate(text: string, order: DateOrder = 'dmy'): Parsed<string> {
	const parts = dateParts(text, order);
	return parts
		? ok(parts.date)
		: fail(`data inválida: "${text.trim()}" (use ${dateHint(order)} ou aaaa-mm-dd)`);
}

/**
 * An instant as text PostgreSQL reads: with the file's offset when it has one, else a local
 * São Paulo time (both database sessions run in America/Sao_Paulo). A date alone is midnight.
 */
export function parseDateTime(text: string, order: DateOrder = 'dmy'): Parsed<string> {
	const parts = dateParts(text, order);
	if (!parts) {
		return fail(`data/hora inválida: "${text.trim()}" (use ${dateHint(order)} hh:mm ou ISO 8601)`);
	}
	const zone = parts.zone === null ? '' : parts.zone.toUpperCase() === 'Z' ? '+00:00' : parts.zone;
	return ok(`${parts.date} ${parts.time ?? '00:00:00'}${zone}`);
}

const TRUE = new Set(['sim', 's', 'yes', 'y', 'true', 'verdadeiro', 'v', '1', 'x', 'ok']);
const FALSE = new Set(['nao', 'n', 'no', 'false', 'falso', 'f', '0', '']);

export function parseBoolean(text: string): Parsed<boolean> {
	const key = normalizeKey(text);
	if (TRUE.has(key)) return ok(true);
	if (FALSE.has(key)) return ok(false);
	return fail(`valor inválido: "${text.trim()}" (use sim ou não)`);
}

/** A coded value by any of its labels (`{ telefone: 'phone', ligacao: 'phone' }`). */
export function parseChoice<T extends string>(
	text: string,
	labels: Record<string, T>,
	hint: string
): Parsed<T> {
	const value = labels[normalizeKey(text)];
	return value ? ok(value) : fail(`valor desconhecido: "${text.trim()}" (use ${hint})`);
}

export function parseEmail(text: string): Parsed<string> {
	const s = text.trim().toLowerCase();
	return /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/.test(s)
		? ok(s)
		: fail(`e-mail inválido: "${text.trim()}"`);
}

/** Brazilian phone as "(11) 3456-7890" / "(11) 98765-4321", the app's display form. */
export function parsePhone(text: string): Parsed<string> {
	let digits = text.replace(/\D/g, '');
	if (digits.length >= 12 && digits.startsWith('55')) digits = digits.slice(2);
	if (digits.length === 11 && digits.startsWith('0')) digits = digits.slice(1);
	if (digits.length === 12 && digits.startsWith('0')) digits = digits.slice(1);
	if (digits.length !== 10 && digits.length !== 11) {
		return fail(`telefone inválido: "${text.trim()}" (use DDD + número)`);
	}
	const [ddd, rest] = [digits.slice(0, 2), digits.slice(2)];
	return ok(`(${ddd}) ${rest.slice(0, rest.length - 4)}-${rest.slice(-4)}`);
}
