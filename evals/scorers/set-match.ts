/**
 * Precision and recall of a list a tool returned against the planted truth. Both are 1 when
 * both sets are empty (nothing to find, nothing found).
 */
import { check, type Check } from '../core/types.ts';

export interface SetMatch {
	precision: number;
	recall: number;
	/** Found but not in the truth. */
	extra: number[];
	/** In the truth but not found. */
	missing: number[];
}

export function setMatch(found: Iterable<number>, truth: Iterable<number>): SetMatch {
	const f = new Set(found);
	const t = new Set(truth);
	const hits = [...f].filter((x) => t.has(x)).length;
	return {
		precision: f.size === 0 ? (t.size === 0 ? 1 : 0) : hits / f.size,
		recall: t.size === 0 ? 1 : hits / t.size,
		extra: [...f].filter((x) => !t.has(x)).sort((a, b) => a - b),
		missing: [...t].filter((x) => !f.has(x)).sort((a, b) => a - b)
	};
}

const few = (ids: number[]) =>
	ids.length > 8 ? `${ids.slice(0, 8).join(', ')}… (${ids.length})` : ids.join(', ');

/** Two checks: precision and recall, each required to be exactly 1. */
export function setChecks(m: SetMatch, what: string): Check[] {
	return [
		check(
			'precision',
			m.precision === 1,
			`${what}: precisão ${m.precision.toFixed(3)}${m.extra.length ? `, a mais: ${few(m.extra)}` : ''}`
		),
		check(
			'recall',
			m.recall === 1,
			`${what}: revocação ${m.recall.toFixed(3)}${m.missing.length ? `, faltando: ${few(m.missing)}` : ''}`
		)
	];
}
