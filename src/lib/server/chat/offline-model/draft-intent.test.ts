import { describe, expect, test } from 'vitest';
import { understand } from './intents.ts';

const TODAY = '2026-11-23';

describe('the draft intent', () => {
	test.each([
		['prepara um WhatsApp pro Mercado Bom Preço', 'Mercado Bom Preço', { channel: 'whatsapp' }],
		['escreve um e-mail pro cliente Padaria São José', 'Padaria São José', { channel: 'email' }],
		['roteiro de ligação para o Açougue Central', 'Açougue Central', { channel: 'phone' }],
		['me da um script de ligacao pro acougue central', 'acougue central', { channel: 'phone' }],
		['monta um zap pra padaria sao jose', 'padaria sao jose', { channel: 'whatsapp' }],
		['manda um whats pro Mercado Bom Preço', 'Mercado Bom Preço', { channel: 'whatsapp' }],
		[
			'redige um email de pos venda pro Mercado Bom Preço',
			'Mercado Bom Preço',
			{ channel: 'email', purpose: 'post_sale' }
		],
		['prepara uma mensagem pro cliente Mercadinho Bom Gosto', 'Mercadinho Bom Gosto', {}],
		[
			'escreve uma msg pra reativar o Açougue Central',
			'Açougue Central',
			{ purpose: 'reactivation' }
		],
		[
			'faz um rascunho de email sobre a proposta pro Mercado Bom Preço',
			'Mercado Bom Preço',
			{ channel: 'email', purpose: 'commercial' }
		]
	])('%s', (request, customer, args) => {
		const understood = understand(request, TODAY)!;
		expect(understood.intent.id).toBe('draft_follow_up');
		expect(understood.customerQuery).toBe(customer);
		expect(understood.args).toEqual(args);
	});

	test('scheduling and logging stay with their own tools', () => {
		expect(
			understand('cria um follow up por whatsapp com o Mercado Bom Preço', TODAY)!.intent.id
		).toBe('schedule_follow_up');
		expect(
			understand('agenda um whatsapp pra quinta com o Mercado Bom Preço', TODAY)!.intent.id
		).toBe('schedule_follow_up');
		expect(understand('mandei um zap pro Mercado Bom Preço: pediu tabela', TODAY)!.intent.id).toBe(
			'log_interaction'
		);
	});
});
