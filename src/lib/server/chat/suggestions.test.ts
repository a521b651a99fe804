/** Every suggested question is one the offline model answers with a tool (not "não entendi"). */
import { describe, expect, test } from 'vitest';
import { OfflineModel } from './offline-model/offline-model.ts';
import { SUGGESTIONS } from './suggestions.ts';

const model = new OfflineModel({ today: () => '2026-11-23' });

async function toolFor(text: string): Promise<string | null> {
	const result = await model.doGenerate({
		prompt: [
			{ role: 'system', content: 'Regras do Giro.' },
			{ role: 'user', content: [{ type: 'text', text }] }
		]
	});
	const call = result.content.find((c) => c.type === 'tool-call');
	return call?.type === 'tool-call' ? call.toolName : null;
}

const EXPECTED: Record<string, string> = {
	'O que eu faço agora?': 'get_rep_queue',
	'Quem da minha carteira parou de comprar este mês?': 'list_stopped_customers',
	'Meus follow-ups de hoje': 'list_follow_ups',
	'Quem está comprando menos?': 'list_customers',
	'Como está minha carteira?': 'get_portfolio_health',
	'Quem parou de comprar este mês?': 'list_stopped_customers',
	'Como está a carteira da equipe?': 'get_portfolio_health',
	'Saúde da carteira por vendedor': 'get_portfolio_health',
	'Quanto faturamento perdemos por vendedor?': 'estimate_lost_revenue',
	'Negociações paradas': 'list_stalled_opportunities',
	'Quais são as prioridades da equipe?': 'get_rep_queue'
};

describe.each(Object.entries(SUGGESTIONS))('suggestions for %s', (_role, questions) => {
	test.each([...questions])('%s → a tool', async (question) => {
		expect(await toolFor(question)).toBe(EXPECTED[question]);
	});
});
