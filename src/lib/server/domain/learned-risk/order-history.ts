/**
 * The purchase history the learned risk model and the forecast read: per customer, its
 * occasions (invoiced orders of one day merged, values summed — SPEC "occasion") as day numbers
 * and cents, in date order. Built from plain rows so the same code serves the database, the UCI
 * bench and tests. Nothing here knows a date T₀: every reader cuts the history at its own T₀.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '../../db/client.ts';

export interface OrderRow {
	customerId: number;
	/** ISO date, yyyy-mm-dd. */
	date: string;
	cents: number;
}

export interface CustomerHistory {
	customerId: number;
	/** Occasion days (days since 1970-01-01), ascending, one per day. */
	days: Int32Array;
	/** Value of each occasion, cents. */
	cents: Float64Array;
}

export const DAY_MS = 86_400_000;

export function dayNumber(iso: string): number {
	return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function isoFromDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Groups rows by customer, merges orders of one day, sorts by date. */
export function buildHistories(rows: Iterable<OrderRow>): CustomerHistory[] {
	const byCustomer = new Map<number, Map<number, number>>();
	for (const row of rows) {
		let days = byCustomer.get(row.customerId);
		if (!days) byCustomer.set(row.customerId, (days = new Map()));
		const day = dayNumber(row.date);
		days.set(day, (days.get(day) ?? 0) + row.cents);
	}
	const out: CustomerHistory[] = [];
	for (const [customerId, days] of byCustomer) {
		const sorted = [...days.keys()].sort((a, b) => a - b);
		out.push({
			customerId,
			days: Int32Array.from(sorted),
			cents: Float64Array.from(sorted.map((d) => days.get(d)!))
		});
	}
	return out.sort((a, b) => a.customerId - b.customerId);
}

/** Number of occasions on or before `day` (binary search). */
export function countUpTo(h: CustomerHistory, day: number): number {
	let lo = 0;
	let hi = h.days.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (h.days[mid] <= day) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Occasions and revenue in (from, to]. */
export function windowSum(
	h: CustomerHistory,
	from: number,
	to: number
): { occasions: number; cents: number } {
	const i = countUpTo(h, from);
	const j = countUpTo(h, to);
	let cents = 0;
	for (let k = i; k < j; k++) cents += h.cents[k];
	return { occasions: j - i, cents };
}

/**
 * Every invoiced order up to `upTo` (inclusive), whole portfolio: the model learns from all
 * customers; scope only narrows what is reported.
 */
export async function loadOrderRows(db: GiroDatabase, upTo: string): Promise<OrderRow[]> {
	return db.rows<OrderRow>(sql`
		select customer_id::int as "customerId", order_date::text as date,
			total_cents::float8 as cents
		from orders
		where status = 'invoiced' and order_date <= ${upTo}::date`);
}

/**
 * The same as `buildHistories(await loadOrderRows(db, upTo))`, aggregated by the database: one
 * row per customer with its occasion days and values (a fraction of the rows to transfer).
 */
export async function loadHistories(db: GiroDatabase, upTo: string): Promise<CustomerHistory[]> {
	// Comma-separated text: parsed far faster than arrays by both drivers.
	const rows = await db.rows<{ customerId: number; days: string; cents: string }>(sql`
		select customer_id::int as "customerId", string_agg(d::text, ',' order by d) as days,
			string_agg(c::text, ',' order by d) as cents
		from (
			select customer_id, (order_date - date '1970-01-01')::int as d, sum(total_cents) as c
			from orders
			where status = 'invoiced' and order_date <= ${upTo}::date
			group by 1, 2
		) o
		group by 1
		order by 1`);
	return rows.map((r) => ({
		customerId: r.customerId,
		days: Int32Array.from(r.days.split(','), Number),
		cents: Float64Array.from(r.cents.split(','), Number)
	}));
}

/** A cheap fingerprint of the orders table, to know when a cached model is stale. */
export async function ordersFingerprint(db: GiroDatabase): Promise<string> {
	const [row] = await db.rows<{ f: string }>(sql`
		select count(*)::text || ':' || coalesce(max(id), 0)::text || ':' ||
			coalesce(sum(total_cents), 0)::text || ':' || coalesce(max(order_date)::text, '') as f
		from orders where status = 'invoiced'`);
	return row?.f ?? '';
}
