/**
 * SPEC "Follow-up cadence": next contacts 2 to 5 business days apart (default 3), at most 5
 * attempts in one sequence, never on weekends or national holidays, never before today.
 * `checkFollowUpDate` says whether a requested date is valid and, when not, why and the nearest
 * valid date; `suggestFollowUpDate` gives the date to use when none was asked for.
 *
 * Decisions (where SPEC is silent):
 * - The valid window is [from, to]: `from` = the first business day that is not before today
 *   and at least 2 business days after the last contact; `to` (only when continuing a
 *   sequence) = 5 business days after the last contact — or `from`, when that is already
 *   past: a late next attempt is allowed as soon as possible rather than never.
 * - "Nearest valid date" looks forward first (a person who named a day wants it no earlier):
 *   the first valid date on or after the one asked; only when none exists (past the 5-day
 *   gap) the last valid one before it.
 * - A weekend day that is also a national holiday is named as both.
 */
import { formatDate } from '#lib/format.ts';
import {
	addBusinessDays,
	isBusinessDay,
	nationalHolidayOn,
	nextBusinessDay,
	nonBusinessReason,
	previousBusinessDay
} from '../calendar/index.ts';
import type { EngineConfig } from '../portfolio/engine-config.ts';

export interface CadenceInput {
	today: string;
	/** Date of the last contact with the customer (interaction or completed attempt), if any. */
	lastContact: string | null;
	/** Attempts already made in the sequence this follow-up continues (0 for a new sequence). */
	previousAttempts: number;
	config: EngineConfig;
}

export type CadenceCheck =
	| { ok: true; date: string }
	| {
			ok: false;
			/** Why the date breaks the cadence, pt-BR. */
			reason: string;
			/** Nearest valid date (AAAA-MM-DD); null when the sequence is over. */
			nearestValid: string | null;
			/** reason + "A data válida mais próxima é dd/mm/aaaa." — what a person reads. */
			message: string;
	  };

export interface CadenceWindow {
	from: string;
	/** Last valid date; null when only the minimum gap applies (a new sequence). */
	to: string | null;
}

/** The dates a follow-up may fall on (business days between `from` and `to`). */
export function cadenceWindow(input: CadenceInput): CadenceWindow {
	const { cadence } = input.config;
	const today = nextBusinessDay(input.today);
	const afterContact = input.lastContact
		? addBusinessDays(input.lastContact, cadence.minBusinessDays)
		: today;
	const from = afterContact > today ? afterContact : today;
	if (!input.lastContact || input.previousAttempts === 0) return { from, to: null };
	const latest = addBusinessDays(input.lastContact, cadence.maxBusinessDays);
	return { from, to: latest > from ? latest : from };
}

export function suggestFollowUpDate(input: CadenceInput): string {
	const { from, to } = cadenceWindow(input);
	const base = input.lastContact ?? input.today;
	const preferred = addBusinessDays(base, input.config.cadence.defaultBusinessDays);
	const date = preferred > from ? preferred : from;
	return to && date > to ? to : date;
}

/** The valid date nearest to `date`: on or after it when possible, else the last before. */
export function nearestValidDate(date: string, input: CadenceInput): string {
	const { from, to } = cadenceWindow(input);
	if (date <= from) return from;
	if (to && date >= to) return to;
	const next = nextBusinessDay(date);
	if (!to || next <= to) return next;
	return previousBusinessDay(date);
}

function whyNotBusiness(date: string): string | null {
	const off = nonBusinessReason(date);
	if (!off) return null;
	if (off.kind === 'holiday') return `é feriado nacional (${off.holiday.name})`;
	const holiday = nationalHolidayOn(date);
	return holiday ? `é ${off.weekday} e feriado nacional (${holiday.name})` : `é ${off.weekday}`;
}

function refuse(reason: string, nearestValid: string | null): CadenceCheck {
	const message = nearestValid
		? `${reason} A data válida mais próxima é ${formatDate(nearestValid)}.`
		: reason;
	return { ok: false, reason, nearestValid, message };
}

export function checkFollowUpDate(date: string, input: CadenceInput): CadenceCheck {
	const { cadence } = input.config;
	if (input.previousAttempts >= cadence.maxAttempts)
		return refuse(
			`A sequência já teve ${cadence.maxAttempts} tentativas, o máximo: encerre-a como sem resposta ou comece outra mais adiante.`,
			null
		);
	const nearest = () => nearestValidDate(date, input);
	if (date < input.today) return refuse(`${formatDate(date)} já passou.`, nearest());
	const off = whyNotBusiness(date);
	if (off) return refuse(`${formatDate(date)} ${off}.`, nearest());
	const { from, to } = cadenceWindow(input);
	if (date < from)
		return refuse(
			input.lastContact
				? `O último contato foi em ${formatDate(input.lastContact)}: o próximo deve ser pelo menos ${cadence.minBusinessDays} dias úteis depois.`
				: `${formatDate(date)} é antes do próximo dia útil.`,
			from
		);
	if (to && date > to)
		return refuse(
			`Numa sequência, as tentativas ficam no máximo ${cadence.maxBusinessDays} dias úteis uma da outra (a anterior foi em ${formatDate(input.lastContact!)}).`,
			to
		);
	return isBusinessDay(date) ? { ok: true, date } : refuse('Data inválida.', from);
}
