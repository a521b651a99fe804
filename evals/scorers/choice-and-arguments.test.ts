import { describe, expect, test } from 'vitest';
import { ABSENT, either, mentions, scoreArguments } from './arguments.ts';
import { scoreToolChoice } from './tool-choice.ts';

const WRITES = ['schedule_follow_up', 'complete_follow_up', 'log_interaction'];
const calls = [
	{ name: 'find_customers', input: { query: 'Bom Preço' } },
	{ name: 'schedule_follow_up', input: { customerId: 49, dueDate: '2026-11-26' } }
];

describe('tool choice', () => {
	test('passes: the expected tools in order', () => {
		expect(scoreToolChoice(calls, { tools: ['find_customers', 'schedule_follow_up'] }).pass).toBe(
			true
		);
		expect(scoreToolChoice(calls, { tools: ['schedule_follow_up'] }).pass).toBe(true);
		expect(scoreToolChoice([], { tools: [] }).pass).toBe(true);
		expect(scoreToolChoice(calls, { tools: ['get_customer_profile|find_customers'] }).pass).toBe(
			true
		);
		expect(scoreToolChoice([], { tools: ['*'] }).pass).toBe(true);
		expect(scoreToolChoice(calls.slice(0, 1), { tools: ['*'] }).pass).toBe(true);
	});

	test('fails: missing, out of order, forbidden, an unasked write, a tool when none was due', () => {
		expect(scoreToolChoice(calls, { tools: ['get_customer_profile'] }).pass).toBe(false);
		expect(scoreToolChoice(calls, { tools: ['schedule_follow_up', 'find_customers'] }).pass).toBe(
			false
		);
		expect(
			scoreToolChoice(calls, { tools: ['find_customers'], forbidden: ['schedule_follow_up'] }).pass
		).toBe(false);
		const check = scoreToolChoice(calls, { tools: ['find_customers'], writingTools: WRITES });
		expect(check.pass).toBe(false);
		expect(check.detail).toContain('escrita não pedida');
		expect(scoreToolChoice(calls, { tools: [] }).pass).toBe(false);
		expect(scoreToolChoice(calls, { tools: ['get_customer_profile|list_customers'] }).pass).toBe(
			false
		);
		// "any read tool" still refuses a write nobody asked for
		expect(scoreToolChoice(calls, { tools: ['*'], writingTools: WRITES }).pass).toBe(false);
	});
});

describe('arguments', () => {
	test('passes: equal values, omitted defaults, rules', () => {
		const check = scoreArguments(calls, {
			schedule_follow_up: {
				customerId: 49,
				dueDate: '2026-11-26',
				channel: ABSENT
			},
			find_customers: { query: (v: unknown) => String(v).includes('Bom') }
		});
		expect(check.pass).toBe(true);
	});

	test('either and mentions: pass on any option, fail otherwise, and say what they wanted', () => {
		const search = [
			{ name: 'search_interactions', input: { query: 'Atraso na Entrega', limit: 5 } }
		];
		expect(
			scoreArguments(search, { search_interactions: { query: mentions('atraso') } }).pass
		).toBe(true);
		const wrong = scoreArguments(search, {
			search_interactions: { query: mentions('desconto'), limit: either(ABSENT, 10) }
		});
		expect(wrong.pass).toBe(false);
		expect(wrong.detail).toContain('texto com desconto');
		expect(wrong.detail).toContain('(omitido) ou 10');
		expect(scoreArguments(search, { search_interactions: { limit: either(ABSENT, 5) } }).pass).toBe(
			true
		);
	});

	test('fails: a wrong value, a value that should be omitted, a tool not called', () => {
		expect(
			scoreArguments(calls, { schedule_follow_up: { dueDate: '2026-11-27' } }).detail
		).toContain('dueDate');
		expect(scoreArguments(calls, { find_customers: { query: ABSENT } }).pass).toBe(false);
		expect(scoreArguments(calls, { list_customers: { states: ['at_risk'] } }).detail).toContain(
			'não foi chamada'
		);
	});
});
