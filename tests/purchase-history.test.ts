/**
 * `customer_purchase_history` (migration 0007) against the reference path, on PGlite and on the
 * server: for random portfolios (same-day orders, cancelled orders, missing volumes, long
 * gaps) and several `asOf` dates, the facts read from the materialised history equal the facts
 * computed straight from `orders` — volumes to the last few ulps (the history sums exact
 * thousandths, the scan sums floats), everything else exactly. Then the triggers: inserts,
 * updates (value, date, status, moving an order to another customer), deletes, a customer
 * deleted with its orders, truncate, and a failed statement leave the table equal to a
 * from-scratch rebuild.
 */
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { addDays } from '#lib/server/domain/calendar/iso-date.ts';
import {
	customerFacts,
	customerFactsFromOrders,
	type CustomerFacts
} from '#lib/server/domain/portfolio/customer-facts.ts';
import { DEFAULT_ENGINE_CONFIG, engineConfig } from '#lib/server/domain/portfolio/engine-config.ts';
import { freshPglite, freshServer } from './support/databases.ts';
import { writeTinyPortfolio, type TinyCustomer } from './support/tiny-portfolio.ts';

const START = '2024-01-01';
const AS_OFS = ['2023-12-31', '2024-03-15', '2025-01-01', '2025-06-30', '2026-01-20', '2027-09-01'];

const orderArb = fc.tuple(
	fc.integer({ min: 0, max: 900 }),
	fc.integer({ min: 0, max: 3_000_000 }),
	fc.constantFrom('invoiced', 'invoiced', 'invoiced', 'cancelled'),
	fc.option(fc.integer({ min: 0, max: 99_999_999 }), { nil: null })
);
const portfolioArb = fc.array(
	fc.record({
		segment: fc.constantFrom('agro', 'varejo', null),
		// Few distinct days per customer, so same-day orders (one occasion) happen often.
		orders: fc.array(orderArb, { maxLength: 40 }),
		clustered: fc.boolean()
	}),
	{ minLength: 1, maxLength: 8 }
);

function toCustomers(
	raw: {
		segment: string | null;
		orders: [number, number, string, number | null][];
		clustered: boolean;
	}[]
): TinyCustomer[] {
	return raw.map((c, i) => ({
		id: i + 1,
		segment: c.segment,
		orders: c.orders.map(([day, cents, status, milli]) => [
			addDays(START, c.clustered ? day - (day % 30) : day),
			cents,
			status as 'invoiced' | 'cancelled',
			milli === null ? null : milli / 1000
		])
	}));
}

/** Equal, with volumes compared to a relative 1e-12. */
function expectSameFacts(actual: CustomerFacts[], expected: CustomerFacts[]) {
	const strip = (f: CustomerFacts) => ({ ...f, recentVolume: 0, baselineVolume: 0 });
	expect(actual.map(strip)).toEqual(expected.map(strip));
	actual.forEach((a, i) => {
		for (const key of ['recentVolume', 'baselineVolume'] as const) {
			const x = a[key];
			const y = expected[i][key];
			if (x === null || y === null) expect(x).toBe(y);
			else expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(y)));
		}
	});
}

async function expectAgreement(db: GiroDatabase) {
	for (const asOf of AS_OFS) {
		const query = { asOf, config: DEFAULT_ENGINE_CONFIG, includeProspects: true };
		expectSameFacts(await customerFacts(db, query), await customerFactsFromOrders(db, query));
	}
}

async function historySnapshot(db: GiroDatabase) {
	return db.rows<{ row: string }>(
		sql`select customer_purchase_history::text as row from customer_purchase_history order by customer_id`
	);
}

/** The history as the triggers left it equals a rebuild from scratch. */
async function expectFreshHistory(db: GiroDatabase) {
	const kept = await historySnapshot(db);
	await db.orm.transaction(async (tx) => {
		await tx.execute(sql`delete from customer_purchase_history`);
		await tx.execute(sql`select giro_refresh_purchase_history(array(select id from customers))`);
	});
	expect(await historySnapshot(db)).toEqual(kept);
}

async function reset(db: GiroDatabase) {
	await db.rows(sql`truncate customers, orders, users restart identity cascade`);
}

describe.each([
	['PGlite', freshPglite],
	['PostgreSQL', freshServer]
] as const)('purchase history on %s', (_name, open) => {
	let db: GiroDatabase;
	beforeAll(async () => {
		db = await open();
	});
	afterAll(() => db?.close());

	test('facts from the history equal facts from the orders, at any asOf', async () => {
		await fc.assert(
			fc.asyncProperty(portfolioArb, async (raw) => {
				await reset(db);
				await writeTinyPortfolio(db, toCustomers(raw));
				await expectAgreement(db);
			}),
			{ numRuns: 15 }
		);
	});

	test('occasions exactly on the window boundaries fall on the same side', async () => {
		// Last 12 gaps: six of 40 days and six of 41 → cycle 40.5, recent window 121.5 days,
		// baseline to 486.5; occasions at ages 121, 365 and 486 sit on the boundaries.
		const asOf = '2025-06-30';
		const gaps = [41, 41, 41, 41, 40, 40, 40, 40, 41, 40, 40, 41, 93];
		const ages = gaps.reduce((list, g) => [...list, list.at(-1)! + g], [121]);
		expect(ages).toEqual(expect.arrayContaining([121, 365, 486]));
		await reset(db);
		await writeTinyPortfolio(db, [
			{
				id: 1,
				orders: ages.map((age, i) => [addDays(asOf, -age), 1000_00 + i, 'invoiced', i + 0.5])
			}
		]);
		const query = { asOf, config: DEFAULT_ENGINE_CONFIG };
		const [facts] = await customerFacts(db, query);
		expect(facts).toMatchObject({ ownCycle: 40.5, windowDays: 121.5, frequency365: 6 });
		expect(facts.baselineOccasions).toBe(9); // ages 162 … 486
		expectSameFacts([facts], await customerFactsFromOrders(db, query));
	});

	test('another number of intervals is served by the scan of orders', async () => {
		await reset(db);
		await writeTinyPortfolio(db, toCustomers([{ segment: 'agro', clustered: false, orders: [] }]));
		await db.rows(sql`insert into orders (erp_id, customer_id, order_date, total_cents)
			select 'X' || g, 1, date '2024-01-01' + g * 7 + (g % 3), 1000 from generate_series(1, 30) g`);
		const config = engineConfig({ cycle: { maxIntervals: 6 } });
		const query = { asOf: '2025-01-01', config };
		const [facts] = await customerFacts(db, query);
		expect(facts).toEqual((await customerFactsFromOrders(db, query))[0]);
		expect(facts.intervals).toBe(6);
	});

	test('every kind of change to orders keeps the history equal to a rebuild', async () => {
		await reset(db);
		await writeTinyPortfolio(db, [
			{
				id: 1,
				orders: [
					['2024-01-05', 100_00, 'invoiced', 2],
					['2024-02-05', 200_00]
				]
			},
			{
				id: 2,
				orders: [
					['2024-01-10', 50_00],
					['2024-01-10', 70_00, 'invoiced', 1.5]
				]
			},
			{ id: 3, orders: [['2024-03-01', 90_00, 'cancelled']] },
			{ id: 4, orders: [] }
		]);
		await expectFreshHistory(db);
		const step = async (statement: ReturnType<typeof sql>) => {
			await db.rows(statement);
			await expectFreshHistory(db);
			await expectAgreement(db);
		};
		await step(sql`insert into orders (erp_id, customer_id, order_date, total_cents, volume)
			values ('N1', 1, '2024-01-20', 30000, 4.25), ('N2', 4, '2024-05-01', 1000, null)`);
		await step(sql`update orders set total_cents = total_cents + 1 where customer_id = 2`);
		await step(sql`update orders set order_date = '2023-12-01' where erp_id = 'P1-1'`);
		await step(sql`update orders set status = 'invoiced' where customer_id = 3`);
		await step(sql`update orders set status = 'cancelled' where erp_id = 'N2'`);
		await step(sql`update orders set customer_id = 4 where erp_id = 'P1-0'`);
		await step(sql`update orders set created_at = now()`);
		await step(sql`delete from orders where erp_id = 'P2-0'`);
		await step(sql`delete from customers where id = 2`);
		const rows = await db.rows<{ n: number }>(
			sql`select count(*)::int as n from customer_purchase_history where customer_id = 2`
		);
		expect(rows[0].n).toBe(0);
		// A statement that fails changes neither the orders nor the history.
		const before = await historySnapshot(db);
		await expect(
			db.rows(sql`insert into orders (erp_id, customer_id, order_date, total_cents)
				values ('F1', 1, '2024-06-01', 500), ('F2', 1, '2024-06-02', -1)`)
		).rejects.toThrow();
		expect(await historySnapshot(db)).toEqual(before);
		await step(sql`truncate orders cascade`);
		expect(await historySnapshot(db)).toEqual([]);
	});
});
