/** The tool fixture's constants: the date, the people, whose customers are whose. */
import { addDays } from '#lib/server/domain/calendar/index.ts';
import type { TinyOrder } from '../support/tiny-portfolio.ts';

export const AS_OF = '2026-11-23';
export const ANA = 10;
export const BRUNO = 11;
export const CARLA = 12;

export const ANA_CUSTOMERS = [1, 2, 3, 4, 5, 9];
export const BRUNO_CUSTOMERS = [6, 7, 8];
/** Words that appear only in Bruno's data: none may reach Ana. */
export const BRUNO_WORDS = [
	'São Jorge',
	'Atacado Norte',
	'Filial Centro',
	'Bruno',
	'Sérgio',
	'Tânia'
];

/** `n` orders `every` days apart, the last on `last`, oldest first. */
export function ordersEndingAt(
	last: string,
	every: number,
	n: number,
	cents = 1000_00
): TinyOrder[] {
	return Array.from({ length: n }, (_, i) => [addDays(last, -every * (n - 1 - i)), cents]);
}

export interface Fixture {
	followUps: { f0: number; f1: number; f2: number; f3: number; f4: number; f5: number; f6: number };
	opportunities: { o1: number; o2: number; o3: number; o4: number; o5: number; o6: number };
	interactions: { ana: number[]; bruno: number[]; future: number };
	contacts: {
		paula: number;
		marcos: number;
		jorge: number;
		rita: number;
		sergio: number;
		tania: number;
	};
}
