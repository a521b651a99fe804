/**
 * The offline model's "prepare a message" intent (issue #7): "prepara um WhatsApp pro Mercado
 * Bom Preço", "escreve um e-mail pro cliente X", "roteiro de ligação para o Y" and their
 * paraphrases (no accents, slang: zap, wpp, script; "o que eu digo pro X?") find the customer,
 * then call draft_follow_up with the channel named (none: the suggested one) and a purpose
 * when the request names one. The draft itself is shown in its card (answers/customer.ts).
 *
 * A request that talks about scheduling (follow-up, retorno, lembrete, agenda) is left to
 * schedule_follow_up: "cria um follow-up por WhatsApp" is a date, not a message.
 */
import { extractChannel, extractCustomerName, extractPurpose } from './extract.ts';
import type { Args, Intent, Request } from './intents/types.ts';
import { lightNormalize } from './normalize.ts';

const NOT_SCHEDULING = String.raw`^(?!.*\b(follow up|retorno|lembrete|agenda|agendar|agende)\b)`;
const VERB = String.raw`\b(prepara|preparar|prepare|escreve|escrever|escreva|redige|redigir|redija|monta|montar|monte|faz|fazer|faca|gera|gerar|gere|manda|mandar|mande|envia|enviar|envie|cria|criar|crie|sugere|sugerir|sugira|rascunha|me da|me de|quero)\b`;
const OBJECT = String.raw`\b(mensagem|mensagens|msg|whatsapp|whats|zap|wpp|e ?mail|email|roteiro|script|texto|recado|rascunho)\b`;

function draftChannel(text: string): string | undefined {
	if (/\b(roteiro|script)\b/.test(text) && !/\b(whatsapp|whats|zap|wpp|e ?mail)\b/.test(text))
		return 'phone';
	const channel = extractChannel(text);
	return channel === 'whatsapp' || channel === 'email' || channel === 'phone' ? channel : undefined;
}

/**
 * The recipient: what follows the last "pro / pra / para (o|a) / ao / p/" — "uma msg pra
 * reativar o Açougue Central" names "Açougue Central": an infinitive and its article after the
 * marker are skipped —, else the usual extraction.
 */
function recipient(original: string): string | undefined {
	const light = lightNormalize(original);
	const markers = [...light.matchAll(/\b(?:pro|pra|para|ao|p\/)(?: (?:o|a|os|as))? (?=\S)/g)];
	const last = markers.at(-1);
	if (last) {
		let start = last.index + last[0].length;
		const verb = /^[a-z]+(?:ar|er|ir) (?:(?:o|a|os|as) )?/.exec(light.slice(start));
		if (verb) start += verb[0].length;
		const name = extractCustomerName(`pro ${original.slice(start)}`);
		if (name) return name;
	}
	return extractCustomerName(original);
}

export const draftIntent: Intent = {
	id: 'draft_follow_up',
	tool: 'draft_follow_up',
	customer: 'required',
	patterns: [
		new RegExp(`${NOT_SCHEDULING}.*${VERB}.*${OBJECT}`),
		new RegExp(
			`${NOT_SCHEDULING}.*\\b(roteiro|script) (de|da|pra|para) (ligacao|ligar|telefonema|telefone|venda)\\b`
		),
		new RegExp(`${NOT_SCHEDULING}.*\\brascunho (de|da|pra|para)\\b`),
		new RegExp(
			`${NOT_SCHEDULING}.*\\bo que (eu )?(digo|falo|escrevo|mando|respondo) (pro|pra|para|ao|a)\\b`
		)
	],
	customerName: (req: Request) => recipient(req.original),
	args(req: Request): Args {
		return Object.fromEntries(
			Object.entries({ channel: draftChannel(req.text), purpose: extractPurpose(req.text) }).filter(
				([, v]) => v !== undefined
			)
		);
	}
};
