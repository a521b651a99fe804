/**
 * The periods a forecast answers for (SPEC "Forecast": the next 30 / 90 days, "dezembro",
 * "o trimestre"), resolved against the business date T₀ into inclusive calendar dates.
 * A named month without a year is the next one not yet over (the running month included);
 * a quarter without a number is the running quarter.
 */
import { z } from 'zod';
import { addDays, endOfMonth, isoDateFromParts, toDateParts } from '../calendar/iso-date.ts';
import { MONTH_WORDS } from '../calendar/pt-br-words.ts';

export const PERIOD_KINDS = ['next_30_days', 'next_90_days', 'month', 'quarter'] as const;

export const ForecastPeriod = z.object({
	period: z
		.enum(PERIOD_KINDS)
		.default('next_30_days')
		.describe(
			'next_30_days (próximos 30 dias, padrão), next_90_days (próximos 90 dias), month (um mês, ex.: "dezembro") ou quarter (um trimestre)'
		),
	month: z
		.number()
		.int()
		.min(1)
		.max(12)
		.optional()
		.describe('Com period=month: o mês, 1–12 (12 = dezembro)'),
	quarter: z
		.number()
		.int()
		.min(1)
		.max(4)
		.optional()
		.describe('Com period=quarter: o trimestre, 1–4 (padrão: o trimestre corrente)'),
	year: z
		.number()
		.int()
		.min(2000)
		.max(2100)
		.optional()
		.describe('Ano do mês ou trimestre (padrão: o próximo ainda não encerrado)')
});
export type ForecastPeriod = z.infer<typeof ForecastPeriod>;

export interface ResolvedPeriod {
	label: string;
	/** Inclusive. */
	start: string;
	end: string;
}

export function resolvePeriod(
	asOf: string,
	input: ForecastPeriod
): ResolvedPeriod | { error: string } {
	const today = toDateParts(asOf);
	if (input.period === 'next_30_days' || input.period === 'next_90_days') {
		const days = input.period === 'next_30_days' ? 30 : 90;
		return { label: `próximos ${days} dias`, start: addDays(asOf, 1), end: addDays(asOf, days) };
	}
	if (input.period === 'month') {
		const month = input.month ?? today.month;
		let year = input.year ?? today.year;
		if (input.year === undefined && month < today.month) year++;
		const start = isoDateFromParts(year, month, 1)!;
		const end = endOfMonth(start);
		return checked(asOf, { label: `${MONTH_WORDS[month - 1]} de ${year}`, start, end });
	}
	const quarter = input.quarter ?? Math.ceil(today.month / 3);
	let year = input.year ?? today.year;
	if (
		input.year === undefined &&
		input.quarter !== undefined &&
		quarter < Math.ceil(today.month / 3)
	)
		year++;
	const start = isoDateFromParts(year, quarter * 3 - 2, 1)!;
	const end = endOfMonth(isoDateFromParts(year, quarter * 3, 1)!);
	return checked(asOf, { label: `${quarter}º trimestre de ${year}`, start, end });
}

function checked(asOf: string, period: ResolvedPeriod): ResolvedPeriod | { error: string } {
	if (period.end <= asOf)
		return {
			error: `O período ${period.label} já terminou; a previsão é só para períodos futuros ou em curso.`
		};
	if (period.end > addDays(asOf, 365))
		return { error: `A previsão vai até 12 meses à frente; ${period.label} está além disso.` };
	return period;
}
