/**
 * SPEC "Backtest" for managers ("quão confiável é o alerta"), on the caller's portfolio: for
 * each of the last 6 month-ends M whose 90 days have passed, what the alert said at M and what
 * happened — customers flagged (states `at_risk` + `inactive`) and how many really did not buy
 * in (M, M + 90]; precision of the top 20 and top 50 of the risk ranking in use at M (the
 * learned model where it won its out-of-time check, else BG/NBD); AUC of that ranking, of the
 * BG/NBD score and of recency alone. And the revenue forecast's error for each of the last 6
 * closed months (made the day before the month began), next to the two naive baselines.
 */
import type { GiroDatabase } from '../../db/client.ts';
import { addDays, startOfMonth } from '../calendar/iso-date.ts';
import { checkForecast, type ForecastScore } from '../forecast/forecast-backtest.ts';
import {
	memo,
	scopeKey,
	scopedIds,
	type PortfolioHistory
} from '../forecast/portfolio-forecast.ts';
import { auc } from '../portfolio/auc.ts';
import { runBacktest } from '../portfolio/backtest.ts';
import type { PortfolioScope } from '../portfolio/scope.ts';
import type { FeatureRows } from './features.ts';
import { countUpTo, dayNumber } from './order-history.ts';
import { learnRisk, type LearnedRisk } from './train.ts';

export interface AlertMonth {
	/** The month-end M the alert is judged at. */
	asOf: string;
	/** Non-new customers with a purchase by M, in scope. */
	customers: number;
	didNotBuy: number;
	/** States at_risk + inactive at M. */
	flagged: number;
	flaggedDidNotBuy: number;
	ranking: 'learned' | 'bgnbd';
	top20: { customers: number; didNotBuy: number };
	top50: { customers: number; didNotBuy: number };
	aucRanking: number | null;
	aucBgnbd: number | null;
	aucLearned: number | null;
	aucRecency: number | null;
}

export interface ForecastMonth {
	/** First day of the month forecast. */
	month: string;
	actualCents: number;
	forecastCents: number;
	model: ForecastScore;
	lastPeriod: ForecastScore;
	sameWindowLastYear: ForecastScore;
}

export interface AlertAccuracy {
	asOf: string;
	/** The model at T₀: which ranks and why. */
	current: Pick<LearnedRisk, 'ranking' | 'reason' | 'check' | 'trainingDates' | 'weights'>;
	months: AlertMonth[];
	forecast: ForecastMonth[];
}

const HORIZON = 90;

function lastMonthEnds(asOf: string, count: number, minGapDays: number): string[] {
	const out: string[] = [];
	let m = addDays(startOfMonth(asOf), -1);
	while (out.length < count) {
		if (dayNumber(m) + minGapDays <= dayNumber(asOf)) out.unshift(m);
		m = addDays(startOfMonth(m), -1);
	}
	return out;
}

export async function alertAccuracy(
	db: GiroDatabase,
	p: PortfolioHistory,
	scope: PortfolioScope,
	options: { months?: number } = {}
): Promise<AlertAccuracy> {
	const count = options.months ?? 6;
	const cache = memo(p, 'features', () => new Map<number, FeatureRows>());
	const learnedAt = (day: string) =>
		memo(p, `learn:${day}`, () => learnRisk(p.histories, day, { cache }));
	const keep = scopedIds(p, scope);
	const current = learnedAt(p.asOf);
	const months: AlertMonth[] = [];
	for (const m of lastMonthEnds(p.asOf, count, HORIZON)) {
		const engine = await memoAsync(p, `bt:${m}:${scopeKey(scope)}`, () =>
			runBacktest(db, { asOf: m, scope })
		);
		const all = engine.populations.all;
		const states = all.alerts.find((a) => a.rule.kind === 'states')!;
		const model = learnedAt(m);
		const day = dayNumber(m);
		const rows = p.histories.flatMap((h) => {
			if (!keep(h.customerId)) return [];
			const k = countUpTo(h, day);
			if (k === 0 || (day - h.days[0] <= 90 && k <= 2)) return [];
			const s = model.scores.get(h.customerId)!;
			return [{ s, positive: countUpTo(h, day + HORIZON) === k, id: h.customerId }];
		});
		const rankScore = (r: (typeof rows)[number]) =>
			model.ranking === 'learned' ? r.s.learned : r.s.bgnbd;
		const ranked = [...rows].sort((a, b) => rankScore(b) - rankScore(a) || a.id - b.id);
		const top = (n: number) => {
			const head = ranked.slice(0, n);
			return { customers: head.length, didNotBuy: head.filter((r) => r.positive).length };
		};
		months.push({
			asOf: m,
			customers: all.customers,
			didNotBuy: all.didNotBuy,
			flagged: states.flagged,
			flaggedDidNotBuy: states.truePositives,
			ranking: model.ranking,
			top20: top(20),
			top50: top(50),
			aucRanking: auc(rows.map((r) => ({ score: rankScore(r), positive: r.positive }))),
			aucBgnbd: all.rankings.riskScore.auc,
			aucLearned: auc(rows.map((r) => ({ score: r.s.learned, positive: r.positive }))),
			aucRecency: all.rankings.recency.auc
		});
	}
	const forecast: ForecastMonth[] = [];
	let month = startOfMonth(p.asOf);
	for (let i = 0; i < count; i++) {
		const end = addDays(month, -1);
		month = startOfMonth(end);
		const origin = dayNumber(month) - 1;
		const check = memo(p, `fm:${month}:${scopeKey(scope)}`, () =>
			checkForecast(p.histories, origin, origin, dayNumber(end), keep)
		);
		forecast.unshift({
			month,
			actualCents: Math.round(check.actualCents),
			forecastCents: Math.round(check.model.totalCents),
			model: check.model,
			lastPeriod: check.lastPeriod,
			sameWindowLastYear: check.sameWindowLastYear
		});
	}
	return {
		asOf: p.asOf,
		current: {
			ranking: current.ranking,
			reason: current.reason,
			check: current.check,
			trainingDates: current.trainingDates,
			weights: current.weights
		},
		months,
		forecast
	};
}

async function memoAsync<T>(p: PortfolioHistory, key: string, make: () => Promise<T>): Promise<T> {
	return (await memo(p, key, make)) as T;
}
