/**
 * What the shell shows to prove the portfolio is loaded: how many customers, orders,
 * interactions and people there are, the period the orders cover, and invoiced revenue per
 * month over the last 12 months (a plain sum of invoiced orders, not an estimate).
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '../db/client.ts';

export interface PortfolioOverview {
	customers: number;
	prospects: number;
	orders: number;
	interactions: number;
	reps: number;
	managers: number;
	pendingFollowUps: number;
	openOpportunities: number;
	firstOrder: string | null;
	lastOrder: string | null;
	database: string;
	monthlyRevenue: { month: string; revenueCents: number; orders: number }[];
}

/** `repId`: only that rep's customers (a rep's own view); omitted for the whole company. */
export async function portfolioOverview(
	db: GiroDatabase,
	repId?: number
): Promise<PortfolioOverview> {
	const mine = repId === undefined ? sql`true` : sql`c.rep_id = ${repId}`;
	const [counts] = await db.rows<Omit<PortfolioOverview, 'database' | 'monthlyRevenue'>>(sql`
		select
			(select count(*)::int from customers c where ${mine}) as customers,
			(select count(*)::int from customers c
				where ${mine} and not exists (select 1 from orders o where o.customer_id = c.id and o.status = 'invoiced')) as prospects,
			(select count(*)::int from orders o join customers c on c.id = o.customer_id where ${mine}) as orders,
			(select count(*)::int from interactions i join customers c on c.id = i.customer_id where ${mine}) as interactions,
			(select count(*)::int from users where role = 'rep' and active) as reps,
			(select count(*)::int from users where role = 'manager' and active) as managers,
			(select count(*)::int from follow_ups f join customers c on c.id = f.customer_id
				where f.status = 'pending' and ${mine}) as "pendingFollowUps",
			(select count(*)::int from opportunities p join customers c on c.id = p.customer_id
				where p.stage not in ('won', 'lost') and ${mine}) as "openOpportunities",
			(select min(order_date)::text from orders o join customers c on c.id = o.customer_id
				where o.status = 'invoiced' and ${mine}) as "firstOrder",
			(select max(order_date)::text from orders o join customers c on c.id = o.customer_id
				where o.status = 'invoiced' and ${mine}) as "lastOrder"`);
	const monthlyRevenue = counts.lastOrder
		? await db.rows<PortfolioOverview['monthlyRevenue'][number]>(sql`
			with months as (
				select generate_series(
					date_trunc('month', ${counts.lastOrder}::date) - interval '11 months',
					date_trunc('month', ${counts.lastOrder}::date),
					interval '1 month')::date as m
			)
			select to_char(m, 'YYYY-MM') as month,
				coalesce(sum(o.total_cents), 0)::float8 as "revenueCents",
				count(o.id)::int as orders
			from months
			left join (select o.* from orders o join customers c on c.id = o.customer_id where ${mine}) o
				on o.status = 'invoiced' and o.order_date >= m and o.order_date < (m + interval '1 month')
			group by m order by m`)
		: [];
	return { ...counts, database: db.label, monthlyRevenue };
}
