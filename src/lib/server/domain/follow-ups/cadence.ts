/**
 * SPEC "Follow-up cadence": next contacts 2 to 5 business days apart (default 3), at most 5
 * attempts in one sequence, never on weekends or national holidays, never before today.
 * `checkFollowUpDate` says whether a requested date is valid and, when not, why and the nearest
 * valid date; `suggestFollowUpDate` gives the date to use when none was asked for.
 */
import { formatDate } from '#lib/format.ts';
import {
	addBusinessDays,
	businessDaysBetween,
	isBusinessDay,
	nextBusinessDay,
	nonBusinessReason
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
	{ ok: true; date: string } | { ok: false; reason: string; nearestValid: string | null };

function earliest(input: CadenceInput): string {
	const today = nextBusinessDay(input.today);
	if (!input.lastContact) return today;
	const afterContact = addBusinessDays(input.lastContact, input.config.cadence.minBusinessDays);
	return afterContact > today ? afterContact : today;
}

export function suggestFollowUpDate(input: CadenceInput): string {
	const today = nextBusinessDay(input.today);
	const base = input.lastContact ?? input.today;
	const preferred = addBusinessDays(base, input.config.cadence.defaultBusinessDays);
	const candidate = preferred > earliest(input) ? preferred : earliest(input);
	return candidate > today ? candidate : today;
}

export function checkFollowUpDate(date: string, input: CadenceInput): CadenceCheck {
	const { cadence } = input.config;
	if (input.previousAttempts >= cadence.maxAttempts)
		return {
			ok: false,
			reason: `A sequência já teve ${cadence.maxAttempts} tentativas, o máximo: encerre-a como sem resposta ou comece outra mais adiante.`,
			nearestValid: null
		};
	const minimum = earliest(input);
	if (date < input.today)
		return { ok: false, reason: `${formatDate(date)} já passou.`, nearestValid: minimum };
	const off = nonBusinessReason(date);
	if (off) {
		const why =
			off.kind === 'weekend' ? `é ${off.weekday}` : `é feriado nacional (${off.holiday.name})`;
		const next = nextBusinessDay(date);
		return {
			ok: false,
			reason: `${formatDate(date)} ${why}.`,
			nearestValid: next >= minimum ? next : minimum
		};
	}
	if (date < minimum)
		return {
			ok: false,
			reason: `O último contato foi em ${formatDate(input.lastContact!)}: o próximo deve ser pelo menos ${cadence.minBusinessDays} dias úteis depois.`,
			nearestValid: minimum
		};
	if (input.lastContact && input.previousAttempts > 0) {
		const gap = businessDaysBetween(input.lastContact, date);
		if (gap > cadence.maxBusinessDays) {
			const latest = addBusinessDays(input.lastContact, cadence.maxBusinessDays);
			return {
				ok: false,
				reason: `Numa sequência, as tentativas ficam no máximo ${cadence.maxBusinessDays} dias úteis uma da outra (a anterior foi em ${formatDate(input.lastContact)}).`,
				nearestValid: latest >= minimum ? latest : minimum
			};
		}
	}
	return isBusinessDay(date)
		? { ok: true, date }
		: { ok: false, reason: 'Data inválida.', nearestValid: minimum };
}
