/**
 * The table of pt-BR date phrases: what each looks like, what date it means.
 *
 * Rule (SPEC.md, "Follow-up cadence" and "Language"; brief for the date
 * phrases): reps schedule and ask in pt-BR ("agenda pra quinta", "dia 5",
 * "daqui a 3 dias úteis", "mês passado"). Patterns run on normalised text
 * (normalize-phrase.ts: lower case, no accents, typos fixed); the calendar
 * reasoning lives in date-phrase-helpers.ts. Order matters only to break a
 * tie between two rules matching the same text.
 */

import {
	addDays,
	isoDateFromParts,
	type IsoDate,
	type Weekday
} from '#lib/server/domain/calendar/iso-date.ts';
import { addBusinessDays } from '#lib/server/domain/calendar/business-days.ts';
import {
	inRange,
	onDate,
	type DatePhraseResult
} from '#lib/server/domain/calendar/date-phrase-result.ts';
import {
	dayMonthDate,
	endOfMonthBusinessDay,
	fullYear,
	nextDayOfMonth,
	nextWeekdayAfter,
	relativeMonth,
	weekdayOfNextWeek,
	wholeMonth,
	workWeek,
	yearOfMonthName
} from '#lib/server/domain/calendar/date-phrase-helpers.ts';
import {
	COUNT_PATTERN,
	MONTH_PATTERN,
	ORDINAL_NOUNS,
	WEEKDAY_PATTERN,
	countFromText,
	monthFromText,
	weekdayFromText
} from '#lib/server/domain/calendar/pt-br-words.ts';

type Groups = Readonly<Record<string, string | undefined>>;

export type PhraseRule = {
	/** A phrase the rule recognises, for readers and tests. */
	example: string;
	/** Regex source over normalised text; word boundaries are added around it. */
	pattern: string;
	resolve: (groups: Groups, today: IsoDate) => DatePhraseResult | null;
};

const NEXT = '(?:proxim[ao]|prox)';
const COMES = '(?:que|q) vem';
const NEXT_WEEK = `(?:semana ${COMES}|${NEXT} semana)`;
const WEEKDAY = `(?<weekday>${WEEKDAY_PATTERN})`;
const NOT_ORDINAL = `(?! (?:${ORDINAL_NOUNS.join('|')})(?![a-z]))`;
const MONTH = `(?<month>${MONTH_PATTERN})`;
const YEAR = '(?:(?: de |/| )(?<year>\\d{4}))';
const COUNT = `(?<count>${COUNT_PATTERN})`;
const FROM_NOW = '(?:daqui a|daqui|em|dentro de)';

const shift = (days: number) => (_: Groups, today: IsoDate) => onDate(addDays(today, days));
const count = (groups: Groups) => countFromText(groups.count ?? '') ?? 0;
const weekdayIn = (pick: (today: IsoDate, weekday: Weekday) => IsoDate) => {
	return (groups: Groups, today: IsoDate) => {
		const weekday = weekdayFromText(groups.weekday ?? '');
		return weekday === null ? null : onDate(pick(today, weekday));
	};
};
const number = (text: string | undefined) => Number(text ?? Number.NaN);

const dayMonth = (groups: Groups, today: IsoDate, month: number | null) => {
	const date = dayMonthDate(today, number(groups.day), month, groups.year);
	return date === null ? null : onDate(date);
};

export const PHRASE_RULES: readonly PhraseRule[] = [
	{ example: 'hoje', pattern: 'hoje', resolve: shift(0) },
	{ example: 'amanhã', pattern: 'amanha', resolve: shift(1) },
	{ example: 'depois de amanhã', pattern: '(?:depois|dps) de amanha', resolve: shift(2) },
	{ example: 'ontem', pattern: 'ontem', resolve: shift(-1) },
	{ example: 'anteontem', pattern: 'anteontem', resolve: shift(-2) },
	{
		example: 'quinta da semana que vem',
		pattern: `${WEEKDAY} (?:da|na|de) ${NEXT_WEEK}`,
		resolve: weekdayIn(weekdayOfNextWeek)
	},
	{
		example: 'semana que vem na quinta',
		pattern: `${NEXT_WEEK} (?:na|no|de) ${WEEKDAY}`,
		resolve: weekdayIn(weekdayOfNextWeek)
	},
	{
		example: 'quinta, quinta-feira, próxima quinta, quinta que vem',
		pattern: `(?:(?:${NEXT}|n?esta|n?essa) )?${WEEKDAY}(?: ${COMES})?${NOT_ORDINAL}`,
		resolve: weekdayIn(nextWeekdayAfter)
	},
	{
		example: 'semana que vem',
		pattern: NEXT_WEEK,
		resolve: (_, today) => workWeek(today, 1, 'semana que vem')
	},
	{
		example: 'esta semana',
		pattern: '(?:n?esta|n?essa) semana|semana atual',
		resolve: (_, today) => workWeek(today, 0, 'esta semana')
	},
	{
		example: 'semana passada',
		pattern: 'semana (?:passada|anterior)',
		resolve: (_, today) => workWeek(today, -1, 'semana passada')
	},
	{
		example: 'fim do mês, final do mês que vem',
		pattern: `(?:fim|final) (?:do|deste|desse|de) (?:(?<next>${NEXT}) )?mes(?: (?<comes>${COMES}|seguinte))?`,
		resolve: (groups, today) => {
			const ahead = groups.next !== undefined || groups.comes !== undefined ? 1 : 0;
			return onDate(endOfMonthBusinessDay(today, ahead));
		}
	},
	{
		example: 'este mês, esse mes',
		pattern: '(?:n?este|n?esse) mes|mes atual',
		resolve: (_, today) => relativeMonth(today, 0, 'este mês')
	},
	{
		example: 'mês passado',
		pattern: 'mes (?:passado|anterior)',
		resolve: (_, today) => relativeMonth(today, -1, 'mês passado')
	},
	{
		example: 'mês que vem, próximo mês',
		pattern: `mes ${COMES}|${NEXT} mes|mes seguinte`,
		resolve: (_, today) => relativeMonth(today, 1, 'mês que vem')
	},
	{
		example: '5 de dezembro, dia 1º de maio de 2027',
		pattern: `(?:dia )?(?<day>\\d{1,2})o? de ${MONTH}${YEAR}?`,
		resolve: (groups, today) => dayMonth(groups, today, monthFromText(groups.month ?? ''))
	},
	{
		example: 'março, em março de 2026, março que vem',
		pattern: `(?:(?<next>${NEXT}) )?(?:mes de )?${MONTH}(?:${YEAR}| (?<comes>${COMES}))?`,
		resolve: (groups, today) => {
			const month = monthFromText(groups.month ?? '');
			if (month === null) return null;
			const future = groups.next !== undefined || groups.comes !== undefined;
			const year = groups.year ? fullYear(groups.year) : yearOfMonthName(today, month, future);
			return wholeMonth(year, month);
		}
	},
	{
		example: '2026-12-05',
		pattern: '(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})',
		resolve: (groups) => {
			const date = isoDateFromParts(number(groups.year), number(groups.month), number(groups.day));
			return date === null ? null : onDate(date);
		}
	},
	{
		example: '5/12, dia 05/12/2026, 05/12/26',
		pattern: '(?:dia )?(?<day>\\d{1,2})/(?<month>\\d{1,2})(?:/(?<year>\\d{4}|\\d{2}))?(?![\\d/])',
		resolve: (groups, today) => dayMonth(groups, today, number(groups.month))
	},
	{
		example: 'dia 5',
		pattern: 'dia (?<day>\\d{1,2})(?![\\d/])',
		resolve: (groups, today) => {
			const date = nextDayOfMonth(today, number(groups.day));
			return date === null ? null : onDate(date);
		}
	},
	{
		example: 'daqui a 3 dias úteis, em 3 dias uteis',
		pattern: `${FROM_NOW} ${COUNT} (?:dias uteis|dia util)`,
		resolve: (groups, today) => onDate(addBusinessDays(today, count(groups)))
	},
	{
		example: 'daqui a 3 dias, em três dias',
		pattern: `${FROM_NOW} ${COUNT} dias?`,
		resolve: (groups, today) => onDate(addDays(today, count(groups)))
	},
	{
		example: 'daqui a duas semanas',
		pattern: `${FROM_NOW} ${COUNT} semanas?`,
		resolve: (groups, today) => onDate(addDays(today, 7 * count(groups)))
	},
	{
		example: 'há 3 dias, faz 3 dias',
		pattern: `(?:ha|faz) ${COUNT} dias?`,
		resolve: (groups, today) => onDate(addDays(today, -count(groups)))
	},
	{
		example: '3 dias atrás',
		pattern: `${COUNT} dias? atras`,
		resolve: (groups, today) => onDate(addDays(today, -count(groups)))
	},
	{
		example: 'últimos 30 dias',
		pattern: `ultim[oa]s ${COUNT} dias`,
		resolve: (groups, today) => {
			const days = count(groups);
			if (days < 1) return null;
			return inRange(addDays(today, 1 - days), today, `últimos ${days} dias`);
		}
	}
];
