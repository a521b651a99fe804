/**
 * The purchase dates of one customer, shaped by its planted behaviour (`behaviour-plan.ts`):
 * - regular and decliner: a steady rhythm from the start of the history (or a later start);
 * - stopper: the last purchase L is placed so that, with the cycle computed from the dates
 *   actually generated, the state crosses to `at_risk` (recency > 1.5 × cycle, SPEC "Risk
 *   state") on a day D inside its month: D = L + floor(1.5 × cycle) + 1;
 * - new: one or two purchases in the last 75 days;
 * - reactivation: history, a gap that started before the tracked months, purchases again in
 *   the last two months;
 * - long inactive: stopped more than a year (and a whole decline baseline) ago.
 * Returns null when this draw cannot satisfy the plan; the caller tries the next sub-seed.
 */
import type { Behaviour } from '#lib/server/demo/behaviour-plan.ts';
import type { PortfolioFrame } from '#lib/server/demo/portfolio-frame.ts';
import type { Random } from '#lib/server/demo/random.ts';
import { drawRhythm } from '#lib/server/demo/order-values.ts';
import {
	cycleOfDays,
	drawIntervals,
	jitterFor,
	layBackward,
	layForward
} from '#lib/server/demo/timelines.ts';

export interface PlantedTimeline {
	rhythm: number;
	days: number[];
	/** Decliners: from `since` on, occasion values are multiplied by `factor`. */
	decline?: { since: number; factor: number };
	stopper?: { last: number; atRiskFrom: number };
	reactivation?: { gapStart: number; reactivatedOn: number };
}

function maxRhythm(frame: PortfolioFrame, occasionsBeforeChecks: number): number {
	const room = frame.checkDays[0] - frame.historyStart;
	return Math.max(7, Math.min(90, Math.floor(room / occasionsBeforeChecks)));
}

function startOf(
	rng: Random,
	frame: PortfolioFrame,
	rhythm: number,
	mayJoinLater: boolean
): number {
	const latestJoin = frame.checkDays[0] - 10 * rhythm;
	if (mayJoinLater && latestJoin > frame.historyStart + rhythm && rng.chance(0.3)) {
		return rng.int(frame.historyStart + rhythm, latestJoin);
	}
	return frame.historyStart + rng.int(0, rhythm - 1);
}

export function plantTimeline(
	rng: Random,
	behaviour: Behaviour,
	frame: PortfolioFrame,
	calm: boolean
): PlantedTimeline | null {
	const { calendar, asOfDay, historyStart } = frame;
	switch (behaviour.kind) {
		case 'prospect':
			return { rhythm: 0, days: [] };
		case 'regular':
		case 'decliner': {
			const rhythm = drawRhythm(rng, maxRhythm(frame, 8));
			const jitter = jitterFor(rhythm, calm);
			const start = startOf(rng, frame, rhythm, behaviour.kind === 'regular');
			const days = layForward(
				calendar,
				start,
				asOfDay,
				() => drawIntervals(rng, rhythm, jitter, 1)[0]
			);
			if (behaviour.kind === 'regular') return { rhythm, days };
			const window = Math.max(90, 3 * rhythm);
			const since = asOfDay - window - rng.int(0, 45);
			return { rhythm, days, decline: { since, factor: rng.real(0.35, 0.55) } };
		}
		case 'stopper': {
			const month = frame.months[behaviour.month];
			const rhythm = drawRhythm(rng, Math.min(75, maxRhythm(frame, 9)));
			const intervals = drawIntervals(rng, rhythm, jitterFor(rhythm, calm), 400);
			const target = rng.int(month.first, month.end);
			const guess = target - Math.floor(1.5 * rhythm) - 1;
			for (let k = 0; k <= 60; k++) {
				for (const last of k === 0 ? [guess] : [guess - k, guess + k]) {
					if (last > asOfDay || !calendar.isBusinessDay(last)) continue;
					const days = layBackward(calendar, last, historyStart, intervals);
					const cycle = cycleOfDays(days);
					if (days.length < 8 || cycle === null) continue;
					const atRiskFrom = last + Math.floor(1.5 * cycle) + 1;
					if (atRiskFrom >= month.first && atRiskFrom <= month.end) {
						return { rhythm, days, stopper: { last, atRiskFrom } };
					}
				}
			}
			return null;
		}
		case 'new': {
			const rhythm = rng.int(7, 45);
			const first = calendar.onOrBefore(asOfDay - rng.int(10, 75));
			const second = calendar.onOrBefore(first + rhythm);
			const days =
				rng.chance(0.5) && second > first && second <= asOfDay ? [first, second] : [first];
			return { rhythm, days };
		}
		case 'reactivation': {
			const rhythm = rng.int(10, 40);
			const jitter = jitterFor(rhythm, calm);
			const earliestCheck = frame.checkDays[0];
			const gapStart = calendar.onOrBefore(
				earliestCheck - Math.floor(1.5 * rhythm * 1.25) - 1 - rng.int(rhythm, 3 * rhythm)
			);
			const before = layBackward(
				calendar,
				gapStart,
				historyStart,
				drawIntervals(rng, rhythm, jitter, 400)
			);
			if (before.length < 6) return null;
			const reactivatedOn = calendar.onOrBefore(asOfDay - rng.int(15, 60));
			const after = layForward(
				calendar,
				reactivatedOn,
				asOfDay,
				() => drawIntervals(rng, rhythm, jitter, 1)[0]
			);
			return { rhythm, days: [...before, ...after], reactivation: { gapStart, reactivatedOn } };
		}
		case 'long_inactive': {
			const rhythm = rng.int(14, 45);
			const window = Math.max(90, Math.ceil(3 * rhythm * 1.25));
			const latest = Math.min(asOfDay - 560, asOfDay - window - 365 - 30);
			const earliest = historyStart + 4 * rhythm;
			if (latest < earliest) return null;
			const last = calendar.onOrBefore(rng.int(Math.max(earliest, latest - 250), latest));
			const intervals = drawIntervals(rng, rhythm, jitterFor(rhythm, calm), 400);
			return { rhythm, days: layBackward(calendar, last, historyStart, intervals) };
		}
	}
}
