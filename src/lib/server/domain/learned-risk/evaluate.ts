/**
 * The learned model judged at a past T₀ (BACKTEST.md, tests): trained with nothing after T₀,
 * compared with what happened in (T₀, T₀ + 90]. Populations as in SPEC "Backtest": all non-new
 * customers (new = first occasion within 90 days and at most 2 occasions) and the engaged
 * (bought in the 120 days before T₀, at least 3 occasions). AUC of the learned probability, of
 * the BG/NBD risk score and of recency alone; expected calibration error (10 bins).
 */
import { auc } from '../portfolio/auc.ts';
import { expectedCalibrationError } from './calibration.ts';
import { countUpTo, dayNumber, type CustomerHistory } from './order-history.ts';
import { learnRisk, type LearnedRisk } from './train.ts';

export interface RiskEvaluation {
	population: 'all' | 'engaged';
	customers: number;
	didNotBuy: number;
	aucLearned: number | null;
	aucBgnbd: number | null;
	aucRecency: number | null;
	calibrationError: number;
	meanProbability: number;
}

export function evaluateLearnedRisk(
	histories: readonly CustomerHistory[],
	asOf: string,
	horizon = 90
): { model: LearnedRisk; populations: RiskEvaluation[] } {
	const model = learnRisk(histories, asOf, { horizonDays: horizon });
	const day = dayNumber(asOf);
	const rows = histories.flatMap((h) => {
		const k = countUpTo(h, day);
		if (k === 0 || (day - h.days[0] <= 90 && k <= 2)) return [];
		const s = model.scores.get(h.customerId)!;
		return [{ s, y: countUpTo(h, day + horizon) === k, engaged: s.recencyDays <= 120 && k >= 3 }];
	});
	const judge = (population: 'all' | 'engaged'): RiskEvaluation => {
		const p = rows.filter((r) => population === 'all' || r.engaged);
		const items = (f: (r: (typeof p)[number]) => number) =>
			p.map((r) => ({ score: f(r), positive: r.y }));
		return {
			population,
			customers: p.length,
			didNotBuy: p.filter((r) => r.y).length,
			aucLearned: auc(items((r) => r.s.learned)),
			aucBgnbd: auc(items((r) => r.s.bgnbd)),
			aucRecency: auc(items((r) => r.s.recencyDays)),
			calibrationError: expectedCalibrationError(
				p.map((r) => r.s.learned),
				p.map((r) => (r.y ? 1 : 0))
			),
			meanProbability: p.reduce((t, r) => t + r.s.learned, 0) / Math.max(1, p.length)
		};
	};
	return { model, populations: [judge('all'), judge('engaged')] };
}
