/**
 * A customer's product mix and the products it stopped buying, from the items of its invoiced
 * orders. Decisions: the mix is the last 12 months before asOf, by value; a product was
 * "stopped" when it was in 2 or more orders in the 12 months before the last 90 days and in
 * none of the last 90 days.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '../../db/client.ts';
import { addDays } from '../calendar/iso-date.ts';

export const STOPPED_PRODUCT_DAYS = 90;

export interface ProductLine {
	sku: string;
	name: string;
	orders: number;
	quantity: number;
	valueCents: number;
	lastOrder: string;
}

export async function customerProducts(
	db: GiroDatabase,
	customerId: number,
	asOf: string
): Promise<{ mix: ProductLine[]; stopped: ProductLine[]; since: string; recentFrom: string }> {
	const since = addDays(asOf, -365);
	const recentFrom = addDays(asOf, -STOPPED_PRODUCT_DAYS + 1);
	const stoppedSince = addDays(recentFrom, -365);
	const lines = await db.rows<ProductLine & { recent: number; before: number }>(sql`
		select i.sku, coalesce(max(i.product_name), max(p.name), i.sku) as name,
			count(distinct o.id) filter (where o.order_date >= ${since}::date)::int as orders,
			coalesce(sum(i.quantity) filter (where o.order_date >= ${since}::date), 0)::float8 as quantity,
			coalesce(sum(i.value_cents) filter (where o.order_date >= ${since}::date), 0)::float8 as "valueCents",
			max(o.order_date)::text as "lastOrder",
			count(distinct o.id) filter (where o.order_date >= ${recentFrom}::date)::int as recent,
			count(distinct o.id) filter (where o.order_date >= ${stoppedSince}::date
				and o.order_date < ${recentFrom}::date)::int as before
		from order_items i join orders o on o.id = i.order_id
			left join products p on p.id = i.product_id
		where o.customer_id = ${customerId} and o.status = 'invoiced'
			and o.order_date <= ${asOf}::date and o.order_date >= ${stoppedSince}::date
		group by i.sku`);
	const strip = ({
		recent: _r,
		before: _b,
		...l
	}: ProductLine & { recent: number; before: number }) => l;
	const mix = lines
		.filter((l) => l.orders > 0)
		.sort((x, y) => y.valueCents - x.valueCents || x.sku.localeCompare(y.sku))
		.map(strip);
	const stopped = lines
		.filter((l) => l.recent === 0 && l.before >= 2)
		.sort((x, y) => y.lastOrder.localeCompare(x.lastOrder) || x.sku.localeCompare(y.sku))
		.map(strip);
	return { mix, stopped, since, recentFrom };
}
