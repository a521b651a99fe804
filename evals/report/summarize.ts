/**
 * From case results to the numbers the report shows and the thresholds judge: pass rates per
 * suite, per category and per scorer (a case counts for a scorer when the scorer applied to
 * it, and passes it when every turn passed it), and the verdict of each threshold.
 */
import type { CaseResult, SuiteName } from '../core/types.ts';
import type { Thresholds } from '../thresholds.ts';

export interface Rate {
	cases: number;
	passed: number;
	rate: number;
}

export interface Verdict {
	name: string;
	rate: number;
	min: number;
	pass: boolean;
	/** False when no case of that kind ran (the threshold is not judged). */
	judged: boolean;
	/** A count with a maximum (`rate` is the count, `min` the maximum), not a share. */
	count?: boolean;
}

export type ConversationSet = 'old' | 'dev' | 'held_out';

export interface Summary {
	suites: Partial<Record<SuiteName, Rate>>;
	/** Conversation cases by set: the first 100, the users' dev half, the held-out half. */
	sets: Partial<Record<ConversationSet, Rate>>;
	/** Filters neither applied nor named as not applied, summed over every conversation case. */
	droppedFilters: number;
	categories: Partial<Record<SuiteName, Record<string, Rate>>>;
	/** Conversation scorers: tool_choice, arguments, facts, grounding… */
	scorers: Record<string, Rate>;
	verdicts: Verdict[];
	pass: boolean;
}

const rate = (cases: number, passed: number): Rate => ({
	cases,
	passed,
	rate: cases ? passed / cases : 1
});

function rateOf(results: readonly CaseResult[]): Rate {
	return rate(results.length, results.filter((r) => r.pass).length);
}

/** "t2:grounding" → "grounding". */
export const scorerName = (s: string) => s.replace(/^t\d+:/, '');

export function summarize(results: readonly CaseResult[], limits: Thresholds): Summary {
	const suites: Summary['suites'] = {};
	const categories: Summary['categories'] = {};
	for (const suite of ['tool-output', 'conversation'] as const) {
		const mine = results.filter((r) => r.suite === suite);
		if (!mine.length) continue;
		suites[suite] = rateOf(mine);
		const byCategory: Record<string, Rate> = {};
		for (const category of [...new Set(mine.map((r) => r.category))])
			byCategory[category] = rateOf(mine.filter((r) => r.category === category));
		categories[suite] = byCategory;
	}
	const conversation = results.filter((r) => r.suite === 'conversation');
	const scorers: Record<string, Rate> = {};
	for (const name of [
		...new Set(conversation.flatMap((r) => r.checks.map((c) => scorerName(c.scorer))))
	]) {
		const applied = conversation.filter((r) => r.checks.some((c) => scorerName(c.scorer) === name));
		const passed = applied.filter((r) =>
			r.checks.every((c) => scorerName(c.scorer) !== name || c.pass)
		);
		scorers[name] = rate(applied.length, passed.length);
	}
	const verdict = (name: string, r: Rate | undefined, min: number): Verdict => ({
		name,
		rate: r?.rate ?? 1,
		min,
		pass: !r || r.rate >= min - 1e-12,
		judged: Boolean(r && r.cases)
	});
	const sets: Summary['sets'] = {};
	for (const set of ['old', 'dev', 'held_out'] as const) {
		const mine = conversation.filter((r) => (r.set ?? 'old') === set);
		if (mine.length) sets[set] = rateOf(mine);
	}
	const droppedFilters = conversation.reduce((n, r) => n + (r.metrics?.droppedFilters ?? 0), 0);
	const withFilters = conversation.filter((r) =>
		r.checks.some((c) => scorerName(c.scorer) === 'filters')
	);
	const verdicts = [
		verdict('tool-output', suites['tool-output'], limits.toolOutput),
		verdict('grounding', scorers.grounding, limits.grounding),
		verdict('conversation', sets.old, limits.conversation),
		verdict('conversation dev', sets.dev, limits.dev),
		verdict('conversation held-out', sets.held_out, limits.heldOut),
		{
			name: 'dropped filters',
			rate: droppedFilters,
			min: limits.maxDroppedFilters,
			pass: droppedFilters <= limits.maxDroppedFilters,
			judged: withFilters.length > 0,
			count: true
		}
	];
	return {
		suites,
		sets,
		droppedFilters,
		categories,
		scorers,
		verdicts,
		pass: verdicts.every((v) => v.pass)
	};
}
