/**
 * Brazilian business calendar and pt-BR date phrases — public API.
 *
 * Rule (SPEC.md, "Follow-up cadence"): follow-ups land on business days
 * (Monday–Friday, no national holiday, Carnaval, Sexta-feira Santa and
 * Corpus Christi included); dates are ISO strings in America/Sao_Paulo and
 * "today" is always a parameter.
 */

export {
	SAO_PAULO_TIME_ZONE,
	addDays,
	addMonths,
	dayOfWeek,
	daysBetween,
	daysInMonth,
	endOfMonth,
	isIsoDate,
	isLeapYear,
	isoDateFromParts,
	parseIsoDate,
	startOfMonth,
	toDateParts,
	todayInSaoPaulo
} from '#lib/server/domain/calendar/iso-date.ts';
export type { DateParts, IsoDate, Weekday } from '#lib/server/domain/calendar/iso-date.ts';
export { easterSunday } from '#lib/server/domain/calendar/easter.ts';
export {
	isNationalHoliday,
	nationalHolidayOn,
	nationalHolidays
} from '#lib/server/domain/calendar/holidays.ts';
export type { NationalHoliday } from '#lib/server/domain/calendar/holidays.ts';
export {
	addBusinessDays,
	businessDaysBetween,
	isBusinessDay,
	nextBusinessDay,
	nonBusinessReason,
	previousBusinessDay
} from '#lib/server/domain/calendar/business-days.ts';
export type { NonBusinessReason } from '#lib/server/domain/calendar/business-days.ts';
export { lastBusinessDayOfMonth } from '#lib/server/domain/calendar/date-phrase-helpers.ts';
export { resolveDatePhrase } from '#lib/server/domain/calendar/resolve-date-phrase.ts';
export type {
	DatePhraseResult,
	DateRange
} from '#lib/server/domain/calendar/resolve-date-phrase.ts';
