import { describe, expect, test } from 'vitest';
import type { CaseResult } from '../core/types.ts';
import { thresholds } from '../thresholds.ts';
import { renderMarkdown } from './markdown.ts';
import { summarize } from './summarize.ts';

const result = (
	suite: CaseResult['suite'],
	id: string,
	checks: [string, boolean][]
): CaseResult => ({
	suite,
	category: suite === 'conversation' ? 'stopped' : 'hand',
	id,
	title: id,
	pass: checks.every(([, ok]) => ok),
	checks: checks.map(([scorer, pass]) => ({ scorer, pass })),
	ms: 1
});

const limits = {
	toolOutput: 1,
	grounding: 1,
	conversation: 0.5,
	dev: 0.5,
	heldOut: 0.5,
	maxDroppedFilters: 0
};

describe('thresholds', () => {
	test('pass: every tool case, every grounded turn, conversations at the minimum', () => {
		const summary = summarize(
			[
				result('tool-output', 'a', [['recall', true]]),
				result('conversation', 'c1', [
					['tool_choice', true],
					['t1:grounding', true],
					['t2:grounding', true]
				]),
				result('conversation', 'c2', [
					['tool_choice', false],
					['grounding', true]
				])
			],
			limits
		);
		expect(summary.pass).toBe(true);
		expect(summary.scorers.grounding).toEqual({ cases: 2, passed: 2, rate: 1 });
		expect(summary.categories.conversation?.stopped).toEqual({ cases: 2, passed: 1, rate: 0.5 });
	});

	test('fail: one tool case, one ungrounded turn, or conversations below the minimum', () => {
		const toolFails = summarize([result('tool-output', 'a', [['recall', false]])], limits);
		expect(toolFails.verdicts.find((v) => v.name === 'tool-output')).toMatchObject({
			pass: false,
			rate: 0
		});
		const ungrounded = summarize(
			[
				result('conversation', 'c1', [
					['tool_choice', true],
					['t2:grounding', false]
				]),
				result('conversation', 'c2', [['grounding', true]])
			],
			limits
		);
		expect(ungrounded.pass).toBe(false);
		expect(ungrounded.verdicts.find((v) => v.name === 'grounding')).toMatchObject({
			pass: false,
			rate: 0.5
		});
		const low = summarize(
			[
				result('conversation', 'c1', [
					['tool_choice', false],
					['grounding', true]
				])
			],
			limits
		);
		expect(low.verdicts.find((v) => v.name === 'conversation')).toMatchObject({
			pass: false,
			judged: true
		});
		expect(
			renderMarkdown(low, [], { date: 'd', commit: 'c', model: 'offline', durationMs: 1 })
		).toContain('**FALHOU**');
	});

	test('a suite that did not run is not judged', () => {
		const summary = summarize([result('tool-output', 'a', [['recall', true]])], limits);
		expect(summary.verdicts.find((v) => v.name === 'conversation')).toMatchObject({
			judged: false,
			pass: true
		});
	});

	test('the conversation minimum is configurable and checked', () => {
		expect(thresholds(0.9).conversation).toBe(0.9);
		expect(() => thresholds(1.5)).toThrow(/entre 0 e 1/);
	});

	test('the three conversation sets are judged apart; held-out failures are never shown', () => {
		const inSet = (r: CaseResult, set: CaseResult['set'], dropped = 0): CaseResult => ({
			...r,
			set,
			metrics: { droppedFilters: dropped }
		});
		const summary = summarize(
			[
				inSet(result('conversation', 'old1', [['grounding', true]]), 'old'),
				inSet(result('conversation', 'dev1', [['filters', true]]), 'dev'),
				inSet(result('conversation', 'dev2', [['filters', false]]), 'dev', 1),
				inSet(result('conversation', 'secret-case', [['filters', false]]), 'held_out')
			],
			limits
		);
		expect(summary.sets).toEqual({
			old: { cases: 1, passed: 1, rate: 1 },
			dev: { cases: 2, passed: 1, rate: 0.5 },
			held_out: { cases: 1, passed: 0, rate: 0 }
		});
		expect(summary.droppedFilters).toBe(1);
		expect(summary.verdicts.find((v) => v.name === 'conversation held-out')?.pass).toBe(false);
		expect(summary.verdicts.find((v) => v.name === 'conversation dev')?.pass).toBe(true);
		expect(summary.verdicts.find((v) => v.name === 'dropped filters')).toMatchObject({
			pass: false,
			rate: 1,
			count: true
		});
		expect(summarize([], { ...limits, maxDroppedFilters: 1 }).pass).toBe(true);
		const failing = [
			inSet(result('conversation', 'dev2', [['filters', false]]), 'dev'),
			inSet(result('conversation', 'secret-case', [['filters', false]]), 'held_out')
		];
		const text = renderMarkdown(summary, failing, {
			date: 'd',
			commit: 'c',
			model: 'offline',
			durationMs: 1
		});
		expect(text).toContain('dev2');
		expect(text).not.toContain('secret-case');
		expect(text).toContain('1 casos held-out falharam');
	});
});
