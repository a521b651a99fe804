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
import { extractChannel } from './extract.ts';
import type { Intent, Request } from './intents/types.ts';
import { lightNormalize } from './normalize.ts';

const VERB =
	'(?:falaram|falou|disseram|disse|dizendo|reclamaram|reclamou|reclamando|comentaram|comentou|comentando|mencionaram|mencionou|mencionando|acharam|achou|falando|queixaram|queixou|pediu|pediram|pedindo|solicitou|solicitaram|perguntou|perguntaram)';

/** Who asks: "quem", "alguém", "algum cliente", "quais clientes", "clientes que". */
const WHO = String.raw`(?:quem|alguem|algum cliente|quais clientes|que clientes|clientes que|os clientes|tem alguem|tem cliente)`;

/** After the verb: the preposition and article that introduce the subject. */
const LEAD =
	/^\s*(?:(?:sobre|a respeito d[eoa]s?|acerca d[eoa]s?|de|do|da|dos|das|com|no|na|nos|nas)\s+)?(?:(?:o|a|os|as)\s+)?/;

const PATTERNS = [
	new RegExp(`\\bo (?:que|q)\\b.*\\b${VERB}\\b.*\\b(?:sobre|de|do|da|dos|das|a respeito)\\b`),
	new RegExp(`\\b${WHO} (?:ja |mais |\\w+ )?(?:se )?${VERB}\\b`),
	/\b(?:reclamacoes|reclamacao|queixas?|problemas?) (?:de|sobre|do|da|dos|das|com)\b/,
	new RegExp(
		`^(?:o|a) (?!(?:que|q|gente|pessoal|time|equipe|clientes?)\\b).+ (?:ja |alguma vez )?${VERB}\\b`
	)
];

/** What the subject does not need: when and through which channel (they are filters). */
const TRAILING =
	/\s+(?:que )?(?:(?:chegaram|chegou|vieram|veio) )?(?:por|pelo|pela|via|no|na) (?:whatsapp|zap|e-?mail|telefone|ligacao|visita)$|\s+(?:esse|este|nesse|neste|no|do) mes$|\s+(?:essa|esta|nessa|nesta) semana$|\s+(?:hoje|ontem)$/i;

function trimTrailing(text: string): string {
	const m = TRAILING.exec(lightNormalize(text));
	return m ? text.slice(0, m.index) : text;
}

/** A subject that says nothing ("alguma coisa"): the verb alone is the search. */
const VAGUE = /^(?:alguma coisa|algo|qualquer coisa|nada)$/i;

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
	if (!verb) return trimTrailing(cut(original, 0));
	const after = verb.index + verb[0].length;
	const lead = LEAD.exec(light.slice(after))!;
	const subject = trimTrailing(cut(original, after + lead[0].length));
	const complaint = /^reclam|^queix/.test(verb[0]);
	if (VAGUE.test(lightNormalize(subject))) return complaint ? 'reclamação' : cut(original, 0);
	if (subject.length < 2) return cut(original, 0);
	return complaint ? `reclamação de ${subject}` : subject;
}

/** "o que o Mercado X disse sobre…" → "Mercado X"; undefined when no customer is named. */
export function searchCustomer(original: string): string | undefined {
	const light = lightNormalize(original);
	const m = new RegExp(
		`(?:\\bo (?:que|q) |^)(?:o|a) (?!(?:que|q|gente|pessoal|time|equipe|clientes?)\\b)(?:cliente )?(.+?) (?:ja |alguma vez )?${VERB}\\b`
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
	args: (req: Request) => {
		const channel =
			/\b(?:por|pelo|pela|via|no|na) (?:whatsapp|zap|e ?mail|telefone|ligacao|visita)\b/.test(
				req.text
			)
				? extractChannel(req.text)
				: undefined;
		return { query: searchSubject(req.original).slice(0, 200), ...(channel && { channel }) };
	}
};
