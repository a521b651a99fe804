/**
 * Periods the questions name: "este mês", "mês passado", a month ('2026-03'), or a range.
 * A period still running ends at the real `asOf` (SPEC "Who stopped buying in a period").
 */
import { z } from 'zod';
import { addDays, addMonths, endOfMonth, startOfMonth } from '../calendar/iso-date.ts';
import { formatDate } from '#lib/format.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use a data no formato AAAA-MM-DD');

export const PeriodInput = z.union([
	z.literal('this_month').describe('O mês corrente, até hoje'),
	z.literal('last_month').describe('O mês anterior inteiro'),
	z
		.string()
		.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use o mês no formato AAAA-MM')
		.describe('Um mês, AAAA-MM'),
	z
		.object({ from: isoDate.describe('Primeiro dia'), to: isoDate.describe('Último dia') })
		.refine((r) => r.from <= r.to, 'o início do período deve vir antes do fim')
]);
export type PeriodInput = z.infer<typeof PeriodInput>;

export interface Period {
	from: string;
	/** Last day of the period, or `asOf` when the period is still running. */
	to: string;
	/** True when the period ends after `asOf` (cut at `asOf`). */
	running: boolean;
	label: string;
}

const MONTHS = [
	'janeiro',
	'fevereiro',
	'março',
	'abril',
	'maio',
	'junho',
	'julho',
	'agosto',
	'setembro',
	'outubro',
	'novembro',
	'dezembro'
];

function monthLabel(firstDay: string): string {
	const [y, m] = firstDay.split('-').map(Number);
	return `${MONTHS[m - 1]} de ${y}`;
}

export function resolvePeriod(input: PeriodInput, asOf: string): Period {
	let from: string;
	let to: string;
	let label: string;
	if (input === 'this_month') {
		from = startOfMonth(asOf);
		to = endOfMonth(asOf);
		label = `este mês (${monthLabel(from)})`;
	} else if (input === 'last_month') {
		from = startOfMonth(addMonths(startOfMonth(asOf), -1));
		to = endOfMonth(from);
		label = `o mês passado (${monthLabel(from)})`;
	} else if (typeof input === 'string') {
		from = `${input}-01`;
		to = endOfMonth(from);
		label = monthLabel(from);
	} else {
		from = input.from;
		to = input.to;
		label = `de ${formatDate(from)} a ${formatDate(to)}`;
	}
	if (from > asOf)
		throw new RangeError(
			`O período ${label} começa depois de ${formatDate(asOf)}: ainda não há dados para ele.`
		);
	const running = to > asOf;
	return { from, to: running ? asOf : to, running, label };
}

/** The day before the period: the `asOf` of its starting state. */
export function periodStartAsOf(period: Period): string {
	return addDays(period.from, -1);
}
