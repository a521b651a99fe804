/**
 * Intents that move or cancel a pending follow-up (issue #15): "remarca o follow-up do
 * Mercado Bom Preço pra sexta", "cancela o follow-up do Mercado Bom Preço". Like every write,
 * the verb must open the request (types.ts `OPENING`) and run-chat asks the person to approve.
 * The customer is found first; the tool picks that customer's only pending follow-up (or a
 * follow-up named by number, "remarca o follow-up 12 pra segunda").
 */
import { extractCustomerName, extractDate, extractNote, extractPurpose } from '../extract.ts';
import { defined, OPENING, type Intent, type Request } from './types.ts';

const re = (source: string) => new RegExp(`${OPENING}${source}`);
const numbered = (req: Request) => {
	const m = req.text.match(/\bfollow up (\d+)\b/);
	return m ? Number(m[1]) : undefined;
};

/** "… o follow-up do Mercado Bom Preço pra sexta" → "Mercado Bom Preço"; none for "follow-up 12". */
function customerName(req: Request): string | undefined {
	if (numbered(req)) return undefined;
	const after = req.original.replace(
		/^.*?\b(follow[- ]?up|retorno|liga[çc][ãa]o( agendada)?|contato|lembrete)\s+/i,
		''
	);
	return extractCustomerName(after) ?? extractCustomerName(req.original);
}

export const rescheduleIntent: Intent = {
	id: 'reschedule_follow_up',
	tool: 'reschedule_follow_up',
	customer: 'optional',
	customerName,
	patterns: [
		re(
			String.raw`(remarca|remarcar|remarque|reagenda|reagendar|reagende|adia|adiar|adie|transfere|transferir|muda|mudar|mude|passa|passar|empurra)\b.*\b(follow up|retorno|ligacao|contato|lembrete)\b`
		)
	],
	args: (req) =>
		defined({
			followUpId: numbered(req),
			dueDate: extractDate(req.original, req.today),
			purpose: extractPurpose(req.text)
		})
};

export const cancelIntent: Intent = {
	id: 'cancel_follow_up',
	tool: 'cancel_follow_up',
	customer: 'optional',
	customerName,
	patterns: [
		re(
			String.raw`(cancela|cancelar|cancele|desmarca|desmarcar|desmarque|tira|tirar|remove|remover|apaga|apagar)\b.*\b(follow up|retorno|ligacao agendada|lembrete)\b`
		)
	],
	args: (req) =>
		defined({
			followUpId: numbered(req),
			purpose: extractPurpose(req.text),
			reason: extractNote(req.original)
		})
};
