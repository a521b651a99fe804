/**
 * The Carteira page's first view: customers and invoiced revenue of the last 12 months
 * (up to `asOf`) per rep and per segment. Plain sums of invoiced orders; the risk states and
 * estimates arrive with the portfolio engine.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '../db/client.ts';

export interface BreakdownRow {
	key: string;
	customers: number;
	buyers: number;
	revenueCents: number;
}

export async function portfolioBreakdown(db: GiroDatabase, asOf: string) {
	const window = sql`o.status = 'invoiced' and o.order_date > (${asOf}::date - 365) and o.order_date <= ${asOf}::date`;
	const byRep = await db.rows<BreakdownRow>(sql`
		select coalesce(u.name, 'Sem vendedor') as key, count(distinct c.id)::int as customers,
			count(distinct o.customer_id)::int as buyers, coalesce(sum(o.total_cents), 0)::float8 as "revenueCents"
		from customers c
		left join users u on u.id = c.rep_id
		left join orders o on o.customer_id = c.id and ${window}
		group by 1 order by 4 desc`);
	const bySegment = await db.rows<BreakdownRow>(sql`
		select coalesce(c.segment, 'Sem segmento') as key, count(distinct c.id)::int as customers,
			count(distinct o.customer_id)::int as buyers, coalesce(sum(o.total_cents), 0)::float8 as "revenueCents"
		from customers c
		left join orders o on o.customer_id = c.id and ${window}
		group by 1 order by 4 desc`);
	return { byRep, bySegment };
}
