/**
 * One customer's order history, proven against its plan. Each attempt draws a timeline, values
 * and items from the sub-seed `<customer>:history:<attempt>`, then checks it with the reference
 * rules (`signal-check.ts`); the first attempt that behaves exactly as planted is kept, so the
 * result is still a pure function of the seed. After 40 failed attempts the draws get calm
 * (little jitter, little value noise) before giving up loudly.
 */
import type { Behaviour } from '#lib/server/demo/behaviour-plan.ts';
import type { Segment } from '#lib/server/demo/catalogue.ts';
import { fromDay } from '#lib/server/demo/day-numbers.ts';
import {
	drawBasket,
	ordersForOccasions,
	orderDraft,
	type Basket,
	type OrderDraft
} from '#lib/server/demo/order-drafts.ts';
import {
	drawTicketCents,
	occasionValueCents,
	type ValueModel
} from '#lib/server/demo/order-values.ts';
import { plantTimeline, type PlantedTimeline } from '#lib/server/demo/plant-timeline.ts';
import type { PortfolioFrame } from '#lib/server/demo/portfolio-frame.ts';
import { createRandom, type Random } from '#lib/server/demo/random.ts';
import { ownCycle, purchaseOccasions, type Occasion } from '#lib/server/demo/reference-rules.ts';
import { declineVerdict, type DeclineVerdict } from '#lib/server/demo/signal-check.ts';
import { verifyBehaviour } from '#lib/server/demo/verify-behaviour.ts';

export interface CustomerHistory {
	timeline: PlantedTimeline;
	basket: Basket | null;
	orders: OrderDraft[];
	occasions: Occasion[];
	decline: DeclineVerdict;
	attempts: number;
}

const ATTEMPTS = 40;

export function orderLike(order: OrderDraft) {
	return {
		orderDate: fromDay(order.day),
		totalCents: order.totalCents,
		volume: order.volume,
		status: order.status
	};
}

function attempt(
	rng: Random,
	behaviour: Behaviour,
	segment: Segment,
	frame: PortfolioFrame,
	calm: boolean
): Omit<CustomerHistory, 'attempts'> | null {
	const timeline = plantTimeline(rng, behaviour, frame, calm);
	if (!timeline) return null;
	if (timeline.days.length === 0) {
		return {
			timeline,
			basket: null,
			orders: [],
			occasions: [],
			decline: { verdict: 'no', primary: null }
		};
	}
	const model: ValueModel = {
		ticketCents: drawTicketCents(rng, segment),
		sigma: calm ? 0.04 : timeline.rhythm <= 30 ? 0.22 : 0.15,
		trendPerYear: calm ? 0.02 : rng.real(-0.03, 0.08),
		segment
	};
	const basket = drawBasket(rng, segment);
	const values = timeline.days.map((day) => {
		const value = occasionValueCents(rng, model, day, frame.historyStart);
		const decline = timeline.decline;
		const factor = decline && day >= decline.since ? decline.factor : 1;
		return { day, valueCents: Math.max(5_000, Math.round(value * factor)) };
	});
	const { calendar, historyStart, asOfDay } = frame;
	const orders = ordersForOccasions(rng, basket, values, calendar, historyStart, asOfDay);
	const stopper = timeline.stopper;
	if (stopper && rng.chance(0.25)) {
		// A trap for the engine: a cancelled order after the last purchase must not count.
		const day = calendar.onOrAfter(stopper.last + rng.int(1, 20));
		if (day <= asOfDay) {
			const value = values[values.length - 1].valueCents;
			orders.push(orderDraft(rng, basket, day, value, 'cancelled', historyStart));
		}
	}
	const occasions = purchaseOccasions(orders.map(orderLike));
	const decline = declineVerdict(occasions, frame.asOf);
	if (!verifyBehaviour(behaviour, timeline, occasions, decline, frame)) return null;
	return { timeline, basket, orders, occasions, decline };
}

export function generateHistory(
	label: string,
	behaviour: Behaviour,
	segment: Segment,
	frame: PortfolioFrame
): CustomerHistory {
	for (let n = 0; n < 2 * ATTEMPTS; n++) {
		const result = attempt(
			createRandom(`${label}:history:${n}`),
			behaviour,
			segment,
			frame,
			n >= ATTEMPTS
		);
		if (result) return { ...result, attempts: n + 1 };
	}
	throw new Error(
		`Demo: não consegui gerar um histórico "${behaviour.kind}" coerente para ${label} ` +
			`(as-of ${frame.asOf}, ${frame.years} anos). Tente outra semente ou mais anos.`
	);
}

/** The customer's cycle at `asOf` per the reference rules (null below 2 occasions). */
export function cycleAtAsOf(history: CustomerHistory): number | null {
	return ownCycle(history.occasions)?.days ?? null;
}
