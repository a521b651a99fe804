/**
 * SPEC "RFV segments": R, F and V scored 1–5 by quintile over the customers with at least one
 * occasion in the last 365 days — score = 1 + floor(5 × (rank − 1) / n), rank ascending from
 * 1 with ties sharing the lowest rank (SQL `rank()`), R ordered by recency *descending* so
 * the most recent buyers score 5 — and the named segments, first match wins.
 */

export type RfvSegment =
	| 'Não pode perder'
	| 'Campeões'
	| 'Fiéis'
	| 'Em risco'
	| 'Novos'
	| 'Promissores'
	| 'Precisam de atenção'
	| 'Hibernando'
	| 'Outros';

export const RFV_SEGMENTS: readonly RfvSegment[] = [
	'Não pode perder',
	'Campeões',
	'Fiéis',
	'Em risco',
	'Novos',
	'Promissores',
	'Precisam de atenção',
	'Hibernando',
	'Outros'
];

export interface RfvScores {
	r: number;
	f: number;
	v: number;
	segment: RfvSegment;
}

/** The population the quintiles are taken over, each list sorted ascending. */
export interface RfvReference {
	recencies: Float64Array;
	frequencies: Float64Array;
	values: Float64Array;
}

export function rfvReference(
	population: readonly { recencyDays: number; frequency: number; revenue: number }[]
): RfvReference {
	const sorted = (pick: (p: (typeof population)[number]) => number) =>
		Float64Array.from(population, pick).sort();
	return {
		recencies: sorted((p) => p.recencyDays),
		frequencies: sorted((p) => p.frequency),
		values: sorted((p) => p.revenue)
	};
}

/** Number of elements of an ascending array strictly below `x`. */
function countBelow(sorted: Float64Array, x: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid] < x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Number of elements strictly above `x`. */
function countAbove(sorted: Float64Array, x: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid] <= x) lo = mid + 1;
		else hi = mid;
	}
	return sorted.length - lo;
}

function quintile(rank: number, n: number): number {
	return 1 + Math.floor((5 * (rank - 1)) / n);
}

export function rfvSegment(r: number, f: number, v: number): RfvSegment {
	if (r <= 2 && f >= 4 && v >= 4) return 'Não pode perder';
	if (r >= 4 && f >= 4) return 'Campeões';
	if (f >= 4) return 'Fiéis';
	if (r <= 2 && f >= 3) return 'Em risco';
	if (r === 5 && f === 1) return 'Novos';
	if (r >= 4 && f <= 2) return 'Promissores';
	if (r === 3 && f === 3) return 'Precisam de atenção';
	if (r <= 2 && f <= 2) return 'Hibernando';
	return 'Outros';
}

/** Scores of one customer; null when it had no occasion in the window (it is not ranked). */
export function rfvScores(
	ref: RfvReference,
	customer: { recencyDays: number; frequency: number; revenue: number }
): RfvScores | null {
	const n = ref.recencies.length;
	if (customer.frequency < 1 || n === 0) return null;
	// R: ascending rank in "recency descending" order = 1 + how many have a larger recency.
	const r = quintile(1 + countAbove(ref.recencies, customer.recencyDays), n);
	const f = quintile(1 + countBelow(ref.frequencies, customer.frequency), n);
	const v = quintile(1 + countBelow(ref.values, customer.revenue), n);
	return { r, f, v, segment: rfvSegment(r, f, v) };
}
