/**
 * Helpers of the import tests: fixture paths, and a fingerprint of every table an import can
 * touch (row count + md5 of all rows, plus the data version), to prove "nothing was written"
 * and "the database is exactly as before".
 */
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '#lib/server/db/client.ts';

export const fixture = (name: string) => path.resolve('tests/fixtures/import', name);

const TABLES = [
	'customers',
	'products',
	'orders',
	'order_items',
	'contacts',
	'opportunities',
	'interactions',
	'follow_ups',
	'app_meta'
] as const;

export async function snapshot(db: GiroDatabase): Promise<Record<string, string>> {
	const out: Record<string, string> = {};
	for (const table of TABLES) {
		const [row] = await db.rows<{ n: number; h: string }>(
			sql`select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), ''))::text as h from ${sql.identifier(table)} t`
		);
		out[table] = `${row.n}:${row.h}`;
	}
	return out;
}

export async function count(db: GiroDatabase, table: (typeof TABLES)[number]): Promise<number> {
	const [row] = await db.rows<{ n: number }>(
		sql`select count(*)::int as n from ${sql.identifier(table)}`
	);
	return row.n;
}
