import { describe, expect, test } from 'vitest';
import { findUngrounded, scoreGrounding } from './grounding.ts';
import { numbersIn, readNumber } from './read-numbers.ts';

const profile = {
	ok: true,
	summary:
		'Padaria São José: em risco em 23/11/2026, ciclo de 30 dias, faturamento mensal habitual R$ 811,67 (estimativa).',
	structured: {
		customer: { customerId: 2, name: 'Padaria São José' },
		value: { lostRevenue: { cents: 123456, text: 'R$ 1.234,56' } },
		recencyDays: 83,
		decline: { revenuePercent: 45.3 }
	}
};
const known = [
	'Padaria São José',
	'Panificadora São José Ltda',
	'Mercado Bom Preço',
	'Atacado Norte'
];

describe('reading numbers (pt-BR first)', () => {
	test.each([
		['1.234,56', 1234.56],
		['1.234', 1234],
		['1234.56', 1234.56],
		['3,5', 3.5],
		['0.734', 0.734],
		['12', 12],
		['1.234.567', 1234567]
	])('%s → %d', (written, value) => {
		expect(readNumber(written)).toBe(value);
	});

	test('dates, days and list markers', () => {
		const found = numbersIn(
			'1. Pedido de 16/11/2026, retorno 26/11 e 2026-11-30T10:00.\n2) R$ 10,00'
		);
		expect(found.dates).toEqual(['date:2026-11-30', 'date:2026-11-16', 'day:11-26']);
		expect(found.values).toEqual(['10']);
	});
});

describe('grounding', () => {
	test('passes: figures and names copied from the tool, in any format', () => {
		for (const answer of [
			'Padaria São José está em risco: perdeu R$ 1.234,56 (estimativa); em outro formato, 1234.56.',
			'A Padaria São José está há 83 dias sem comprar; faturamento em 45,3% do ritmo; habitual R$ 811,67.',
			'Em 23/11/2026 a padaria sao jose estava em risco.',
			'Cliente Padaria São José: ciclo de 30 dias.'
		])
			expect(scoreGrounding({ answer, outputs: [profile], knownNames: known }).pass, answer).toBe(
				true
			);
	});

	test('fails: an invented number', () => {
		const result = findUngrounded({
			answer: 'A Padaria São José está há 84 dias sem comprar.',
			outputs: [profile],
			knownNames: known
		});
		expect(result.ungroundedNumbers).toEqual(['84']);
		expect(scoreGrounding({ answer: 'Perdeu R$ 1.234,65.', outputs: [profile] }).detail).toContain(
			'1234.65'
		);
	});

	test('fails: a figure the model computed (a sum, a percentage of a ratio)', () => {
		const check = scoreGrounding({
			answer: 'Somando, são R$ 2.046,23 e 54,7% de queda.',
			outputs: [profile]
		});
		expect(check.pass).toBe(false);
		expect(check.detail).toContain('2046.23');
		expect(check.detail).toContain('54.7');
	});

	test('fails: a known customer that is not in the outputs', () => {
		const result = findUngrounded({
			answer: 'A Padaria São José e o Atacado Norte estão em risco.',
			outputs: [profile],
			knownNames: known
		});
		expect(result.ungroundedNames).toEqual(['Atacado Norte']);
	});

	test('fails: an invented customer nobody has', () => {
		const result = findUngrounded({
			answer: 'Quem mais parou foi o Mercado Fictício Ltda, depois a Padaria São José.',
			outputs: [profile],
			knownNames: known
		});
		expect(result.ungroundedNames).toEqual(['Mercado Fictício Ltda']);
	});

	test('the person’s own words are a source: the name and the day they typed', () => {
		const answer = 'Não encontrei nenhum cliente para "Distribuidora Xavier" no dia 30.';
		expect(scoreGrounding({ answer, outputs: [{ candidates: [] }] }).pass).toBe(false);
		expect(
			scoreGrounding({
				answer,
				outputs: [{ candidates: [] }],
				userText: 'agenda pro dia 30 com a Distribuidora Xavier'
			}).pass
		).toBe(true);
	});

	test('cents fields also count as R$', () => {
		expect(
			scoreGrounding({ answer: 'Valor: R$ 2.100,00.', outputs: [{ valueCents: 210000 }] }).pass
		).toBe(true);
		expect(
			scoreGrounding({ answer: 'Valor: R$ 2.100,00.', outputs: [{ value: 210000 }] }).pass
		).toBe(false);
	});
});
