/**
 * The offline model's "what did customers say about X" intent: calls search_interactions
 * with the subject of the question, after find_customers when a customer is named ("o que o
 * Mercado X disse sobre o prazo?"). Recognised on normalised text; the subject and the name
 * are cut from the original message (accents kept) through `lightNormalize`, whose
 * positions match the original's.
 *
 * Decision: "quem reclamou de X" searches "reclamação de X" — the complaint is part of what
 * was asked, and full-text stems "reclamou" and "reclamação" alike.
 */
import type { Intent, Request } from './intents.ts';
import { lightNormalize } from './normalize.ts';

const VERB =
	'(?:falaram|falou|disseram|disse|dizendo|reclamaram|reclamou|reclamando|comentaram|comentou|mencionaram|mencionou|acharam|achou|falando|queixaram|queixou)';

/** After the verb: the preposition and article that introduce the subject. */
const LEAD =
	/^\s*(?:(?:sobre|a respeito d[eoa]s?|acerca d[eoa]s?|de|do|da|dos|das|com|no|na|nos|nas)\s+)?(?:(?:o|a|os|as)\s+)?/;

const PATTERNS = [
	new RegExp(`\\bo (?:que|q)\\b.*\\b${VERB}\\b.*\\b(?:sobre|de|do|da|dos|das|a respeito)\\b`),
	new RegExp(
		`\\bquem (?:ja |mais )?(?:reclamou|reclamaram|falou|comentou|mencionou|se queixou)\\b`
	),
	/\b(?:reclamacoes|reclamacao|queixas?) (?:de|sobre|do|da|dos|das)\b/
];

function cut(original: string, start: number): string {
	return original
		.slice(start)
		.replace(/[?!.]+\s*$/, '')
		.trim();
}

/** The subject of the question, as typed ("atraso na entrega", "preço"), or the whole text. */
export function searchSubject(original: string): string {
	const light = lightNormalize(original);
	const verb = new RegExp(`\\b${VERB}\\b|\\b(?:reclamacoes|reclamacao|queixas?)\\b`).exec(light);
	if (!verb) return cut(original, 0);
	const after = verb.index + verb[0].length;
	const lead = LEAD.exec(light.slice(after))!;
	const subject = cut(original, after + lead[0].length);
	if (subject.length < 2) return cut(original, 0);
	return /^reclam|^queix/.test(verb[0]) ? `reclamação de ${subject}` : subject;
}

/** "o que o Mercado X disse sobre…" → "Mercado X"; undefined when no customer is named. */
export function searchCustomer(original: string): string | undefined {
	const light = lightNormalize(original);
	const m = new RegExp(
		`\\bo (?:que|q) (?:o|a) (?!(?:gente|pessoal|time|equipe|clientes?)\\b)(?:cliente )?(.+?) ${VERB}\\b`
	).exec(light);
	if (!m) return undefined;
	const start = m.index + m[0].indexOf(m[1]);
	const name = original.slice(start, start + m[1].length).trim();
	return name.length >= 3 ? name : undefined;
}

export const searchInteractionsIntent: Intent = {
	id: 'search_interactions',
	tool: 'search_interactions',
	customer: 'optional',
	patterns: PATTERNS,
	customerName: (req: Request) => searchCustomer(req.original),
	args: (req: Request) => ({ query: searchSubject(req.original).slice(0, 200) })
};
