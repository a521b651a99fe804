import { describe, expect, test } from 'vitest';
import { answerFrom, customerNotFound, fallbackAnswer, whichCustomer } from './answer.ts';
import { noDataIntent, outOfScopeIntent } from './intents/no-tool.ts';
import { normalize } from './normalize.ts';

const ok = (summary: string, structured: Record<string, unknown>) =>
	({ ok: true, summary, structured }) as const;

const STOPPED = ok('2 clientes pararam de comprar em outubro de 2026 (resumo da ferramenta).', {
	period: { label: 'outubro de 2026' },
	total: 2,
	usualMonthly: 'R$ 2.333,55',
	customers: [
		{ name: 'Açougue Central', usualMonthly: 'R$ 1.521,88', lastPurchase: '2026-09-10' },
		{ name: 'Padaria São José', usualMonthly: 'R$ 811,67', lastPurchase: '2026-09-01' }
	]
});

describe('answers', () => {
	test('add to the summary instead of repeating it: the top names, their figures, a next step', () => {
		const text = answerFrom('list_stopped_customers', STOPPED);
		expect(text).not.toContain('resumo da ferramenta');
		expect(text).toBe(
			'2 clientes pararam de comprar em outubro de 2026; somam R$ 2.333,55 de faturamento mensal ' +
				'habitual (estimativa). Os maiores: Açougue Central (R$ 1.521,88 por mês) e Padaria São ' +
				'José (R$ 811,67 por mês).\n' +
				'Próximo passo: peça "prepara uma mensagem de reativação pro Açougue Central".'
		);
	});

	test('a list names at most three rows', () => {
		const customers = Array.from({ length: 9 }, (_, i) => ({ name: `Cliente ${i}` }));
		const text = answerFrom('list_customers', ok('S.', { total: 9, filters: {}, customers }));
		expect(text).toContain('Cliente 2');
		expect(text).not.toContain('Cliente 3');
	});

	test('a profile answers the question asked (focus)', () => {
		const profile = ok('resumo', {
			customer: { name: 'Agro Azevedo' },
			stateLabel: 'ativo',
			reasons: ['Compra a cada 9 dias.'],
			cycle: { days: 7.5, confidence: 'high' },
			purchases: { last: '2026-11-19', recencyDays: 4, expectedNext: '2026-11-28' },
			value: { usualMonthly: { text: 'R$ 57.210,77' } },
			topProducts: [{ name: 'Ração', sku: 'R1', value: 'R$ 1.000,00' }],
			contacts: [
				{ name: 'Sérgio', role: 'compras', phone: null, email: 's@x.com', whatsappConsent: false }
			],
			openOpportunities: [],
			pendingFollowUps: [],
			recentInteractions: []
		});
		expect(answerFrom('get_customer_profile', profile, 'last_purchase')).toBe(
			'A última compra do Agro Azevedo foi em 19/11/2026 (há 4 dias); a próxima é esperada em 28/11/2026.'
		);
		expect(answerFrom('get_customer_profile', profile, 'cycle')).toMatch(
			/^O ciclo de recompra do Agro Azevedo é de 7,5 dias \(confiança alta\)/
		);
		expect(answerFrom('get_customer_profile', profile, 'contact')).toBe(
			'O contato principal do Agro Azevedo é Sérgio (compras): s@x.com. WhatsApp: não autorizado (LGPD).'
		);
		expect(answerFrom('get_customer_profile', profile, 'products')).toContain(
			'Ração (R$ 1.000,00)'
		);
	});

	test('errors and denials', () => {
		expect(answerFrom('x', { ok: false, message: 'Cliente 9 não existe.' })).toBe(
			'Não consegui: Cliente 9 não existe.'
		);
		const sdkError =
			'AI_InvalidToolInputError: Invalid input for tool forecast_revenue: Type validation failed';
		expect(answerFrom('x', { ok: false, message: sdkError })).toBe(
			'Não consegui: essa pergunta virou uma chamada que a ferramenta não aceita. Tente dizer de outro jeito.'
		);
		expect(answerFrom('x', { ok: false, denied: true, message: '' })).toBe(
			'Tudo bem, não gravei nada.'
		);
	});

	test('fixed texts carry no figure', () => {
		const req = (original: string) => ({
			original,
			text: normalize(original),
			today: '2026-11-23'
		});
		for (const text of [
			fallbackAnswer(),
			outOfScopeIntent.reply!(req('dólar')),
			noDataIntent.reply!(req('qual a margem?')),
			customerNotFound('Águia', true)
		])
			expect(text).not.toMatch(/\d/);
		expect(noDataIntent.reply!(req('qual o estoque de cimento?'))).toMatch(/^Não tenho esse dado/);
		expect(customerNotFound('Águia', true)).toContain('na sua carteira');
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
