/**
 * Intents that write — schedule, complete, log — always stopped at the person's approval by
 * run-chat. Their verb must open the request (`OPENING`, see types.ts): instructions hidden
 * in a customer name never reach them.
 */
import {
	extractChannel,
	extractDate,
	extractNote,
	extractOutcome,
	extractPurpose
} from '../extract.ts';
import { defined, OPENING, type Intent } from './types.ts';

const re = (source: string) => new RegExp(`${OPENING}${source}`);

export const scheduleIntent: Intent = {
	id: 'schedule_follow_up',
	tool: 'schedule_follow_up',
	customer: 'required',
	patterns: [
		re(
			String.raw`(agenda|agendar|agende|marca|marcar|marque|cria|criar|crie|programa|programar|coloca|bota)\b.*\b(retorno|follow up|ligacao|ligar|visita|contato|lembrete|whatsapp|email|envio|reuniao)\b`
		),
		re(String.raw`me lembr[ae] de (ligar|falar|mandar|visitar|enviar|retornar)\b`),
		re(String.raw`(retorno|follow up) (pra|para|na|no|dia|amanha)\b.*\bcom\b`)
	],
	args: (req) =>
		defined({
			dueDate: extractDate(req.original, req.today),
			channel: extractChannel(req.text),
			purpose: extractPurpose(req.text),
			// "…na sequência do follow-up 12": the next attempt of that sequence (cadence spacing).
			continueSequenceOf: sequenceOf(req.text),
			// "…mesmo assim", "mais um", "outro retorno": the person asks for a second pending
			// follow-up on purpose (schedule_follow_up refuses a duplicate otherwise).
			allowDuplicate: /\b(mesmo assim|mais um|outro (retorno|follow up|contato|lembrete))\b/.test(
				req.text
			)
				? true
				: undefined
		})
};

function sequenceOf(text: string): number | undefined {
	const m = text.match(/\bsequencia d[oa] follow up (\d+)\b/);
	return m ? Number(m[1]) : undefined;
}

export const completeIntent: Intent = {
	id: 'complete_follow_up',
	tool: 'complete_follow_up',
	customer: 'none',
	patterns: [
		re(
			String.raw`(conclui|concluir|conclua|finaliza|finalizar|fecha|fechar|baixa|feito|feita)\b.*\bfollow up \d+`
		),
		re(String.raw`follow up \d+\b.*\b(feito|concluido|fechado|pronto)\b`)
	],
	args: (req) =>
		defined({
			followUpId: Number(req.text.match(/follow up (\d+)/)![1]),
			outcome: extractOutcome(req.text) ?? 'answered',
			summary: extractNote(req.original)
		})
};

export const logIntent: Intent = {
	id: 'log_interaction',
	tool: 'log_interaction',
	customer: 'required',
	patterns: [
		re(
			String.raw`(registra|registrar|registre|anota|anotar|anote|loga|logar|lanca|lancar)\b.*\b(ligacao|visita|contato|conversa|interacao|reuniao|whatsapp|email|liguei|visitei|falei)\b`
		),
		/^(?:(?:eu|hoje|ontem|ja|acabei de) )?(liguei|visitei|falei|conversei|telefonei|mandei)\b/
	],
	args: (req) =>
		defined({
			channel: extractChannel(req.text) ?? 'phone',
			summary: extractNote(req.original) ?? req.original.trim().slice(0, 500),
			outcome: extractOutcome(req.text)
		})
};

/** The tools these intents call: never repeated from memory (turn-plan.ts). */
export const WRITE_TOOLS: readonly string[] = [
	...[scheduleIntent, completeIntent, logIntent].map((i) => i.tool!),
	'reschedule_follow_up',
	'cancel_follow_up'
];
