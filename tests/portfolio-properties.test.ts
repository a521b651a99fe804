/**
 * Properties of the engine over random small portfolios (fast-check), on PGlite:
 * the order rows are inserted in doesn't matter; without new orders a state never improves as
 * asOf moves forward; money totals are exact integer cents.
 */
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { addDays } from '#lib/server/domain/calendar/iso-date.ts';
import { assessPortfolio } from '#lib/server/domain/portfolio/assess-portfolio.ts';
import { customerFacts } from '#lib/server/domain/portfolio/customer-facts.ts';
import { DEFAULT_ENGINE_CONFIG } from '#lib/server/domain/portfolio/engine-config.ts';
import { totalsByState } from '#lib/server/domain/portfolio/summarize-portfolio.ts';
import { freshPglite } from './support/databases.ts';
import { writeTinyPortfolio, type TinyCustomer, type TinyOrder } from './support/tiny-portfolio.ts';

const START = '2025-01-01';
const LAST_ORDER_DAY = 540; // every order falls before 2026-06-25

const orderArb = fc.tuple(
	fc.integer({ min: 0, max: LAST_ORDER_DAY }),
	fc.integer({ min: 0, max: 5_000_000 }),
	fc.constantFrom('invoiced', 'invoiced', 'invoiced', 'cancelled')
);
const portfolioArb = fc.array(
	fc.record({
		segment: fc.constantFrom('agro', 'varejo', null),
		orders: fc.array(orderArb, { maxLength: 25 })
	}),
	{ minLength: 2, maxLength: 12 }
);

function toCustomers(
	raw: { segment: string | null; orders: [number, number, string][] }[]
): TinyCustomer[] {
	return raw.map((c, i) => ({
		id: i + 1,
		segment: c.segment,
		orders: c.orders.map(
			([day, cents, status]) =>
				[addDays(START, day), cents, status as 'invoiced' | 'cancelled'] as TinyOrder
		)
	}));
}

async function reset(db: GiroDatabase) {
	await db.rows(sql`truncate customers, orders, users restart identity cascade`);
}

const RANK = { new: 0, active: 0, at_risk: 1, inactive: 2, prospect: -1 } as const;

describe('engine properties', () => {
	let db: GiroDatabase;
	beforeAll(async () => {
		db = await freshPglite();
	});
	afterAll(() => db?.close());

	test('shuffling the insertion order of orders changes nothing', async () => {
		await fc.assert(
			fc.asyncProperty(portfolioArb, fc.integer(), async (raw, seed) => {
				const customers = toCustomers(raw);
				await reset(db);
				await writeTinyPortfolio(db, customers);
				const asOf = '2026-07-01';
				const a = await assessPortfolio(db, { asOf, includeProspects: true });
				const shuffled = customers.map((c) => ({
					...c,
					orders: [...c.orders].sort(() => ((seed = (seed * 1103515245 + 12345) | 0) & 1 ? 1 : -1))
				}));
				await reset(db);
				await writeTinyPortfolio(db, [...shuffled].reverse());
				const b = await assessPortfolio(db, { asOf, includeProspects: true });
				expect(b).toEqual(a);
			}),
			{ numRuns: 12 }
		);
	});

	test('without new orders, a state never improves as asOf moves forward', async () => {
		await fc.assert(
			fc.asyncProperty(portfolioArb, fc.integer({ min: 1, max: 400 }), async (raw, step) => {
				await reset(db);
				await writeTinyPortfolio(db, toCustomers(raw));
				const dates = [addDays(START, LAST_ORDER_DAY), addDays(START, LAST_ORDER_DAY + step)];
				dates.push(addDays(dates[1], step));
				const runs = await Promise.all(dates.map((asOf) => assessPortfolio(db, { asOf })));
				for (let i = 1; i < runs.length; i++) {
					const before = new Map(runs[i - 1].map((a) => [a.customerId, a.state]));
					for (const a of runs[i])
						expect(RANK[a.state]).toBeGreaterThanOrEqual(RANK[before.get(a.customerId)!]);
				}
			}),
			{ numRuns: 12 }
		);
	});

	test('money totals are exact integer cents and add up across states', async () => {
		await fc.assert(
			fc.asyncProperty(portfolioArb, async (raw) => {
				await reset(db);
				await writeTinyPortfolio(db, toCustomers(raw));
				const all = await assessPortfolio(db, { asOf: '2026-07-01' });
				const { all: total, byState } = totalsByState(all);
				for (const a of all) {
					expect(Number.isInteger(a.lostRevenueCents)).toBe(true);
					expect(Number.isInteger(a.revenueAtRiskCents)).toBe(true);
				}
				const states = Object.values(byState);
				expect(states.reduce((s, t) => s + t.lostRevenueCents, 0)).toBe(total.lostRevenueCents);
				expect(states.reduce((s, t) => s + t.revenueAtRiskCents, 0)).toBe(total.revenueAtRiskCents);
				const [sums] = await db.rows<{ v: number }>(
					sql`select coalesce(sum(total_cents), 0)::float8 as v from orders
						where status = 'invoiced' and order_date > '2026-07-01'::date - 365 and order_date <= '2026-07-01'`
				);
				const facts = await customerFacts(db, {
					asOf: '2026-07-01',
					config: DEFAULT_ENGINE_CONFIG
				});
				expect(facts.reduce((s, f) => s + f.revenue365Cents, 0)).toBe(sums.v);
			}),
			{ numRuns: 12 }
		);
	});
});
