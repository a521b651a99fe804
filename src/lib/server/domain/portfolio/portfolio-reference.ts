/**
 * What a customer's figures are measured against, always over the *whole* portfolio at
 * `asOf` (never the caller's scope): the peer cycles (SPEC "Repurchase cycle", 1 occasion),
 * the RFV quintile population, and the BG/NBD fit (weeks; x = occasions − 1, tₓ = last −
 * first, T = asOf − first). Materialised with every customer's assessment and refreshed
 * incrementally in `steady-state.ts`.
 */
import { daysBetween } from '../calendar/iso-date.ts';
import { fitBgNbd, type BgNbdFit } from '../bgnbd/index.ts';
import type { PeerCycles } from './classify-customer.ts';
import type { CustomerFacts } from './customer-facts.ts';
import type { EngineConfig } from './engine-config.ts';
import { rfvReference, type RfvReference } from './rfv.ts';

export interface PortfolioReference {
	asOf: string;
	peers: PeerCycles;
	rfv: RfvReference;
	/** Null when fewer than 2 customers have a purchase (nothing to fit). */
	bgnbd: BgNbdFit | null;
	/** The whole portfolio's facts, reused when the caller's scope is the whole portfolio. */
	facts: CustomerFacts[];
	/** The same facts by customer id (one customer's questions skip a pass over all of them). */
	byId: Map<number, CustomerFacts>;
}

const WEEK = 7;

export function median(values: number[]): number | null {
	if (values.length === 0) return null;
	const s = Float64Array.from(values).sort(); // numeric order, without a comparator call per pair
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function peerCycles(facts: readonly CustomerFacts[], config: EngineConfig): PeerCycles {
	const own = facts.filter(
		(f) => f.occasions >= config.cycle.ownCycleMinOccasions && f.ownCycle !== null
	);
	const bySegmentLists = new Map<string, number[]>();
	for (const f of own) {
		if (!f.segment) continue;
		const list = bySegmentLists.get(f.segment) ?? [];
		list.push(f.ownCycle!);
		bySegmentLists.set(f.segment, list);
	}
	const bySegment: Record<string, number> = {};
	for (const [segment, list] of bySegmentLists)
		if (list.length >= config.cycle.peerMinCustomersInSegment) bySegment[segment] = median(list)!;
	return { bySegment, portfolio: median(own.map((f) => f.ownCycle!)) };
}

/** The reference computed from the whole portfolio's facts (prospects included, by id). */
export function referenceFromFacts(
	facts: CustomerFacts[],
	asOf: string,
	config: EngineConfig
): PortfolioReference {
	const buyers = facts.filter((f) => f.occasions > 0);
	const rfv = rfvReference(
		buyers
			.filter((f) => f.frequency365 > 0)
			.map((f) => ({
				recencyDays: daysBetween(f.lastOccasion!, asOf),
				frequency: f.frequency365,
				revenue: f.revenue365Cents
			}))
	);
	const bgnbd =
		buyers.length >= 2
			? fitBgNbd(
					buyers.map((f) => ({
						x: f.occasions - 1,
						tx: daysBetween(f.firstOccasion!, f.lastOccasion!) / WEEK,
						T: daysBetween(f.firstOccasion!, asOf) / WEEK
					}))
				)
			: null;
	const byId = new Map(facts.map((f) => [f.customerId, f]));
	return { asOf, peers: peerCycles(facts, config), rfv, bgnbd, facts, byId };
}
