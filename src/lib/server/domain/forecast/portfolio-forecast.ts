/**
 * SPEC "Forecast" over the database: expected revenue of a scope for a period, split into
 * what was already invoiced in the period and what is still expected, with a range from the
 * model's own errors at the last closed month-ends, broken down by rep, segment or customer;
 * and the monthly series Carteira draws (actual months next to the forecast).
 *
 * The model always learns from the whole portfolio (a customer's forecast never depends on
 * who asks); the scope only narrows what is summed. The history read and the fits are cached
 * per database, T₀ and a fingerprint of the orders table, so a warm answer is arithmetic.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '../../db/client.ts';
import { addDays, addMonths, endOfMonth, startOfMonth } from '../calendar/iso-date.ts';
import { MONTH_WORDS } from '../calendar/pt-br-words.ts';
import { fitAt } from '../learned-risk/features.ts';
import {
	dayNumber,
	loadHistories,
	ordersFingerprint,
	windowSum,
	type CustomerHistory
} from '../learned-risk/order-history.ts';
import { scopeFilter, type PortfolioScope } from '../portfolio/scope.ts';
import type { BgNbdParams } from '../bgnbd/index.ts';
import { checkForecast } from './forecast-backtest.ts';
import { forecastWindow } from './forecast-model.ts';
import type { ResolvedPeriod } from './periods.ts';

export interface CustomerInfo {
	customerId: number;
	name: string;
	repId: number | null;
	segment: string | null;
	uf: string | null;
}

export interface PortfolioHistory {
	asOf: string;
	histories: CustomerHistory[];
	customers: Map<number, CustomerInfo>;
	reps: Map<number, string>;
	/** Memo of anything derived from this history (fits, checks), by key. */
	memo: Map<string, unknown>;
}

const cache = new WeakMap<GiroDatabase, Map<string, PortfolioHistory>>();

/** The history up to T₀ and the customers, cached per database, T₀ and orders fingerprint. */
export async function portfolioHistory(db: GiroDatabase, asOf: string): Promise<PortfolioHistory> {
	const fingerprint = await ordersFingerprint(db);
	const key = `${asOf}|${fingerprint}`;
	let byKey = cache.get(db);
	if (!byKey) cache.set(db, (byKey = new Map()));
	const hit = byKey.get(key);
	if (hit) return hit;
	const [rows, customers, reps] = await Promise.all([
		loadHistories(db, asOf),
		db.rows<CustomerInfo>(sql`
			select id as "customerId", coalesce(trade_name, legal_name) as name, rep_id as "repId",
				segment, uf
			from customers`),
		db.rows<{ id: number; name: string }>(sql`select id, name from users`)
	]);
	const value: PortfolioHistory = {
		asOf,
		histories: rows,
		customers: new Map(customers.map((c) => [c.customerId, c])),
		reps: new Map(reps.map((r) => [r.id, r.name])),
		memo: new Map()
	};
	byKey.clear();
	byKey.set(key, value);
	return value;
}

/**
 * Most entries one history's memo keeps: keys carry caller-chosen parts (a scope's rep,
 * segment, UF; a horizon), so a long-running server would otherwise grow with every distinct
 * question. Past the bound the oldest entry goes (recomputed if asked again).
 */
export const MAX_MEMO_ENTRIES = 256;

export function memo<T>(p: PortfolioHistory, key: string, make: () => T): T {
	if (!p.memo.has(key)) {
		const value = make();
		p.memo.set(key, value);
		while (p.memo.size > MAX_MEMO_ENTRIES) p.memo.delete(p.memo.keys().next().value!);
		return value;
	}
	return p.memo.get(key) as T;
}

export function scopedIds(p: PortfolioHistory, scope: PortfolioScope): (id: number) => boolean {
	const filter = scopeFilter(scope);
	return (id) => {
		const c = p.customers.get(id);
		return c ? filter(c) : false;
	};
}

export const scopeKey = (scope: PortfolioScope) => JSON.stringify(scope);

export type Breakdown = 'none' | 'rep' | 'segment' | 'customer';

export interface ForecastGroup {
	key: string;
	label: string;
	customers: number;
	invoicedCents: number;
	expectedCents: number;
	totalCents: number;
}

export interface RevenueForecast {
	period: ResolvedPeriod;
	asOf: string;
	/** Already invoiced in the period up to T₀ (customers in scope), cents. */
	invoicedCents: number;
	/** Still expected from T₀ to the end of the period, cents. */
	expectedCents: number;
	totalCents: number;
	/** Range of the total: the expected part ± the model's mean absolute error of the total. */
	lowCents: number;
	highCents: number;
	/** Mean |error of the total| at the last closed month-ends (null: no history to check). */
	typicalError: number | null;
	checkedAt: string[];
	seasonIndex: number;
	customers: number;
	groups: ForecastGroup[];
}

function paramsAt(p: PortfolioHistory, day: number): BgNbdParams | null {
	return memo(p, `fit:${day}`, () => fitAt(p.histories, day));
}

/** Mean |total error| of the forecast of a window of `length` days at the last 3 month-ends. */
function typicalError(p: PortfolioHistory, length: number, scope: PortfolioScope) {
	return memo(p, `err:${length}:${scopeKey(scope)}`, () => {
		const asOfDay = dayNumber(p.asOf);
		const keep = scopedIds(p, scope);
		const errors: number[] = [];
		const dates: string[] = [];
		let monthEnd = addDays(startOfMonth(addDays(p.asOf, -length)), -1);
		for (
			let i = 0;
			i < 12 && errors.length < 3;
			i++, monthEnd = addDays(startOfMonth(monthEnd), -1)
		) {
			const day = dayNumber(monthEnd);
			if (day + length > asOfDay) continue;
			const check = checkForecast(p.histories, day, day, day + length, keep);
			if (check.model.totalError === null) continue;
			errors.push(Math.abs(check.model.totalError));
			dates.push(monthEnd);
		}
		return {
			error: errors.length ? errors.reduce((a, b) => a + b, 0) / errors.length : null,
			dates
		};
	});
}

export function forecastRevenue(
	p: PortfolioHistory,
	options: {
		period: ResolvedPeriod;
		scope: PortfolioScope;
		breakdown: Breakdown;
		maxGroups?: number;
	}
): RevenueForecast {
	const { period, scope } = options;
	const asOfDay = dayNumber(p.asOf);
	const startDay = dayNumber(period.start);
	const endDay = dayNumber(period.end);
	const from = Math.max(asOfDay, startDay - 1);
	const keep = scopedIds(p, scope);
	const forecast = memo(p, `fc:${from}:${endDay}`, () =>
		forecastWindow(p.histories, asOfDay, from, endDay, paramsAt(p, asOfDay))
	);
	const expectedById = new Map(forecast.customers.map((c) => [c.customerId, c.expectedCents]));
	const groups = new Map<string, ForecastGroup>();
	let invoiced = 0;
	let expected = 0;
	let customers = 0;
	for (const h of p.histories) {
		if (!keep(h.customerId)) continue;
		const inv =
			startDay <= asOfDay ? windowSum(h, startDay - 1, Math.min(asOfDay, endDay)).cents : 0;
		const exp = expectedById.get(h.customerId) ?? 0;
		if (inv === 0 && exp === 0) continue;
		customers++;
		invoiced += inv;
		expected += exp;
		if (options.breakdown === 'none') continue;
		const info = p.customers.get(h.customerId)!;
		const key =
			options.breakdown === 'rep'
				? String(info.repId ?? 'none')
				: options.breakdown === 'segment'
					? (info.segment ?? 'none')
					: String(h.customerId);
		const label =
			options.breakdown === 'rep'
				? info.repId === null
					? 'Sem vendedor'
					: (p.reps.get(info.repId) ?? 'Vendedor')
				: options.breakdown === 'segment'
					? (info.segment ?? 'Sem segmento')
					: info.name;
		const g = groups.get(key) ?? {
			key,
			label,
			customers: 0,
			invoicedCents: 0,
			expectedCents: 0,
			totalCents: 0
		};
		g.customers++;
		g.invoicedCents += inv;
		g.expectedCents += exp;
		g.totalCents = g.invoicedCents + g.expectedCents;
		groups.set(key, g);
	}
	const err = endDay > asOfDay ? typicalError(p, endDay - from, scope) : { error: null, dates: [] };
	const margin = err.error === null ? 0 : expected * err.error;
	const round = (v: number) => Math.round(v);
	return {
		period,
		asOf: p.asOf,
		invoicedCents: round(invoiced),
		expectedCents: round(expected),
		totalCents: round(invoiced + expected),
		lowCents: round(invoiced + Math.max(0, expected - margin)),
		highCents: round(invoiced + expected + margin),
		typicalError: err.error,
		checkedAt: err.dates,
		seasonIndex: forecast.seasonIndex,
		customers,
		groups: [...groups.values()]
			.map((g) => ({
				...g,
				invoicedCents: round(g.invoicedCents),
				expectedCents: round(g.expectedCents),
				totalCents: round(g.totalCents)
			}))
			.sort((a, b) => b.totalCents - a.totalCents || a.key.localeCompare(b.key))
			.slice(0, options.maxGroups ?? 10)
	};
}

export interface MonthPoint {
	/** First day of the month. */
	month: string;
	label: string;
	/** Invoiced in the month up to T₀, cents. */
	actualCents: number;
	/** Still expected in the month after T₀ (0 for past months), cents. */
	forecastCents: number;
	lowCents: number | null;
	highCents: number | null;
	kind: 'past' | 'running' | 'future';
}

/** The last `pastMonths` months' revenue, the running month and the next `futureMonths`. */
export function monthlySeries(
	p: PortfolioHistory,
	scope: PortfolioScope,
	pastMonths = 12,
	futureMonths = 2
): MonthPoint[] {
	const running = startOfMonth(p.asOf);
	const out: MonthPoint[] = [];
	const keep = scopedIds(p, scope);
	for (let i = -pastMonths; i <= futureMonths; i++) {
		const start = addMonths(running, i);
		const end = endOfMonth(start);
		const month = Number(start.slice(5, 7));
		const label = `${MONTH_WORDS[month - 1].slice(0, 3)}/${start.slice(2, 4)}`;
		if (i < 0) {
			const s = dayNumber(start) - 1;
			const e = dayNumber(end);
			let actual = 0;
			for (const h of p.histories) if (keep(h.customerId)) actual += windowSum(h, s, e).cents;
			out.push({
				month: start,
				label,
				actualCents: Math.round(actual),
				forecastCents: 0,
				lowCents: null,
				highCents: null,
				kind: 'past'
			});
			continue;
		}
		const f = forecastRevenue(p, { period: { label, start, end }, scope, breakdown: 'none' });
		out.push({
			month: start,
			label,
			actualCents: f.invoicedCents,
			forecastCents: f.expectedCents,
			lowCents: f.lowCents,
			highCents: f.highCents,
			kind: i === 0 ? 'running' : 'future'
		});
	}
	return out;
}
