import { describe, expect, test } from 'vitest';
import {
	extractChannel,
	extractCustomerName,
	extractDate,
	extractNote,
	extractOutcome,
	extractPeriod
} from './extract.ts';
import { INTENTS, understand } from './intents.ts';
import { normalize } from './normalize.ts';

const TODAY = '2026-11-23'; // a Monday

describe('extraction', () => {
	test('periods', () => {
		expect(extractPeriod(normalize('este mês'), TODAY)).toBe('this_month');
		expect(extractPeriod(normalize('nesse mes'), TODAY)).toBe('this_month');
		expect(extractPeriod(normalize('mês passado'), TODAY)).toBe('last_month');
		expect(extractPeriod(normalize('em março'), TODAY)).toBe('2026-03');
		expect(extractPeriod(normalize('em dezembro'), TODAY)).toBe('2025-12');
		expect(extractPeriod(normalize('quem parou'), TODAY)).toBeUndefined();
	});

	test('dates through resolveDatePhrase', () => {
		expect(extractDate('pra quinta', TODAY)).toBe('2026-11-26');
		expect(extractDate('amanhã', TODAY)).toBe('2026-11-24');
		expect(extractDate('amanha', TODAY)).toBe('2026-11-24');
		expect(extractDate('sem data', TODAY)).toBeUndefined();
	});

	test('channels and outcomes', () => {
		expect(extractChannel(normalize('manda um zap'))).toBe('whatsapp');
		expect(extractChannel(normalize('visitei'))).toBe('visit');
		expect(extractChannel(normalize('liguei'))).toBe('phone');
		expect(extractOutcome(normalize('fez pedido'))).toBe('order_placed');
		expect(extractOutcome(normalize('não atendeu'))).toBe('no_answer');
	});

	test('customer names keep their accents and stop at dates and punctuation', () => {
		expect(extractCustomerName('como está o cliente Padaria São José?')).toBe('Padaria São José');
		expect(extractCustomerName('agenda um retorno pra quinta com o Mercado Bom Preço')).toBe(
			'Mercado Bom Preço'
		);
		expect(extractCustomerName('agenda um retorno com o Mercado Bom Preço amanhã')).toBe(
			'Mercado Bom Preço'
		);
		expect(extractCustomerName('liguei pro Atacado Norte, fez pedido')).toBe('Atacado Norte');
		expect(extractCustomerName('agenda um retorno pra quinta')).toBeUndefined();
		expect(extractCustomerName('como está a carteira?')).toBeUndefined();
	});

	test('notes after a colon or in quotes', () => {
		expect(extractNote('liguei pro X: pediu tabela nova')).toBe('pediu tabela nova');
		expect(extractNote('anota "vai comprar em dezembro" no X')).toBe('vai comprar em dezembro');
		expect(extractNote('liguei pro X')).toBeUndefined();
	});
});

describe('the intent table', () => {
	test('every rule names a tool of the registry (or none) and has patterns', async () => {
		const { TOOLS } = await import('../../tools/registry.ts');
		const names = new Set(TOOLS.map((t) => t.name));
		for (const intent of INTENTS) {
			expect(intent.patterns.length).toBeGreaterThan(0);
			if (intent.tool !== null) expect(names.has(intent.tool)).toBe(true);
		}
		// Importing the whole registry takes seconds on a busy machine.
	}, 30_000);

	test('first match wins: the specific rules come before the general ones', () => {
		expect(understand('agenda um retorno com o Atacado Norte', TODAY)?.intent.id).toBe(
			'schedule_follow_up'
		);
		expect(understand('minha agenda de hoje', TODAY)?.intent.id).toBe('list_follow_ups');
		expect(understand('quanto faturamento perdemos', TODAY)?.intent.id).toBe(
			'estimate_lost_revenue'
		);
		expect(understand('quem perdemos esse mês', TODAY)?.intent.id).toBe('list_stopped_customers');
		expect(understand('qual a previsão do dólar?', TODAY)?.intent.id).toBe('out_of_scope');
	});

	test('a customer intent carries the name to look up', () => {
		const u = understand('como está o cliente Padaria São José?', TODAY);
		expect(u?.intent.tool).toBe('get_customer_profile');
		expect(u?.customerQuery).toBe('Padaria São José');
	});

	test('nothing recognised: null', () => {
		expect(understand('oi', TODAY)).toBeNull();
		expect(understand('', TODAY)).toBeNull();
	});
});
