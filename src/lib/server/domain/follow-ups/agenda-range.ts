/**
 * The Agenda's periods (issue #15, item 3): today, this week (Monday to Sunday), next week, this
 * month — each movable backwards and forwards by its own unit (`offset`). Pure date math on
 * São Paulo business dates; `asOf` comes in.
 */
import { addDays, dayOfWeek, daysInMonth } from '../calendar/iso-date.ts';

export const AGENDA_PERIODS = ['hoje', 'semana', 'proxima-semana', 'mes'] as const;
export type AgendaPeriod = (typeof AGENDA_PERIODS)[number];

export interface AgendaRange {
	period: AgendaPeriod;
	offset: number;
	from: string;
	to: string;
	/** "Hoje", "Esta semana", "Semana de 30/11 a 06/12", "Dezembro de 2026"… */
	label: string;
}

const MONTHS = [
	'Janeiro',
	'Fevereiro',
	'Março',
	'Abril',
	'Maio',
	'Junho',
	'Julho',
	'Agosto',
	'Setembro',
	'Outubro',
	'Novembro',
	'Dezembro'
];

const ddmm = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;

export function agendaRange(period: AgendaPeriod, offset: number, asOf: string): AgendaRange {
	if (period === 'hoje') {
		const day = addDays(asOf, offset);
		const label =
			offset === 0
				? 'Hoje'
				: offset === 1
					? 'Amanhã'
					: offset === -1
						? 'Ontem'
						: `Dia ${ddmm(day)}`;
		return { period, offset, from: day, to: day, label };
	}
	if (period === 'mes') {
		const y0 = Number(asOf.slice(0, 4));
		const m0 = Number(asOf.slice(5, 7)) - 1 + offset;
		const year = y0 + Math.floor(m0 / 12);
		const month = ((m0 % 12) + 12) % 12;
		const first = `${year}-${String(month + 1).padStart(2, '0')}-01`;
		const last = `${first.slice(0, 8)}${String(daysInMonth(year, month + 1)).padStart(2, '0')}`;
		const label = offset === 0 ? 'Este mês' : `${MONTHS[month]} de ${year}`;
		return { period, offset, from: first, to: last, label };
	}
	const weeks = offset + (period === 'proxima-semana' ? 1 : 0);
	const monday = addDays(asOf, -((dayOfWeek(asOf) + 6) % 7) + 7 * weeks);
	const sunday = addDays(monday, 6);
	const label =
		weeks === 0
			? 'Esta semana'
			: weeks === 1
				? 'Próxima semana'
				: `Semana de ${ddmm(monday)} a ${ddmm(sunday)}`;
	return { period, offset, from: monday, to: sunday, label };
}
