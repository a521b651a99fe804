/**
 * The Clientes page's list: search by name, trade name, CNPJ or ERP code (accent-insensitive),
 * filter by segment and UF, paginated, with each customer's last invoiced order — always inside
 * the caller's scope (a rep: their own customers; see `PortfolioScope`).
 */
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { GiroDatabase } from '../db/client.ts';
import { scopeCondition, type PortfolioScope } from '../domain/portfolio/scope.ts';

export const CustomerDirectoryQuery = z.object({
	q: z.string().trim().max(100).optional().describe('Text to look for'),
	segment: z.string().trim().max(60).optional().describe('Exact segment'),
	uf: z
		.string()
		.trim()
		.regex(/^[A-Za-z]{2}$/, 'UF tem duas letras, como SP')
		.transform((v) => v.toUpperCase())
		.optional(),
	page: z.coerce.number().int().min(1).max(10_000).default(1)
});
export type CustomerDirectoryQuery = z.infer<typeof CustomerDirectoryQuery>;

export interface CustomerDirectoryRow {
	id: number;
	erpCode: string;
	legalName: string;
	tradeName: string | null;
	city: string | null;
	uf: string | null;
	segment: string | null;
	repName: string | null;
	lastOrder: string | null;
}

export const PAGE_SIZE = 25;

export async function customerDirectory(
	db: GiroDatabase,
	query: CustomerDirectoryQuery,
	scope: PortfolioScope
) {
	const where: SQL[] = [scopeCondition(scope, 'c')];
	if (query.q) {
		const like = `%${query.q}%`;
		const digits = query.q.replace(/\D/g, '');
		where.push(sql`(giro_unaccent(c.legal_name) ilike giro_unaccent(${like})
			or giro_unaccent(coalesce(c.trade_name, '')) ilike giro_unaccent(${like})
			or c.erp_code ilike ${like}
			${digits.length >= 4 ? sql`or c.cnpj like ${`%${digits}%`}` : sql``})`);
	}
	if (query.segment) where.push(sql`c.segment = ${query.segment}`);
	if (query.uf) where.push(sql`c.uf = ${query.uf}`);
	const filter = sql.join(where, sql` and `);
	const [{ total }] = await db.rows<{ total: number }>(
		sql`select count(*)::int as total from customers c where ${filter}`
	);
	const rows = await db.rows<CustomerDirectoryRow>(sql`
		select c.id, c.erp_code as "erpCode", c.legal_name as "legalName", c.trade_name as "tradeName",
			c.city, c.uf, c.segment, u.name as "repName",
			(select max(o.order_date)::text from orders o
				where o.customer_id = c.id and o.status = 'invoiced') as "lastOrder"
		from customers c left join users u on u.id = c.rep_id
		where ${filter}
		order by c.legal_name, c.id
		limit ${PAGE_SIZE} offset ${(query.page - 1) * PAGE_SIZE}`);
	const segments = await db.rows<{ segment: string }>(
		sql`select distinct c.segment from customers c
			where ${scopeCondition(scope, 'c')} and c.segment is not null order by 1`
	);
	return { total, rows, pageSize: PAGE_SIZE, segments: segments.map((s) => s.segment) };
}
