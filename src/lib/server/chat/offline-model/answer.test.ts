import { describe, expect, test } from 'vitest';
import { answerFrom, fallbackAnswer, outOfScopeAnswer, whichCustomer } from './answer.ts';

describe('answers', () => {
	test('summary plus a few labelled rows, copied from the output', () => {
		const text = answerFrom('list_stopped_customers', {
			ok: true,
			summary: '2 clientes pararam de comprar em outubro de 2026.',
			structured: {
				customers: [
					{
						name: 'Padaria São José',
						usualMonthly: 'R$ 811,67',
						lastPurchase: '2026-09-01',
						reason: 'Atrasou.'
					},
					{
						name: 'Açougue Central',
						usualMonthly: 'R$ 1.521,88',
						lastPurchase: '2026-09-10',
						reason: 'Atrasou.'
					}
				]
			}
		});
		expect(text).toBe(
			'2 clientes pararam de comprar em outubro de 2026.\n' +
				'- Padaria São José — habitual por mês R$ 811,67 — última compra 01/09/2026 — Atrasou.\n' +
				'- Açougue Central — habitual por mês R$ 1.521,88 — última compra 10/09/2026 — Atrasou.'
		);
	});

	test('at most maxRows rows', () => {
		const customers = Array.from({ length: 9 }, (_, i) => ({ name: `Cliente ${i}` }));
		const text = answerFrom(
			'list_customers',
			{ ok: true, summary: 'S.', structured: { customers } },
			3
		);
		expect(text.split('\n')).toHaveLength(4);
	});

	test('errors and denials', () => {
		expect(answerFrom('x', { ok: false, message: 'Cliente 9 não existe.' })).toBe(
			'Não consegui: Cliente 9 não existe.'
		);
		expect(answerFrom('x', { ok: false, denied: true, message: '' })).toBe(
			'Tudo bem, não gravei nada.'
		);
	});

	test('fixed texts carry no figure', () => {
		for (const text of [fallbackAnswer(), outOfScopeAnswer()]) expect(text).not.toMatch(/\d/);
		expect(
			whichCustomer('Bom Preço', [
				{ name: 'Mercado Bom Preço', city: 'Curitiba' },
				{ name: 'Bom Preço Filial' }
			])
		).toBe(
			'Encontrei mais de um cliente para "Bom Preço". Qual deles?\n- Mercado Bom Preço (Curitiba)\n- Bom Preço Filial'
		);
	});
});
