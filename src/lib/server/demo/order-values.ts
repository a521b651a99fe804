/**
 * How much a customer buys per occasion and how often: a ticket per customer (lognormal around
 * its segment's typical order, R$ 800 to R$ 60.000), a rhythm of 7 to 90 days, a mild yearly
 * trend and the Brazilian season (December peak, slow January; agro buys before planting).
 * Money is integer cents from here on.
 */
import type { Segment } from '#lib/server/demo/catalogue.ts';
import { monthOfDay } from '#lib/server/demo/day-numbers.ts';
import type { Random } from '#lib/server/demo/random.ts';

/** Typical (median) occasion value per segment, in reais. */
const SEGMENT_TICKET_REAIS: Record<Segment, number> = {
	'Construção civil': 7_000,
	Agronegócio: 14_000,
	Alimentos: 6_000,
	Metalurgia: 11_000,
	Varejo: 3_500,
	Indústria: 5_000
};

export const SEGMENT_WEIGHTS: readonly (readonly [Segment, number])[] = [
	['Construção civil', 24],
	['Agronegócio', 18],
	['Alimentos', 16],
	['Metalurgia', 14],
	['Varejo', 20],
	['Indústria', 8]
];

export interface ValueModel {
	ticketCents: number;
	/** Spread of one occasion's value around the ticket (lognormal sigma). */
	sigma: number;
	/** Yearly growth of the ticket (e.g. 0.04 = +4% a year). */
	trendPerYear: number;
	segment: Segment;
}

/** The customer's median occasion value: segment ticket × company size, R$ 800 to R$ 60.000. */
export function drawTicketCents(rng: Random, segment: Segment): number {
	const reais = SEGMENT_TICKET_REAIS[segment] * rng.lognormal(0, 0.55);
	return Math.round(Math.min(60_000, Math.max(800, reais)) * 100);
}

/** Days between purchases, 7 (weekly) to `max` (at most quarterly). */
export function drawRhythm(rng: Random, max = 90, min = 7): number {
	const bucket = rng.weighted<readonly [number, number]>([
		[[7, 7], 5],
		[[8, 14], 15],
		[[15, 30], 35],
		[[31, 45], 20],
		[[46, 60], 15],
		[[61, 90], 10]
	]);
	const low = Math.max(min, bucket[0]);
	const high = Math.max(low, Math.min(max, bucket[1]));
	return Math.min(max, rng.int(low, high));
}

const MONTH_FACTOR = [0.9, 0.95, 1, 1, 1, 0.98, 1, 1.02, 1.03, 1.05, 1.1, 1.25];
const AGRO_MONTH_FACTOR = [0.9, 0.92, 0.97, 1, 0.98, 0.95, 1, 1.1, 1.15, 1.12, 1.05, 1.2];

export function seasonality(day: number, segment: Segment): number {
	const month = monthOfDay(day) - 1;
	return segment === 'Agronegócio' ? AGRO_MONTH_FACTOR[month] : MONTH_FACTOR[month];
}

/** One occasion's value in cents (never below R$ 50). */
export function occasionValueCents(
	rng: Random,
	model: ValueModel,
	day: number,
	historyStart: number
): number {
	const years = (day - historyStart) / 365.25;
	const value =
		model.ticketCents *
		seasonality(day, model.segment) *
		Math.pow(1 + model.trendPerYear, years) *
		rng.lognormal(0, model.sigma);
	return Math.max(5_000, Math.round(value));
}
