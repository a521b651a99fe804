/**
 * What happens to a follow-up sequence after an outcome (SPEC "Follow-up cadence" and
 * "Automatic follow-ups"; issue #15): "pedido feito" (order_placed) and "sem interesse" (lost)
 * close the sequence; every other outcome — enviado sem resposta, respondeu, pedido prometido,
 * remarcado — continues it while it has attempts left (at most `cadence.maxAttempts`), with
 * the next attempt suggested on the cadence's date counted from the contact just made.
 * The next attempt keeps the sequence's purpose: it is scheduled with `continueSequenceOf`.
 */
import { formatDate, formatInteger } from '#lib/format.ts';
import type { EngineConfig } from '../portfolio/engine-config.ts';
import { checkFollowUpDate, suggestFollowUpDate } from './cadence.ts';

export type FollowUpOutcome =
	'answered' | 'no_answer' | 'order_promised' | 'order_placed' | 'lost' | 'rescheduled';

export const CLOSING_OUTCOMES: readonly FollowUpOutcome[] = ['order_placed', 'lost'];

export interface NextAttempt {
	sequenceContinues: boolean;
	nextAttempt: number | null;
	maxAttempts: number;
	suggestedDate: string | null;
	why: string;
}

const LEAD: Record<FollowUpOutcome, string> = {
	no_answer: 'Enviado sem resposta',
	answered: 'O cliente respondeu',
	order_promised: 'Pedido prometido: confirme se ele saiu',
	rescheduled: 'Remarcado: se o cliente pediu uma data, use-a',
	order_placed: '',
	lost: ''
};

/** The sequence after `outcome` on the attempt `attempts` (attempts made so far, this one included). */
export function nextAttemptAfter(input: {
	followUpId: number;
	outcome: FollowUpOutcome;
	attempts: number;
	contactDate: string;
	asOf: string;
	config: EngineConfig;
}): NextAttempt {
	const max = input.config.cadence.maxAttempts;
	const closed = (why: string): NextAttempt => ({
		sequenceContinues: false,
		nextAttempt: null,
		maxAttempts: max,
		suggestedDate: null,
		why
	});
	if (input.outcome === 'order_placed') return closed('Pedido feito: a sequência termina aqui.');
	if (input.outcome === 'lost') return closed('Sem interesse: a sequência termina aqui.');
	if (input.attempts >= max)
		return closed(
			`Foi a tentativa ${formatInteger(input.attempts)} de ${formatInteger(max)}: a sequência fecha como sem resposta. Tente de novo mais adiante com outra abordagem.`
		);
	const cadence = {
		today: input.asOf,
		lastContact: input.contactDate,
		previousAttempts: input.attempts,
		config: input.config
	};
	const check = checkFollowUpDate(suggestFollowUpDate(cadence), cadence);
	const date = check.ok ? check.date : check.nearestValid;
	const attempt = input.attempts + 1;
	return {
		sequenceContinues: true,
		nextAttempt: attempt,
		maxAttempts: max,
		suggestedDate: date,
		why:
			`${LEAD[input.outcome]} (tentativa ${formatInteger(input.attempts)} de ${formatInteger(max)}): ` +
			`a próxima tentativa (${formatInteger(attempt)} de ${formatInteger(max)}) sugerida pela cadência é ` +
			`${date ? formatDate(date) : 'a próxima data útil'}. Agende com schedule_follow_up usando ` +
			`continueSequenceOf = ${input.followUpId}.`
	};
}

/**
 * A new date for a pending follow-up (reschedule_follow_up). Decision: a reschedule follows
 * what the customer asked ("me liga amanhã", "só mês que vem"), so only the calendar rules
 * apply — a business day (no weekend, no national holiday), not before today — and not the
 * 2-to-5-business-day spacing, which is about the rep's own cadence.
 */
export function checkRescheduleDate(date: string, asOf: string, config: EngineConfig) {
	return checkFollowUpDate(date, { today: asOf, lastContact: null, previousAttempts: 0, config });
}
