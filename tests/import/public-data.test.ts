/**
 * The presets on the real public data in ../shared/data (read in place, never copied):
 * UCI Online Retail 2010-2011 reports the counts its README documents and re-importing it is a
 * no-op; both UCI files combine without duplicates; CDNOW imports its 6,919 purchases of 2,357
 * customers from the CSV and reads the same from the headerless whitespace text file.
 * UCI runs on the PostgreSQL server (the slow part of PGlite is measured by bench/import.ts).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { dataVersion } from '#lib/server/db/data-version.ts';
import { uciFile } from '#lib/server/import/presets/uci-online-retail.ts';
import { runImport } from '#lib/server/import/run-import.ts';
import { sharedDataPath } from '#lib/server/shared-data-path.ts';
import { freshPglite, freshServer } from '../support/databases.ts';
import { count, snapshot } from './support.ts';

describe('UCI Online Retail 2010-2011', () => {
	let db: GiroDatabase;
	beforeAll(async () => {
		db = await freshServer();
	});
	afterAll(() => db?.close());

	it('reports the README counts and writes one order per invoice with a customer', async () => {
		const s = await runImport(db, {
			preset: 'uci-online-retail',
			files: [{ path: uciFile('2010-2011') }]
		});
		expect(s.errors).toBe(0);
		expect(s.written).toBe(true);
		expect(s.rows).toBe(541_909);
		expect(s.facts).toMatchObject({
			'linhas lidas': 541_909,
			'ids de cliente': 4_372,
			'linhas sem cliente': 135_080,
			'linhas de cancelamento': 9_288
		});
		expect(s.skipped).toEqual({ 'linha sem cliente (CustomerID vazio)': 135_080 });
		expect(s.tables.customers.inserted).toBe(4_372);
		expect(await count(db, 'customers')).toBe(4_372);
		expect(await count(db, 'order_items')).toBe(541_909 - 135_080);
		const [uk] = await db.rows<{ country: string; segment: string | null }>(
			sql`select country, segment from customers where erp_code = '17850'`
		);
		expect(uk).toEqual({ country: 'United Kingdom', segment: null });
		const [cancelled] = await db.rows<{ n: number }>(
			sql`select count(*)::int as n from orders where status = 'cancelled' and erp_id not like 'C%'`
		);
		expect(cancelled.n).toBe(0);
	}, 600_000);

	it('re-importing it is a no-op', async () => {
		const before = await snapshot(db);
		const version = await dataVersion(db);
		const s = await runImport(db, {
			preset: 'uci-online-retail',
			files: [{ path: uciFile('2010-2011') }]
		});
		// The customers exist now: an orders import never touches existing customers.
		expect(s.tables.customers).toEqual({ inserted: 0, updated: 0, unchanged: 0 });
		expect(s.tables.orders).toEqual({ inserted: 0, updated: 0, unchanged: 22_190 });
		expect(s.tables.order_items).toMatchObject({ inserted: 0, deleted: 0 });
		expect(await snapshot(db)).toEqual(before);
		expect(await dataVersion(db)).toBe(version);
	}, 600_000);
});

describe('UCI Online Retail, both files', () => {
	it('combine without duplicates (validation pass)', async () => {
		const db = await freshPglite();
		try {
			const s = await runImport(db, { preset: 'uci-online-retail', validateOnly: true });
			expect(s.errors).toBe(0);
			expect(s.rows).toBe(541_909 + 525_461);
			const duplicates = s.facts['linhas repetidas entre arquivos'];
			expect(duplicates).toBeGreaterThan(0);
			expect(s.validRows + s.skipped['linha sem cliente (CustomerID vazio)'] + duplicates).toBe(
				s.rows
			);
		} finally {
			await db.close();
		}
	}, 600_000);
});

describe('CDNOW', () => {
	let db: GiroDatabase;
	beforeAll(async () => {
		db = await freshPglite();
	});
	afterAll(() => db?.close());

	it('imports the 6,919 purchases of 2,357 customers, and again changes nothing', async () => {
		const s = await runImport(db, { preset: 'cdnow' });
		expect(s.errors).toBe(0);
		expect(s.tables.orders).toEqual({ inserted: 6_919, updated: 0, unchanged: 0 });
		expect(s.tables.customers.inserted).toBe(2_357);
		const [sum] = await db.rows<{ cds: number }>(sql`select sum(volume)::int as cds from orders`);
		expect(sum.cds).toBeGreaterThan(6_919);
		const again = await runImport(db, { preset: 'cdnow' });
		expect(again.tables.orders).toEqual({ inserted: 0, updated: 0, unchanged: 6_919 });
	});

	it('reads the headerless whitespace-separated sample the same way', async () => {
		const s = await runImport(db, {
			preset: 'cdnow',
			files: [{ path: sharedDataPath('cdnow', 'CDNOW_sample.txt') }],
			validateOnly: true
		});
		expect(s.errors).toBe(0);
		expect(s.files[0].separator).toBe('whitespace');
		expect(s.rows).toBe(6_919);
		expect(s.facts.clientes).toBe(2_357);
	});
});
