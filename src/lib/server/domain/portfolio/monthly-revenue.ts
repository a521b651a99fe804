/**
 * Invoiced revenue per calendar month (São Paulo) for the last N months up to `asOf`, the
 * month of `asOf` cut at `asOf` and flagged as partial. Only invoiced orders count (as in the engine).
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '../../db/client.ts';
import { addMonths, startOfMonth } from '../calendar/iso-date.ts';
import { scopeCondition, type PortfolioScope } from './scope.ts';

export interface MonthRevenue {
	/** 'YYYY-MM'. */
	month: string;
	revenueCents: number;
	orders: number;
	/** The running month (only up to `asOf`). */
	partial: boolean;
}

export async function monthlyRevenue(
	db: GiroDatabase,
	options: { asOf: string; months: number; scope: PortfolioScope }
): Promise<MonthRevenue[]> {
	const first = startOfMonth(addMonths(startOfMonth(options.asOf), -(options.months - 1)));
	const rows = await db.rows<{ m: string; cents: number; n: number }>(sql`
		select to_char(o.order_date, 'YYYY-MM') as m, sum(o.total_cents)::bigint as cents, count(*)::int as n
		from orders o join customers c on c.id = o.customer_id
		where o.status = 'invoiced' and o.order_date >= ${first}::date
			and o.order_date <= ${options.asOf}::date and ${scopeCondition(options.scope, 'c')}
		group by 1`);
	const byMonth = new Map(rows.map((r) => [r.m, r]));
	return Array.from({ length: options.months }, (_, i) => {
		const month = addMonths(first, i).slice(0, 7);
		const r = byMonth.get(month);
		return {
			month,
			revenueCents: r ? Number(r.cents) : 0,
			orders: r ? Number(r.n) : 0,
			partial: i === options.months - 1
		};
	});
}
