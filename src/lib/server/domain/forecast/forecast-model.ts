/**
 * SPEC "Forecast (previsão de faturamento)": expected revenue of each customer in a window
 * (from, to] seen from T₀ (from ≥ T₀), from the customer's own history up to T₀ only. Three
 * estimates, averaged with equal weights (the weights were chosen over ten month-ends of UCI
 * Online Retail, not over the three evaluation dates alone; BACKTEST.md):
 *
 * - expected purchases × expected occasion value: BG/NBD expected purchases in the window
 *   (fitted on the whole portfolio at T₀) × the mean value of the customer's last ≤ 12
 *   occasions;
 * - the same window last year: the customer's revenue in (from − 365, to − 365];
 * - the last period, season-adjusted: the customer's revenue in the window's length before
 *   T₀, × the portfolio's season index (revenue in the same window last year over the period
 *   before it, last year; 1 when the history does not reach that far).
 */
import type { BgNbdParams } from '../bgnbd/index.ts';
import { fitAt } from '../learned-risk/features.ts';
import { countUpTo, windowSum, type CustomerHistory } from '../learned-risk/order-history.ts';
import { expectedWindowPurchases } from './expected-purchases.ts';

export interface CustomerForecast {
	customerId: number;
	/** Expected revenue in the window, cents (not rounded). */
	expectedCents: number;
	/** BG/NBD expected purchases in the window. */
	expectedPurchases: number;
	/** Mean value of the last ≤ 12 occasions, cents. */
	occasionValueCents: number;
	sameWindowLastYearCents: number;
	lastPeriodCents: number;
}

export interface PortfolioForecast {
	asOfDay: number;
	from: number;
	to: number;
	seasonIndex: number;
	customers: CustomerForecast[];
}

const WEEK = 7;

/** Σ revenue of every customer in (from, to]. */
export function portfolioRevenue(
	histories: readonly CustomerHistory[],
	from: number,
	to: number
): number {
	let total = 0;
	for (const h of histories) total += windowSum(h, from, to).cents;
	return total;
}

export function seasonIndex(
	histories: readonly CustomerHistory[],
	asOfDay: number,
	from: number,
	to: number
): number {
	const length = to - from;
	const first = histories.reduce((m, h) => (h.days.length ? Math.min(m, h.days[0]) : m), Infinity);
	if (asOfDay - 365 - length < first) return 1;
	const window = portfolioRevenue(histories, from - 365, to - 365);
	const before = portfolioRevenue(histories, asOfDay - 365 - length, asOfDay - 365);
	return before > 0 && window > 0 ? window / before : 1;
}

/**
 * Forecast of every customer with an occasion by T₀ for (from, to]. Reads occasions on or
 * before T₀ only.
 */
export function forecastWindow(
	histories: readonly CustomerHistory[],
	asOfDay: number,
	from: number,
	to: number,
	params: BgNbdParams | null = fitAt(histories, asOfDay)
): PortfolioForecast {
	if (from < asOfDay) throw new RangeError('forecastWindow: the window starts before T₀');
	const known = histories.map((h) => cut(h, asOfDay)).filter((h) => h.days.length > 0);
	const season = seasonIndex(known, asOfDay, from, to);
	const length = to - from;
	const customers: CustomerForecast[] = [];
	for (const h of known) {
		const k = h.days.length;
		const first = h.days[0];
		const last = h.days[k - 1];
		const purchases = params
			? expectedWindowPurchases(
					params,
					{ x: k - 1, tx: (last - first) / WEEK, T: (asOfDay - first) / WEEK },
					(from - asOfDay) / WEEK,
					(to - asOfDay) / WEEK
				)
			: 0;
		const m = Math.min(12, k);
		let value = 0;
		for (let j = k - m; j < k; j++) value += h.cents[j];
		value /= m;
		const lastYear = windowSum(h, from - 365, to - 365).cents;
		const lastPeriod = windowSum(h, asOfDay - length, asOfDay).cents;
		customers.push({
			customerId: h.customerId,
			expectedCents: (purchases * value + lastYear + lastPeriod * season) / 3,
			expectedPurchases: purchases,
			occasionValueCents: value,
			sameWindowLastYearCents: lastYear,
			lastPeriodCents: lastPeriod
		});
	}
	return { asOfDay, from, to, seasonIndex: season, customers };
}

function cut(h: CustomerHistory, day: number): CustomerHistory {
	const k = countUpTo(h, day);
	return k === h.days.length
		? h
		: { customerId: h.customerId, days: h.days.subarray(0, k), cents: h.cents.subarray(0, k) };
}
