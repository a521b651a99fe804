import { describe, expect, test } from 'vitest';
import { scoreAnswerLength } from './answer-length.ts';
import { scoreFacts, scoreForbiddenFacts } from './facts.ts';
import { estimateTokens, scoreOutputSize } from './output-size.ts';
import { scoreRefusal } from './refusal.ts';
import { setChecks, setMatch } from './set-match.ts';

describe('facts', () => {
	const answer =
		'3 clientes pararam de comprar em outubro de 2026: Padaria São José, Açougue Central.';
	test('passes: phrases without accents or case, and patterns', () => {
		expect(
			scoreFacts(answer, ['3 clientes pararam', 'acougue central', /outubro de \d{4}/]).pass
		).toBe(true);
		expect(scoreForbiddenFacts(answer, ['Atacado Norte']).pass).toBe(true);
	});
	test('fails: a missing fact, a forbidden one present', () => {
		expect(scoreFacts(answer, ['4 clientes']).detail).toContain('4 clientes');
		expect(scoreForbiddenFacts(answer, ['Padaria Sao Jose']).pass).toBe(false);
	});
});

describe('refusal', () => {
	test('passes: each kind of refusal in its words', () => {
		expect(scoreRefusal('Não tenho ferramenta para isso.', 'no_tool', []).pass).toBe(true);
		expect(
			scoreRefusal('Não encontrei nenhum cliente para "Atacado Norte".', 'not_found', []).pass
		).toBe(true);
		expect(scoreRefusal('A Paula não deu consentimento para WhatsApp.', 'consent', []).pass).toBe(
			true
		);
		expect(scoreRefusal('Encontrei 3. Qual deles?', 'ask', []).pass).toBe(true);
	});
	test('fails: an answer instead of a refusal, a question without a question, a write', () => {
		expect(scoreRefusal('A margem é 12%.', 'no_tool', []).pass).toBe(false);
		expect(scoreRefusal('Não encontrei. Qual deles?', ['not_found', 'ask'], []).pass).toBe(true);
		expect(scoreRefusal('Tudo certo.', ['not_found', 'ask'], []).pass).toBe(false);
		expect(scoreRefusal('Encontrei 3 clientes.', 'ask', []).pass).toBe(false);
		expect(scoreRefusal('Não tenho ferramenta.', 'no_tool', ['schedule_follow_up']).pass).toBe(
			false
		);
	});
});

describe('answer length', () => {
	test('passes: short, or empty while waiting for approval', () => {
		expect(scoreAnswerLength('Tudo certo.').pass).toBe(true);
		expect(scoreAnswerLength('', { awaitingApproval: true }).pass).toBe(true);
	});
	test('fails: too long, too many lines, empty', () => {
		expect(scoreAnswerLength('x'.repeat(2000)).pass).toBe(false);
		expect(scoreAnswerLength(Array(13).fill('linha').join('\n')).pass).toBe(false);
		expect(scoreAnswerLength('  ').pass).toBe(false);
	});
});

describe('tool-output size', () => {
	test('estimates 1 token per 3.5 characters of JSON', () => {
		expect(estimateTokens('x'.repeat(35))).toBe(10);
		expect(estimateTokens({ a: 1 })).toBe(2);
	});
	test('passes under the limit, fails over it naming the tool', () => {
		const small = scoreOutputSize([{ tool: 'list_customers', output: { rows: [1, 2] } }]);
		expect(small.check.pass).toBe(true);
		const big = scoreOutputSize([{ tool: 'list_customers', output: 'x'.repeat(9000) }]);
		expect(big.check.pass).toBe(false);
		expect(big.check.detail).toContain('list_customers');
		expect(big.maxTokens).toBe(2572);
	});
});

describe('precision and recall', () => {
	test('exact match: both 1; empty truth and nothing found: both 1', () => {
		expect(setChecks(setMatch([1, 2], [2, 1]), 'x').every((c) => c.pass)).toBe(true);
		expect(setMatch([], [])).toMatchObject({ precision: 1, recall: 1 });
	});
	test('an extra and a missing id fail precision and recall', () => {
		const m = setMatch([1, 2, 3], [1, 2, 4]);
		expect(m).toMatchObject({ precision: 2 / 3, recall: 2 / 3, extra: [3], missing: [4] });
		expect(setChecks(m, 'x').map((c) => c.pass)).toEqual([false, false]);
		expect(setMatch([], [5]).recall).toBe(0);
	});
});
