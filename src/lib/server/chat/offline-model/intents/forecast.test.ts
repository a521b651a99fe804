import { describe, expect, test } from 'vitest';
import { understand } from '../intents.ts';

const TODAY = '2026-11-23';

describe('forecast and alert-accuracy intents', () => {
	test.each([
		['qual o faturamento previsto para dezembro?', { period: 'month', month: 12 }],
		['quanto o Bruno deve vender no trimestre?', { period: 'quarter', repName: 'Bruno' }],
		[
			'previsão de vendas dos próximos 90 dias por vendedor',
			{ period: 'next_90_days', breakdown: 'rep' }
		],
		['quanto vamos faturar no mês que vem?', { period: 'month', month: 12 }],
		['qual a receita esperada?', { period: 'next_30_days' }]
	])('%s → forecast_revenue', (message, args) => {
		const u = understand(message, TODAY);
		expect(u?.intent.id).toBe('forecast_revenue');
		expect(u?.args).toEqual(args);
	});

	test.each([
		'dá pra confiar nesse alerta?',
		'quão confiável é o risco?',
		'o alerta costuma acertar?'
	])('%s → get_alert_accuracy', (message) => {
		expect(understand(message, TODAY)?.intent.id).toBe('get_alert_accuracy');
	});

	test('what Giro still cannot forecast stays a refusal', () => {
		expect(understand('quanto vamos faturar no ano que vem?', TODAY)?.intent.id).toBe('no_data');
		expect(understand('qual a previsão do dólar?', TODAY)?.intent.id).toBe('out_of_scope');
		expect(understand('qual a meta de vendas do mês?', TODAY)?.intent.id).toBe('no_data');
	});
});
