/**
 * The data version: a counter that database triggers bump on every change to orders or
 * customers (migration 0002). Whole-portfolio caches key on it.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from './client.ts';

export async function dataVersion(db: GiroDatabase): Promise<number> {
	const [row] = await db.rows<{ v: number }>(
		sql`select coalesce((select (value #>> '{}')::float8 from app_meta where key = 'data_version'), 0) as v`
	);
	return row.v;
}
