/**
 * Applied filters: the filters the turn's read calls really applied equal the ones the person
 * asked for — the right number for the wrong slice is a wrong answer. Calls are read into one
 * normalised set: reps (`repId`, `repIds`), segment (accents and case ignored), UFs (`uf`,
 * `ufs`, `region` → its UFs), period (`period` as "this_month" / "last_month" / "AAAA-MM" /
 * {from, to}, or `from`/`to`, cut at asOf) and customer. An expected filter that no call
 * applied fails; a scope filter (rep, segment, UF) applied that was not asked for fails too.
 * `notApplied`: what the answer must name as not applied ("não encontrei vendedor Roberto").
 * A filter missing from the calls or a `notApplied` missing from the answer is **dropped
 * silently**: the count the report gives.
 */
import { isDeepStrictEqual } from 'node:util';
import { check, type Check } from '../core/types.ts';
import type { Fact } from './facts.ts';
import { plain } from './normalize-text.ts';
import type { ToolCall } from './tool-choice.ts';

export const REGION_UFS: Record<string, readonly string[]> = {
	norte: ['AC', 'AM', 'AP', 'PA', 'RO', 'RR', 'TO'],
	nordeste: ['AL', 'BA', 'CE', 'MA', 'PB', 'PE', 'PI', 'RN', 'SE'],
	'centro-oeste': ['DF', 'GO', 'MS', 'MT'],
	sudeste: ['ES', 'MG', 'RJ', 'SP'],
	sul: ['PR', 'RS', 'SC']
};

export interface Period {
	from: string;
	to: string;
}

/** What was asked, normalised. A function decides anything looser (e.g. two possible starts). */
export interface AppliedFilters {
	reps?: number[];
	segment?: string;
	ufs?: string[];
	period?: Period | ((p: Period) => boolean);
	customerId?: number;
}

type Normalised = {
	reps?: number[];
	segment?: string;
	ufs?: string[];
	period?: Period;
	customerId?: number;
};

const lastDay = (month: string) => {
	const [y, m] = month.split('-').map(Number);
	return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};
const prevMonth = (asOf: string) => {
	const [y, m] = asOf.split('-').map(Number);
	return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
};

export function normalisePeriod(value: unknown, asOf: string): Period | undefined {
	let p: Period | undefined;
	if (value === 'this_month') p = { from: `${asOf.slice(0, 7)}-01`, to: asOf };
	else if (value === 'last_month') {
		const m = prevMonth(asOf);
		p = { from: `${m}-01`, to: lastDay(m) };
	} else if (typeof value === 'string' && /^\d{4}-\d{2}$/.test(value))
		p = { from: `${value}-01`, to: lastDay(value) };
	else if (value && typeof value === 'object' && 'from' in value && 'to' in value)
		p = { from: String(value.from), to: String(value.to) };
	if (p && p.to > asOf) p = { ...p, to: asOf };
	return p;
}

/** The filters one call applied. */
export function filtersOf(input: Record<string, unknown>, asOf: string): Normalised {
	const out: Normalised = {};
	const reps = [
		...(typeof input.repId === 'number' ? [input.repId] : []),
		...(Array.isArray(input.repIds) ? (input.repIds as number[]) : [])
	];
	if (reps.length) out.reps = [...new Set(reps)].sort((a, b) => a - b);
	if (typeof input.segment === 'string' && input.segment) out.segment = plain(input.segment);
	const ufs = new Set<string>();
	if (typeof input.uf === 'string') ufs.add(input.uf.toUpperCase());
	if (Array.isArray(input.ufs)) for (const u of input.ufs) ufs.add(String(u).toUpperCase());
	if (typeof input.region === 'string')
		for (const u of REGION_UFS[plain(input.region).replace(/\s+/g, '-')] ?? []) ufs.add(u);
	if (ufs.size) out.ufs = [...ufs].sort();
	const period =
		normalisePeriod(input.period, asOf) ??
		(typeof input.from === 'string' && typeof input.to === 'string'
			? normalisePeriod({ from: input.from, to: input.to }, asOf)
			: undefined);
	if (period) out.period = period;
	if (typeof input.customerId === 'number') out.customerId = input.customerId;
	return out;
}

/** Every read call's filters, the first value of each kind winning. */
export function appliedFilters(
	calls: readonly ToolCall[],
	asOf: string,
	writingTools: readonly string[] = []
): Normalised {
	const out: Normalised = {};
	for (const c of calls) {
		if (writingTools.includes(c.name)) continue;
		const f = filtersOf(c.input, asOf);
		for (const [k, v] of Object.entries(f))
			if (out[k as keyof Normalised] === undefined) (out as Record<string, unknown>)[k] = v;
	}
	return out;
}

const SCOPE_KEYS = ['reps', 'segment', 'ufs'] as const;

function same(key: string, got: unknown, want: unknown): boolean {
	if (typeof want === 'function') return got !== undefined && Boolean(want(got));
	if (key === 'segment') return typeof got === 'string' && got === plain(String(want));
	if (key === 'reps' || key === 'ufs')
		return isDeepStrictEqual(got, [...(want as (string | number)[])].sort());
	return isDeepStrictEqual(got, want);
}

const show = (v: unknown) => (typeof v === 'function' ? '(regra)' : JSON.stringify(v));

export interface AppliedFiltersScore {
	check: Check;
	/** Filters neither applied nor named as not applied. */
	dropped: number;
}

export function scoreAppliedFilters(
	calls: readonly ToolCall[],
	expected: { applied?: AppliedFilters; notApplied?: readonly Fact[] },
	answer: string,
	env: { asOf: string; writingTools?: readonly string[]; selfRepId?: number }
): AppliedFiltersScore {
	const got = appliedFilters(calls, env.asOf, env.writingTools);
	// A rep's own id adds nothing: her scope is always her own portfolio.
	if (env.selfRepId !== undefined && isDeepStrictEqual(got.reps, [env.selfRepId])) delete got.reps;
	const want = (expected.applied ?? {}) as Record<string, unknown>;
	const problems: string[] = [];
	let dropped = 0;
	for (const [key, value] of Object.entries(want)) {
		const actual = got[key as keyof Normalised];
		if (actual === undefined) {
			dropped++;
			problems.push(`filtro ${key} não aplicado (esperava ${show(value)})`);
		} else if (!same(key, actual, value))
			problems.push(`filtro ${key} = ${JSON.stringify(actual)}, esperava ${show(value)}`);
	}
	if (expected.applied)
		for (const key of SCOPE_KEYS)
			if (!(key in want) && got[key] !== undefined)
				problems.push(`filtro ${key} = ${JSON.stringify(got[key])} aplicado sem ter sido pedido`);
	const text = plain(answer);
	for (const fact of expected.notApplied ?? []) {
		const named = typeof fact === 'string' ? text.includes(plain(fact)) : fact.test(text);
		if (!named) {
			dropped++;
			problems.push(`não disse que não aplicou ${typeof fact === 'string' ? fact : String(fact)}`);
		}
	}
	return {
		check: check('filters', problems.length === 0, problems.join('; ') || undefined),
		dropped
	};
}
