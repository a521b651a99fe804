/**
 * Adds one customer's planted behaviour to the truth, with every number read back from its
 * generated occasions through `reference-rules.ts` (cycle, at-risk day, ratios, state at
 * `asOf`), never from the plan's intentions.
 */
import type { Behaviour } from '#lib/server/demo/behaviour-plan.ts';
import type { CustomerHistory } from '#lib/server/demo/customer-history.ts';
import { fromDay, yearMonthOf } from '#lib/server/demo/day-numbers.ts';
import type { CustomerRef, DemoTruth } from '#lib/server/demo/demo-truth.ts';
import type { PortfolioFrame } from '#lib/server/demo/portfolio-frame.ts';
import { ownCycle, riskState } from '#lib/server/demo/reference-rules.ts';

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

export function recordHistoryTruth(
	truth: DemoTruth,
	ref: CustomerRef,
	behaviour: Behaviour,
	history: CustomerHistory,
	frame: PortfolioFrame
): void {
	const { occasions, timeline, decline } = history;
	const cycle = ownCycle(occasions)?.days ?? 0;
	truth.stateCountsAtAsOf[riskState(occasions, frame.asOf)]++;
	if (decline.verdict === 'yes') truth.decliningAtAsOf.push(ref.customerId);
	switch (behaviour.kind) {
		case 'stopper': {
			const { last, atRiskFrom } = timeline.stopper!;
			const month = yearMonthOf(atRiskFrom);
			truth.stoppers.push({
				...ref,
				lastOccasion: fromDay(last),
				cycleDays: cycle,
				atRiskFrom: fromDay(atRiskFrom),
				month,
				decliningAtAsOf: decline.verdict === 'yes'
			});
			truth.stoppedByMonth[month].push(ref.customerId);
			break;
		}
		case 'decliner': {
			const since = timeline.decline!.since;
			const primary = decline.primary!;
			truth.decliners.push({
				...ref,
				since: occasions.find((o) => o.date >= fromDay(since))?.date ?? fromDay(since),
				cycleDays: cycle,
				windowDays: primary.windowDays,
				revenueRatio: round4(primary.revenueRatio!),
				volumeRatio: round4(primary.volumeRatio!)
			});
			break;
		}
		case 'new':
			truth.newCustomers.push({
				...ref,
				firstOccasion: occasions[0].date,
				occasions: occasions.length
			});
			break;
		case 'reactivation': {
			const { gapStart, reactivatedOn } = timeline.reactivation!;
			truth.reactivations.push({
				...ref,
				gapStart: fromDay(gapStart),
				reactivatedOn: fromDay(reactivatedOn),
				gapDays: reactivatedOn - gapStart,
				cycleDays: cycle
			});
			break;
		}
		case 'long_inactive':
			truth.longInactive.push({ ...ref, lastOccasion: occasions[occasions.length - 1].date });
			break;
		case 'prospect':
			truth.prospects.push(ref);
			break;
		case 'regular':
			break;
	}
}
