/** Small pieces the answers share: lists of names with a detail, dates, channels. */
import { formatDate } from '#lib/format.ts';
import { CHANNEL_LABEL } from '#lib/labels.ts';

export type Structured = Record<string, unknown>;
export type Row = Record<string, unknown>;

export const rows = (s: Structured, key: string): Row[] =>
	Array.isArray(s[key]) ? (s[key] as Row[]) : [];

export const str = (v: unknown): string | undefined =>
	typeof v === 'string' && v.trim() !== '' ? v : undefined;

export const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** "2026-11-19" or "2026-11-19T08:11" → "19/11/2026". */
export const day = (v: unknown): string | undefined =>
	typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? formatDate(v.slice(0, 10)) : undefined;

/** "telefone", "e-mail", "visita", "WhatsApp": the channel inside a sentence. */
export const channel = (v: unknown): string => {
	const label = CHANNEL_LABEL[String(v)] ?? String(v ?? '');
	return label === 'WhatsApp' ? label : label.toLowerCase();
};

/** "A, B e C". */
export function joinAnd(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} e ${items.at(-1)}`;
}

/** "A (detail), B (detail) e C (detail)" for the first `n` rows with a name. */
export function namesWith(list: Row[], n: number, detail: (r: Row) => string | undefined): string {
	return joinAnd(
		list
			.filter((r) => str(r.name) ?? str(r.customerName))
			.slice(0, n)
			.map((r) => {
				const d = detail(r);
				return `${str(r.name) ?? str(r.customerName)}${d ? ` (${d})` : ''}`;
			})
	);
}

/** The first sentence of a text (a reason, a summary), without the final period. */
export const firstSentence = (v: unknown): string | undefined =>
	str(v)
		?.split(/(?<=[.!?])\s/)[0]
		.replace(/[.]$/, '');
