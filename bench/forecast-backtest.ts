/**
 * The learned risk model and the revenue forecast on UCI Online Retail (both files), for
 * BACKTEST.md: read straight from the files (the same orders the loader writes), judged at the
 * issue's dates and at month-ends nobody tuned on. Used by bench/backtest.ts and pinned by
 * tests/forecast/forecast-uci.test.ts.
 */
import { readUciFiles } from '#lib/server/datasets/uci-online-retail-read.ts';
import { uciFilePaths } from '#lib/server/datasets/uci-online-retail.ts';
import {
	checkForecast,
	type ForecastCheck
} from '#lib/server/domain/forecast/forecast-backtest.ts';
import {
	evaluateLearnedRisk,
	type RiskEvaluation
} from '#lib/server/domain/learned-risk/evaluate.ts';
import {
	buildHistories,
	dayNumber,
	type CustomerHistory
} from '#lib/server/domain/learned-risk/order-history.ts';

/** Risk: the two dates, then month-ends the features and weights were not chosen on. */
export const RISK_DATES = ['2011-06-30', '2011-09-09'];
export const RISK_OTHER_DATES = ['2011-04-30', '2011-05-31', '2011-07-31', '2011-08-31'];
/** Forecast: the three dates, then the other month-ends whose 90 days are in the data. */
export const FORECAST_DATES = ['2011-03-31', '2011-06-30', '2011-08-31'];
export const FORECAST_OTHER_DATES = [
	'2010-12-31',
	'2011-01-31',
	'2011-02-28',
	'2011-04-30',
	'2011-05-31',
	'2011-07-31',
	'2011-09-09'
];

export async function uciHistories(): Promise<CustomerHistory[]> {
	const { invoices } = await readUciFiles(uciFilePaths());
	return buildHistories(
		invoices.map((i) => ({
			customerId: Number(i.customerId),
			date: i.date,
			cents: Math.round(i.valueMills / 10)
		}))
	);
}

export interface RiskRow extends RiskEvaluation {
	asOf: string;
	ranking: 'learned' | 'bgnbd';
}

export function riskRows(histories: CustomerHistory[], dates: readonly string[]): RiskRow[] {
	return dates.flatMap((asOf) => {
		const { model, populations } = evaluateLearnedRisk(histories, asOf);
		return populations.map((p) => ({ ...p, asOf, ranking: model.ranking }));
	});
}

export function forecastRows(
	histories: CustomerHistory[],
	dates: readonly string[]
): (ForecastCheck & { asOf: string })[] {
	return dates.map((asOf) => {
		const d = dayNumber(asOf);
		return { ...checkForecast(histories, d, d, d + 90), asOf };
	});
}

const n = (v: number) => v.toLocaleString('en');
const f3 = (v: number | null) => (v === null ? '—' : v.toFixed(3));
const pct = (v: number | null) => (v === null ? '—' : `${(100 * v).toFixed(1)}%`);

export function riskMarkdown(rows: RiskRow[]): string {
	const head =
		'| T₀ | Population | Customers | Did not buy | AUC learned | AUC BG/NBD | AUC recency | Calibration error (10 bins) | Mean probability | Ranks (own out-of-time check) |\n|---|---|--:|--:|--:|--:|--:|--:|--:|---|';
	return [
		head,
		...rows.map(
			(r) =>
				`| ${r.asOf} | ${r.population === 'all' ? 'All (non-new)' : 'Engaged'} | ${n(r.customers)} | ${n(r.didNotBuy)} (${pct(r.didNotBuy / r.customers)}) | ${f3(r.aucLearned)} | ${f3(r.aucBgnbd)} | ${f3(r.aucRecency)} | ${f3(r.calibrationError)} | ${pct(r.meanProbability)} | ${r.ranking === 'learned' ? 'learned' : 'BG/NBD'} |`
		)
	].join('\n');
}

export function forecastMarkdown(rows: (ForecastCheck & { asOf: string })[]): string {
	const err = (v: number | null) =>
		v === null ? '—' : `${v >= 0 ? '+' : '−'}${(100 * Math.abs(v)).toFixed(1)}%`;
	const head =
		'| T₀ | Customers | Actual (90 d) | Forecast | Error of the total | WAPE | Last 90 d repeat: total / WAPE | Same period last year: total / WAPE |\n|---|--:|--:|--:|--:|--:|--:|--:|';
	const money = (c: number) => `£${n(Math.round(c / 100))}`;
	return [
		head,
		...rows.map(
			(r) =>
				`| ${r.asOf} | ${n(r.customers)} | ${money(r.actualCents)} | ${money(r.model.totalCents)} | ${err(r.model.totalError)} | ${pct(r.model.wape)} | ${err(r.lastPeriod.totalError)} / ${pct(r.lastPeriod.wape)} | ${err(r.sameWindowLastYear.totalError)} / ${pct(r.sameWindowLastYear.wape)} |`
		)
	].join('\n');
}
