/**
 * What a resolved pt-BR date phrase is: one day, or a labelled range.
 *
 * Rule (SPEC.md, "Follow-up cadence"): a follow-up is scheduled on one date;
 * questions about a period ("este mês", "semana que vem") use a range. A
 * caller scheduling from a range takes its first business day.
 */

import type { IsoDate } from '#lib/server/domain/calendar/iso-date.ts';

export type DateRange = { from: IsoDate; to: IsoDate; label: string };

export type DatePhraseResult = { date: IsoDate } | { range: DateRange };

export function onDate(date: IsoDate): DatePhraseResult {
	return { date };
}

export function inRange(from: IsoDate, to: IsoDate, label: string): DatePhraseResult {
	return { range: { from, to, label } };
}
