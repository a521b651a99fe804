/**
 * SPEC "Forecast": its own backtest. At a past T₀ the forecast of (T₀, T₀ + h] is made from
 * the history up to T₀ and compared with what the customers known at T₀ really bought (new
 * customers after T₀ are not counted): error of the total, |Σ forecast − Σ actual| / Σ actual,
 * and the customer-level WAPE, Σ |forecast − actual| / Σ actual — next to the two naive
 * baselines: the last period repeats (revenue in (T₀ − h, T₀]) and the same period last year.
 */
import { windowSum, type CustomerHistory } from '../learned-risk/order-history.ts';
import { forecastWindow } from './forecast-model.ts';

export interface ForecastScore {
	/** Σ forecast, cents. */
	totalCents: number;
	/** (Σ forecast − Σ actual) / Σ actual; null when nothing was bought. */
	totalError: number | null;
	/** Σ |forecast − actual| / Σ actual. */
	wape: number | null;
}

export interface ForecastCheck {
	asOfDay: number;
	from: number;
	to: number;
	customers: number;
	actualCents: number;
	model: ForecastScore;
	lastPeriod: ForecastScore;
	sameWindowLastYear: ForecastScore;
}

function score(pairs: readonly { f: number; a: number }[], actual: number): ForecastScore {
	let total = 0;
	let abs = 0;
	for (const { f, a } of pairs) {
		total += f;
		abs += Math.abs(f - a);
	}
	return {
		totalCents: total,
		totalError: actual > 0 ? (total - actual) / actual : null,
		wape: actual > 0 ? abs / actual : null
	};
}

/**
 * Forecast made at `asOfDay` for (from, to] against the outcome. `histories` must reach past
 * `to` (the outcome); the forecast itself reads nothing after `asOfDay`. `keep` narrows the
 * customers scored (a rep's portfolio); the model always learns from the whole portfolio.
 */
export function checkForecast(
	histories: readonly CustomerHistory[],
	asOfDay: number,
	from: number,
	to: number,
	keep: (customerId: number) => boolean = () => true
): ForecastCheck {
	const forecast = forecastWindow(histories, asOfDay, from, to);
	const byId = new Map(histories.map((h) => [h.customerId, h]));
	const length = to - from;
	const rows = forecast.customers
		.filter((c) => keep(c.customerId))
		.map((c) => {
			const h = byId.get(c.customerId)!;
			return {
				model: c.expectedCents,
				last: windowSum(h, asOfDay - length, asOfDay).cents,
				lastYear: windowSum(h, from - 365, to - 365).cents,
				actual: windowSum(h, from, to).cents
			};
		});
	const actual = rows.reduce((t, r) => t + r.actual, 0);
	return {
		asOfDay,
		from,
		to,
		customers: rows.length,
		actualCents: actual,
		model: score(
			rows.map((r) => ({ f: r.model, a: r.actual })),
			actual
		),
		lastPeriod: score(
			rows.map((r) => ({ f: r.last, a: r.actual })),
			actual
		),
		sameWindowLastYear: score(
			rows.map((r) => ({ f: r.lastYear, a: r.actual })),
			actual
		)
	};
}
