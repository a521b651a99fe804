/**
 * SPEC "Backtest (quão confiável é o alerta)": every signal computed with `asOf` = T₀ and
 * compared with what happened in (T₀, T₀ + h] (h = 90 days): bought = any invoiced order in
 * that window. Rankings are judged by AUC, the positive class being "did NOT buy" (risk score;
 * recency alone, what fixed-day inactivity rules rank by; recency / cycle); alerts by
 * precision and recall for "no purchase" (the states `at_risk` + `inactive`, fixed windows
 * "no purchase for more than N days", optionally "recency / cycle > k").
 *
 * Populations: `all` — non-`new` customers with at least one occasion by T₀; `engaged` — of
 * those, the ones that bought in the 120 days before T₀ (recency ≤ 120) with ≥ 3 occasions.
 * Only data up to T₀ feeds the signals (the engine ignores occasions after `asOf`).
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { addDays } from '#lib/server/domain/calendar/iso-date.ts';
import { assessPortfolio, type CustomerAssessment } from './assess-portfolio.ts';
import { auc } from './auc.ts';
import type { RiskState } from './classify-customer.ts';
import { DEFAULT_ENGINE_CONFIG, type EngineConfig } from './engine-config.ts';
import { median } from './portfolio-reference.ts';
import type { PortfolioScope } from './scope.ts';

export interface BacktestOptions {
	/** T₀: the signals are computed as of this date. */
	asOf: string;
	/** h, days (default 90); also the risk score's horizon. */
	horizonDays?: number;
	/** Fixed windows "no purchase for more than N days" (default 30, 45, 90). */
	windows?: readonly number[];
	/** Extra alerts "recency / cycle > k", to judge the state thresholds (default none). */
	ratioThresholds?: readonly number[];
	/** Extra alerts "risk score > p", the score used as an alert (default none). */
	scoreThresholds?: readonly number[];
	/** Engaged: recency ≤ this many days … (default 120) */
	engagedMaxRecencyDays?: number;
	/** … and at least this many occasions (default 3). */
	engagedMinOccasions?: number;
	config?: EngineConfig;
	/** A manager's portfolio; the engine's references stay whole-portfolio. */
	scope?: PortfolioScope;
}

export type PopulationName = 'all' | 'engaged';
export type RankingSignal = 'riskScore' | 'recency' | 'recencyCycle';

export type AlertRule =
	| { kind: 'states' } // at_risk + inactive
	| { kind: 'window'; days: number } // recency > days
	| { kind: 'ratio'; above: number } // recency / cycle > above
	| { kind: 'riskScore'; above: number }; // risk score > above

export interface Ranking {
	/** Null when one class is empty. */
	auc: number | null;
	/** Customers with a value for this signal (the AUC's n). */
	scored: number;
}

export interface AlertResult {
	rule: AlertRule;
	flagged: number;
	/** Flagged customers that indeed did not buy. */
	truePositives: number;
	/** truePositives / flagged; null when nothing is flagged. */
	precision: number | null;
	/** truePositives / did not buy; null when everyone bought. */
	recall: number | null;
}

export interface StateOutcome {
	customers: number;
	didNotBuy: number;
	medianCycleDays: number | null;
}

export interface PopulationResult {
	population: PopulationName;
	customers: number;
	/** Customers with no invoiced order in (T₀, T₀ + h]. */
	didNotBuy: number;
	/** didNotBuy / customers (null for an empty population). */
	baseRate: number | null;
	/** Mean risk score: the model's expected share of non-buyers (calibration in the large). */
	meanRiskScore: number | null;
	rankings: Record<RankingSignal, Ranking>;
	alerts: AlertResult[];
	/** Customers, non-buyers and the median cycle (days) per state at T₀. */
	byState: Partial<Record<RiskState, StateOutcome>>;
}

export interface BacktestResult {
	asOf: string;
	horizonDays: number;
	/** T₀ + h. */
	windowEnd: string;
	/** Last invoiced order in the database; before windowEnd ⇒ the outcome is censored. */
	dataEnd: string | null;
	censored: boolean;
	/** The engaged population's definition used. */
	engaged: { maxRecencyDays: number; minOccasions: number };
	populations: Record<PopulationName, PopulationResult>;
}

interface Labelled {
	a: CustomerAssessment;
	didNotBuy: boolean;
}

export async function runBacktest(
	db: GiroDatabase,
	options: BacktestOptions
): Promise<BacktestResult> {
	const base = options.config ?? DEFAULT_ENGINE_CONFIG;
	const horizonDays = options.horizonDays ?? base.risk.horizonDays;
	const config = { ...base, risk: { ...base.risk, horizonDays } };
	const windowEnd = addDays(options.asOf, horizonDays);
	const assessed = await assessPortfolio(db, { asOf: options.asOf, config, scope: options.scope });
	const outcome = await db.rows<{ dataEnd: string | null; customerId: number | null }>(sql`
		select m.data_end::text as "dataEnd", b.customer_id::int as "customerId"
		from (select max(order_date) as data_end from orders where status = 'invoiced') m
		left join (
			select distinct customer_id from orders
			where status = 'invoiced' and order_date > ${options.asOf}::date
				and order_date <= ${windowEnd}::date
		) b on true`);
	const bought = new Set(outcome.map((r) => r.customerId).filter((id) => id !== null));
	const dataEnd = outcome[0]?.dataEnd ?? null;

	const all: Labelled[] = assessed
		.filter((a) => a.occasions >= 1 && a.state !== 'new' && a.state !== 'prospect')
		.map((a) => ({ a, didNotBuy: !bought.has(a.customerId) }));
	const maxRecency = options.engagedMaxRecencyDays ?? 120;
	const minOccasions = options.engagedMinOccasions ?? 3;
	const engaged = all.filter(
		({ a }) => a.recencyDays !== null && a.recencyDays <= maxRecency && a.occasions >= minOccasions
	);
	const rules: AlertRule[] = [
		{ kind: 'states' },
		...(options.windows ?? [30, 45, 90]).map((days) => ({ kind: 'window' as const, days })),
		...(options.ratioThresholds ?? []).map((above) => ({ kind: 'ratio' as const, above })),
		...(options.scoreThresholds ?? []).map((above) => ({ kind: 'riskScore' as const, above }))
	];
	return {
		asOf: options.asOf,
		horizonDays,
		windowEnd,
		dataEnd,
		censored: dataEnd === null || dataEnd < windowEnd,
		engaged: { maxRecencyDays: maxRecency, minOccasions },
		populations: {
			all: evaluate('all', all, rules),
			engaged: evaluate('engaged', engaged, rules)
		}
	};
}

const SIGNALS: Record<RankingSignal, (a: CustomerAssessment) => number | null> = {
	riskScore: (a) => a.riskScore,
	recency: (a) => a.recencyDays,
	recencyCycle: (a) => a.ratio
};

export function flags(rule: AlertRule, a: CustomerAssessment): boolean {
	if (rule.kind === 'states') return a.state === 'at_risk' || a.state === 'inactive';
	if (rule.kind === 'window') return a.recencyDays !== null && a.recencyDays > rule.days;
	const value = rule.kind === 'ratio' ? a.ratio : a.riskScore;
	return value !== null && value > rule.above;
}

function evaluate(
	population: PopulationName,
	rows: readonly Labelled[],
	rules: readonly AlertRule[]
): PopulationResult {
	const didNotBuy = rows.filter((r) => r.didNotBuy).length;
	const rankings = {} as Record<RankingSignal, Ranking>;
	for (const signal of Object.keys(SIGNALS) as RankingSignal[]) {
		const scored = rows.flatMap(({ a, didNotBuy }) => {
			const score = SIGNALS[signal](a);
			return score === null ? [] : [{ score, positive: didNotBuy }];
		});
		rankings[signal] = { auc: auc(scored), scored: scored.length };
	}
	const alerts = rules.map((rule): AlertResult => {
		const flagged = rows.filter((r) => flags(rule, r.a));
		const truePositives = flagged.filter((r) => r.didNotBuy).length;
		return {
			rule,
			flagged: flagged.length,
			truePositives,
			precision: flagged.length ? truePositives / flagged.length : null,
			recall: didNotBuy ? truePositives / didNotBuy : null
		};
	});
	const byState: PopulationResult['byState'] = {};
	for (const state of new Set(rows.map((r) => r.a.state))) {
		const inState = rows.filter((r) => r.a.state === state);
		byState[state] = {
			customers: inState.length,
			didNotBuy: inState.filter((r) => r.didNotBuy).length,
			medianCycleDays: median(inState.flatMap(({ a }) => (a.cycle ? [a.cycle.days] : [])))
		};
	}
	const scores = rows.flatMap(({ a }) => (a.riskScore === null ? [] : [a.riskScore]));
	return {
		population,
		customers: rows.length,
		didNotBuy,
		baseRate: rows.length ? didNotBuy / rows.length : null,
		meanRiskScore: scores.length ? scores.reduce((t, v) => t + v, 0) / scores.length : null,
		rankings,
		alerts,
		byState
	};
}
