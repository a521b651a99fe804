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

export async function portfolioOverview(db: GiroDatabase): Promise<PortfolioOverview> {
	const [counts] = await db.rows<Omit<PortfolioOverview, 'database' | 'monthlyRevenue'>>(sql`
		select
			(select count(*)::int from customers) as customers,
			(select count(*)::int from customers c
				where not exists (select 1 from orders o where o.customer_id = c.id and o.status = 'invoiced')) as prospects,
			(select count(*)::int from orders) as orders,
			(select count(*)::int from interactions) as interactions,
			(select count(*)::int from users where role = 'rep' and active) as reps,
			(select count(*)::int from users where role = 'manager' and active) as managers,
			(select count(*)::int from follow_ups where status = 'pending') as "pendingFollowUps",
			(select count(*)::int from opportunities where stage not in ('won', 'lost')) as "openOpportunities",
			(select min(order_date)::text from orders where status = 'invoiced') as "firstOrder",
			(select max(order_date)::text from orders where status = 'invoiced') as "lastOrder"`);
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
			left join orders o on o.status = 'invoiced'
				and o.order_date >= m and o.order_date < (m + interval '1 month')
			group by m order by m`)
		: [];
	return { ...counts, database: db.label, monthlyRevenue };
}
