/**
 * The offline model's "prepare a message" intent (issue #7): "prepara um WhatsApp pro Mercado
 * Bom Preço", "escreve um e-mail pro cliente X", "roteiro de ligação para o Y" and their
 * paraphrases (no accents, slang: zap, wpp, script) find the customer, then call
 * draft_follow_up with the channel named (none: the suggested one) and a purpose when the
 * request names one. The answer is the tool's summary and the draft as the tool wrote it.
 *
 * A request that talks about scheduling (follow-up, retorno, lembrete, agenda) is left to
 * schedule_follow_up: "cria um follow-up por WhatsApp" is a date, not a message.
 */
import { extractChannel, extractCustomerName } from './extract.ts';
import type { Args, Intent, Request } from './intents.ts';
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

function draftPurpose(text: string): string | undefined {
	if (/\bpos ?venda\b/.test(text)) return 'post_sale';
	if (/\b(reativa\w*|reativacao|voltar a comprar|parou de comprar|sumiu)\b/.test(text))
		return 'reactivation';
	if (/\b(reclamacao|reclamou|atendimento|problema)\b/.test(text)) return 'service';
	if (/\b(proposta|negociacao|orcamento)\b/.test(text)) return 'commercial';
	return undefined;
}

/**
 * The recipient: what follows the last "pro / pra / para (o|a) / ao / à" — "uma msg pra
 * reativar o Açougue Central" names "Açougue Central" —, else the usual extraction.
 */
function recipient(original: string): string | undefined {
	const light = lightNormalize(original);
	const markers = [...light.matchAll(/\b(?:pro|pra|para|ao|a|o|p\/)(?: (?:o|a|os|as))? (?=\S)/g)];
	const last = markers.at(-1);
	if (last) {
		const start = last.index + last[0].length;
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
		new RegExp(`${NOT_SCHEDULING}.*\\brascunho (de|da|pra|para)\\b`)
	],
	customerName: (req: Request) => recipient(req.original),
	args(req: Request): Args {
		return Object.fromEntries(
			Object.entries({ channel: draftChannel(req.text), purpose: draftPurpose(req.text) }).filter(
				([, v]) => v !== undefined
			)
		);
	}
};

/** The answer to a draft_follow_up result: its summary, then the draft to copy. */
export function draftAnswer(summary: string, structured: Record<string, unknown>): string {
	const draft = structured.draft as { subject: string | null; body: string } | undefined;
	if (!draft) return summary;
	const subject = draft.subject ? `Assunto: ${draft.subject}\n` : '';
	return `${summary}\n\n${subject}${draft.body}`;
}
