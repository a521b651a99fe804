/**
 * Sales in a period: invoiced orders (faturamento, pedidos, clientes que compraram) between two
 * dates, for a scope, optionally broken down by month, week (Monday to Sunday), rep, segment or
 * UF. Plain SQL over `orders` and `customers`; money in cents, never rounded here.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '../../db/client.ts';
import { scopeCondition, type PortfolioScope } from '../portfolio/scope.ts';

export const SALES_GROUPS = ['month', 'week', 'rep', 'segment', 'uf'] as const;
export type SalesGroup = (typeof SALES_GROUPS)[number];

export interface SalesFigures {
	revenueCents: number;
	orders: number;
	customers: number;
}

export interface SalesGroupRow extends SalesFigures {
	key: string;
	label: string;
}

const KEY: Record<SalesGroup, ReturnType<typeof sql.raw>> = {
	month: sql.raw(`to_char(o.order_date, 'YYYY-MM')`),
	week: sql.raw(`to_char(date_trunc('week', o.order_date)::date, 'YYYY-MM-DD')`),
	rep: sql.raw(`coalesce(c.rep_id::text, 'none')`),
	segment: sql.raw(`coalesce(c.segment, 'none')`),
	uf: sql.raw(`coalesce(c.uf, 'none')`)
};

export async function salesTotals(
	db: GiroDatabase,
	scope: PortfolioScope,
	from: string,
	to: string
): Promise<SalesFigures> {
	const [row] = await db.rows<SalesFigures>(sql`
		select coalesce(sum(o.total_cents), 0)::bigint::float8 as "revenueCents",
			count(*)::int as orders, count(distinct o.customer_id)::int as customers
		from orders o join customers c on c.id = o.customer_id
		where o.status = 'invoiced' and o.order_date between ${from}::date and ${to}::date
			and ${scopeCondition(scope)}`);
	return row;
}

export async function salesByGroup(
	db: GiroDatabase,
	scope: PortfolioScope,
	from: string,
	to: string,
	group: SalesGroup
): Promise<{ key: string; revenueCents: number; orders: number; customers: number }[]> {
	const key = KEY[group];
	return db.rows(sql`
		select ${key} as key, coalesce(sum(o.total_cents), 0)::bigint::float8 as "revenueCents",
			count(*)::int as orders, count(distinct o.customer_id)::int as customers
		from orders o join customers c on c.id = o.customer_id
		where o.status = 'invoiced' and o.order_date between ${from}::date and ${to}::date
			and ${scopeCondition(scope)}
		group by 1 order by 1`);
}
