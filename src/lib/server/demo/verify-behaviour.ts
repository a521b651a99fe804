/**
 * The acceptance test of one generated history against its plan (see `signal-check.ts` for the
 * margins). Everything is read back from the generated occasions with `reference-rules.ts`:
 * nothing the plan intended is taken on trust.
 */
import type { Behaviour } from '#lib/server/demo/behaviour-plan.ts';
import { fromDay } from '#lib/server/demo/day-numbers.ts';
import type { PlantedTimeline } from '#lib/server/demo/plant-timeline.ts';
import type { PortfolioFrame } from '#lib/server/demo/portfolio-frame.ts';
import {
	occasionsUpTo,
	ownCycle,
	riskState,
	type Occasion
} from '#lib/server/demo/reference-rules.ts';
import {
	clearlyActive,
	everyCheckDay,
	stopsOnlyIn,
	type DeclineVerdict
} from '#lib/server/demo/signal-check.ts';

const stateOn = (occasions: readonly Occasion[], day: number) => riskState(occasions, fromDay(day));
const lapsed = (state: string) => state === 'at_risk' || state === 'inactive';

export function verifyBehaviour(
	behaviour: Behaviour,
	timeline: PlantedTimeline,
	occasions: readonly Occasion[],
	decline: DeclineVerdict,
	frame: PortfolioFrame
): boolean {
	const { asOfDay } = frame;
	switch (behaviour.kind) {
		case 'prospect':
			return occasions.length === 0;
		case 'regular':
			return (
				decline.verdict === 'no' &&
				everyCheckDay(frame, (day) => clearlyActive(occasions, day)) &&
				stopsOnlyIn(occasions, frame, -1)
			);
		case 'decliner': {
			const ratio = decline.primary?.revenueRatio ?? null;
			return (
				decline.verdict === 'yes' &&
				ratio !== null &&
				ratio >= 0.3 &&
				ratio <= 0.6 &&
				everyCheckDay(frame, (day) => clearlyActive(occasions, day)) &&
				stopsOnlyIn(occasions, frame, -1)
			);
		}
		case 'stopper': {
			const planted = timeline.stopper;
			if (!planted || occasions.length < 6 || decline.verdict === 'ambiguous') return false;
			const { last, atRiskFrom } = planted;
			if (occasions[occasions.length - 1].date !== fromDay(last)) return false;
			return (
				stateOn(occasions, atRiskFrom - 1) === 'active' &&
				stateOn(occasions, atRiskFrom) === 'at_risk' &&
				everyCheckDay(frame, (day) =>
					day < last
						? clearlyActive(occasions, day)
						: day < atRiskFrom
							? stateOn(occasions, day) === 'active'
							: lapsed(stateOn(occasions, day))
				) &&
				stopsOnlyIn(occasions, frame, behaviour.month)
			);
		}
		case 'new':
			return (
				decline.verdict === 'no' &&
				stateOn(occasions, asOfDay) === 'new' &&
				everyCheckDay(frame, (day) => ['prospect', 'new'].includes(stateOn(occasions, day))) &&
				stopsOnlyIn(occasions, frame, -1)
			);
		case 'reactivation': {
			const planted = timeline.reactivation;
			if (!planted) return false;
			const { gapStart, reactivatedOn } = planted;
			const before = ownCycle(occasionsUpTo(occasions, fromDay(reactivatedOn - 1)))?.days;
			const now = ownCycle(occasions)?.days;
			const gap = reactivatedOn - gapStart;
			return (
				before !== undefined &&
				now !== undefined &&
				gap > 3 * before &&
				gap > 3 * now &&
				decline.verdict === 'no' &&
				lapsed(stateOn(occasions, frame.checkDays[0])) &&
				everyCheckDay(frame, (day) => day < reactivatedOn || clearlyActive(occasions, day)) &&
				stopsOnlyIn(occasions, frame, -1)
			);
		}
		case 'long_inactive':
			return (
				occasions.length >= 3 &&
				decline.verdict === 'no' &&
				everyCheckDay(frame, (day) => stateOn(occasions, day) === 'inactive') &&
				stopsOnlyIn(occasions, frame, -1)
			);
	}
}
