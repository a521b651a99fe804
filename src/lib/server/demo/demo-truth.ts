/**
 * The ground truth of a generated portfolio: what the engine must find (SPEC "Definitions"),
 * written next to the data (`app_meta.demo_truth`, and a JSON file for the embedded database).
 * Every figure here was read back from the generated rows with `reference-rules.ts`.
 */
import type { RiskState } from '#lib/server/demo/reference-rules.ts';
import type { Topic } from '#lib/server/demo/note-templates.ts';

export interface CustomerRef {
	customerId: number;
	erpCode: string;
}

export interface StopperTruth extends CustomerRef {
	lastOccasion: string;
	cycleDays: number;
	/** The first day the state is `at_risk` (recency > 1.5 × cycle). */
	atRiskFrom: string;
	/** 'YYYY-MM' of `atRiskFrom`: "who stopped buying" in that month names this customer. */
	month: string;
	/** Whether the declining rule also fires at `asOf` (no recent revenue against a full baseline). */
	decliningAtAsOf: boolean;
}

export interface DeclinerTruth extends CustomerRef {
	/** The first occasion at the lowered level. */
	since: string;
	cycleDays: number;
	windowDays: number;
	/** Revenue (volume) per month in the window ÷ per month in the baseline, SPEC's formula. */
	revenueRatio: number;
	volumeRatio: number;
}

export interface DemoTruth {
	version: 1;
	seed: string;
	asOf: string;
	years: number;
	customers: number;
	/** Oldest first; the last one is the running month. */
	trackedMonths: string[];
	/** Days on which every non-planted customer was proven quiet. */
	checkDays: string[];
	stoppers: StopperTruth[];
	stoppedByMonth: Record<string, number[]>;
	decliners: DeclinerTruth[];
	/** Every customer the declining rule flags at `asOf`: the decliners plus some stoppers. */
	decliningAtAsOf: number[];
	newCustomers: (CustomerRef & { firstOccasion: string; occasions: number })[];
	reactivations: (CustomerRef & {
		gapStart: string;
		reactivatedOn: string;
		gapDays: number;
		cycleDays: number;
	})[];
	longInactive: (CustomerRef & { lastOccasion: string })[];
	prospects: CustomerRef[];
	stateCountsAtAsOf: Record<RiskState, number>;
	/** For each query (accents and case ignored), the customers whose names contain it. */
	similarNames: { query: string; customerIds: number[] }[];
	interactionTopics: Record<Topic, number[]>;
	injectionInteractionIds: number[];
	stalledOpportunityIds: number[];
	freshOpportunityIds: number[];
	overdueFollowUpIds: number[];
	dueTodayFollowUpIds: number[];
}

export interface DemoCounts {
	users: number;
	products: number;
	customers: number;
	contacts: number;
	orders: number;
	orderItems: number;
	interactions: number;
	opportunities: number;
	followUps: number;
}

/** Generation facts stored in `app_meta.demo`. */
export interface DemoFacts {
	version: 1;
	seed: string;
	asOf: string;
	years: number;
	customers: number;
	items: boolean;
	counts: DemoCounts;
}

export function emptyTruth(
	seed: string,
	asOf: string,
	years: number,
	customers: number,
	trackedMonths: string[],
	checkDays: string[],
	topics: readonly Topic[]
): DemoTruth {
	return {
		version: 1,
		seed,
		asOf,
		years,
		customers,
		trackedMonths,
		checkDays,
		stoppers: [],
		stoppedByMonth: Object.fromEntries(trackedMonths.map((m) => [m, []])),
		decliners: [],
		decliningAtAsOf: [],
		newCustomers: [],
		reactivations: [],
		longInactive: [],
		prospects: [],
		stateCountsAtAsOf: { prospect: 0, new: 0, active: 0, at_risk: 0, inactive: 0 },
		similarNames: [],
		interactionTopics: Object.fromEntries(topics.map((t) => [t, []])) as unknown as Record<
			Topic,
			number[]
		>,
		injectionInteractionIds: [],
		stalledOpportunityIds: [],
		freshOpportunityIds: [],
		overdueFollowUpIds: [],
		dueTodayFollowUpIds: []
	};
}
