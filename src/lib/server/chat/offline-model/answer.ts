/**
 * The offline model's answers. The chat already shows each tool's summary under its card, so
 * the answer adds what the summary does not: the figure asked for, the top names behind it and
 * a next step (answers/*.ts, one file per family) — only text and numbers copied from the tool
 * outputs, never a computed figure. Also the fixed texts: the fallback, an ambiguous or
 * missing customer.
 */
import { CAPABILITIES } from './capabilities.ts';
import { normalize } from './normalize.ts';
import { candidatesAnswer, followUpsAnswer, queueAnswer, writeAnswer } from './answers/work.ts';
import {
	draftAnswer,
	interactionsAnswer,
	profileAnswer,
	searchAnswer
} from './answers/customer.ts';
import { contactsAnswer, productsAnswer, rankAnswer, salesAnswer } from './answers/copilot.ts';
import { alertAccuracyAnswer, forecastAnswer } from './answers/forecast.ts';
import type { Structured } from './answers/helpers.ts';
import {
	customersAnswer,
	healthAnswer,
	lostRevenueAnswer,
	stalledAnswer,
	stoppedAnswer
} from './answers/portfolio.ts';
import type { ToolOutput } from './read-prompt.ts';
import type { GiroToolTypes, ToolName } from '#lib/server/tools/registry.ts';

export { CAPABILITIES };
export type { ToolOutput };

/** Questions Giro answers, to suggest when it did not understand (closest words first). */
const SUGGESTIONS = [
	'quem está em risco?',
	'o que tenho pra fazer hoje?',
	'quem parou de comprar este mês?',
	'como está a carteira?',
	'quanto faturamos no mês passado?',
	'qual vendedor tem mais clientes inativos?',
	'quem está comprando menos?',
	'negociações paradas',
	'meus follow-ups desta semana',
	'o que o cliente X compra?'
];

const words = (t: string) =>
	new Set(
		normalize(t)
			.split(' ')
			.filter((w) => w.length >= 4)
	);

/** "Não entendi" in at most 3 lines, with the 3 suggestions closest to what was typed. */
export function fallbackAnswer(typed = ''): string {
	const asked = words(typed);
	const ranked = SUGGESTIONS.map((s, i) => ({
		s,
		i,
		score: [...words(s)].filter((w) => asked.has(w)).length
	}))
		.sort((a, b) => b.score - a.score || a.i - b.i)
		.slice(0, 3)
		.map((x) => `"${x.s}"`);
	return `Não entendi o pedido. Tente, por exemplo: ${ranked.join(', ')}.`;
}

/** Each answer reads its tool's output type; the prompt's results are that output (read-prompt.ts). */
type Answers = {
	[K in ToolName]: (s: GiroToolTypes[K]['output'], focus?: string) => string;
};

const ANSWERS: Answers = {
	list_stopped_customers: stoppedAnswer,
	list_customers: customersAnswer,
	get_portfolio_health: healthAnswer,
	estimate_lost_revenue: lostRevenueAnswer,
	forecast_revenue: forecastAnswer,
	get_alert_accuracy: alertAccuracyAnswer,
	list_stalled_opportunities: stalledAnswer,
	get_customer_profile: profileAnswer,
	list_interactions: interactionsAnswer,
	search_interactions: searchAnswer,
	draft_follow_up: draftAnswer,
	get_rep_queue: queueAnswer,
	list_follow_ups: followUpsAnswer,
	find_customers: candidatesAnswer,
	get_sales_by_period: salesAnswer,
	rank_portfolio: rankAnswer,
	get_customer_products: productsAnswer,
	get_customer_contacts: contactsAnswer,
	schedule_follow_up: (s) => writeAnswer(s, 'schedule_follow_up'),
	complete_follow_up: (s) => writeAnswer(s, 'complete_follow_up'),
	log_interaction: (s) => writeAnswer(s, 'log_interaction'),
	reschedule_follow_up: (s) => writeAnswer(s, 'reschedule_follow_up'),
	cancel_follow_up: (s) => writeAnswer(s, 'cancel_follow_up')
};

/** The answer to a tool's result; `focus`: what a profile question asked (answers/customer.ts). */
export function answerFrom(toolName: string, output: ToolOutput, focus?: string): string {
	if (!output.ok) {
		if (output.denied) return 'Tudo bem, não gravei nada.';
		// An AI SDK error (the call failed the tool's schema before reaching it) is English and
		// internal: the person gets what to do instead.
		if (/\bAI_[A-Za-z]+Error\b/.test(output.message))
			return 'Não consegui: essa pergunta virou uma chamada que a ferramenta não aceita. Tente dizer de outro jeito.';
		return `Não consegui: ${output.message}`;
	}
	if (!Object.hasOwn(ANSWERS, toolName)) return output.summary;
	const answer = ANSWERS[toolName as ToolName] as (s: Structured, focus?: string) => string;
	return answer(output.structured, focus);
}

/** Ask which customer, listing the candidates' names from find_customers. */
export function whichCustomer(query: string, candidates: { name: string; city?: string | null }[]) {
	const names = candidates
		.slice(0, 5)
		.map((c) => `- ${c.name}${c.city ? ` (${c.city})` : ''}`)
		.join('\n');
	return `Encontrei mais de um cliente para "${query}". Qual deles?\n${names}`;
}

/**
 * No candidate, or only distant look-alikes: "não encontrei", with the closest real names when
 * there are some. A rep hears "na sua carteira", without her query echoed back (a colleague's
 * customer answers exactly like a missing one).
 */
export function customerNotFound(query: string, rep: boolean, closest: string[] = []): string {
	const near = closest.length
		? ` Os mais parecidos que encontrei: ${closest.slice(0, 3).join(', ')}.`
		: ' Confira a grafia, ou tente o CNPJ ou o código do ERP.';
	return rep
		? `Não encontrei esse cliente na sua carteira.${near}`
		: `Não encontrei nenhum cliente chamado "${query}".${near}`;
}
