/**
 * The materialised portfolio (`steady-state.ts`) against a full recompute, on PGlite and the
 * PostgreSQL server: after random writes (orders inserted and cancelled, customers reassigned
 * to another rep or segment, new customers), the refreshed assessments — at today's date and a
 * past one — equal the ones rebuilt from scratch, exactly (risk scores included).
 */
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { addDays } from '#lib/server/domain/calendar/iso-date.ts';
import {
	assessPortfolio,
	type CustomerAssessment
} from '#lib/server/domain/portfolio/assess-portfolio.ts';
import {
	forgetMaterialisedPortfolio,
	steadyStateStats
} from '#lib/server/domain/portfolio/steady-state.ts';
import {
	customerFacts,
	customerFactsAtDates
} from '#lib/server/domain/portfolio/customer-facts.ts';
import { DEFAULT_ENGINE_CONFIG } from '#lib/server/domain/portfolio/engine-config.ts';
import { stoppedBuying } from '#lib/server/domain/portfolio/stopped-buying.ts';
import { freshPglite, freshServer } from './support/databases.ts';
import { writeTinyPortfolio, type TinyCustomer } from './support/tiny-portfolio.ts';

const START = '2025-01-01';
const AS_OF = '2026-07-01';
const PAST = '2026-03-31';
const SEGMENTS = ['agro', 'varejo', 'atacado'] as const;

/** A deterministic base portfolio: 24 customers with regular-ish histories, 2 reps. */
function basePortfolio(seed: number): TinyCustomer[] {
	let s = seed >>> 0 || 1;
	const next = (n: number) => {
		s = (Math.imul(s, 1103515245) + 12345) >>> 0;
		return (s >>> 8) % n;
	};
	return Array.from({ length: 24 }, (_, i) => {
		const every = 7 + next(60);
		const count = next(14);
		const first = next(200);
		return {
			id: i + 1,
			segment: SEGMENTS[next(3)],
			repId: 1 + (i % 2),
			orders: Array.from({ length: count }, (_, k) => [
				addDays(START, first + k * every + next(5)),
				50_000 + next(400_000)
			]) as TinyCustomer['orders']
		};
	});
}

type Op =
	| { kind: 'order'; customer: number; day: number; cents: number }
	| { kind: 'cancel'; pick: number }
	| { kind: 'reassign'; customer: number }
	| { kind: 'segment'; customer: number; segment: number }
	| { kind: 'customer' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
	fc.record({
		kind: fc.constant('order' as const),
		customer: fc.integer({ min: 1, max: 24 }),
		day: fc.integer({ min: 0, max: 540 }),
		cents: fc.integer({ min: 1_000, max: 900_000 })
	}),
	fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat() }),
	fc.record({ kind: fc.constant('reassign' as const), customer: fc.integer({ min: 1, max: 24 }) }),
	fc.record({
		kind: fc.constant('segment' as const),
		customer: fc.integer({ min: 1, max: 24 }),
		segment: fc.integer({ min: 0, max: 2 })
	}),
	fc.record({ kind: fc.constant('customer' as const) })
);

let serial = 0;
async function apply(db: GiroDatabase, op: Op): Promise<void> {
	if (op.kind === 'order') {
		await db.rows(sql`insert into orders (erp_id, customer_id, order_date, total_cents, status)
			values (${`X${++serial}`}, ${op.customer}, ${addDays(START, op.day)}::date, ${op.cents}, 'invoiced')`);
	} else if (op.kind === 'cancel') {
		await db.rows(sql`update orders set status = 'cancelled' where id = (
			select id from orders where status = 'invoiced' order by id
			offset ${op.pick} % greatest(1, (select count(*) from orders where status = 'invoiced'))
			limit 1)`);
	} else if (op.kind === 'reassign') {
		await db.rows(
			sql`update customers set rep_id = 3 - coalesce(rep_id, 2) where id = ${op.customer}`
		);
	} else if (op.kind === 'segment') {
		await db.rows(
			sql`update customers set segment = ${SEGMENTS[op.segment]} where id = ${op.customer}`
		);
	} else {
		const id = 1000 + ++serial;
		await db.rows(sql`insert into customers (id, erp_code, legal_name, segment, uf, rep_id)
			values (${id}, ${`N${id}`}, ${`Novo ${id} Ltda`}, 'agro', 'SP', 1)`);
		await db.rows(sql`insert into orders (erp_id, customer_id, order_date, total_cents, status)
			values (${`X${++serial}`}, ${id}, ${addDays(AS_OF, -20)}::date, 120000, 'invoiced')`);
	}
}

function expectSame(actual: CustomerAssessment[], expected: CustomerAssessment[]): void {
	expect(actual).toEqual(expected);
}

describe.each([
	['PGlite', freshPglite],
	['PostgreSQL', freshServer]
] as const)('materialised portfolio on %s', (_label, open) => {
	let db: GiroDatabase;
	beforeAll(async () => {
		db = await open();
	});
	afterAll(() => db?.close());

	test('after random writes it equals a full recompute, today and at a past date', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.integer(),
				fc.array(fc.tuple(opArb, fc.boolean()), { minLength: 1, maxLength: 8 }),
				async (seed, ops) => {
					await db.rows(sql`truncate customers, orders, users restart identity cascade`);
					await writeTinyPortfolio(db, basePortfolio(seed));
					forgetMaterialisedPortfolio(db);
					await assessPortfolio(db, { asOf: AS_OF, includeProspects: true });
					await assessPortfolio(db, { asOf: PAST, includeProspects: true });
					const rebuilds = steadyStateStats.rebuilds;
					for (const [op, readAfter] of ops) {
						await apply(db, op);
						if (readAfter) await assessPortfolio(db, { asOf: AS_OF, includeProspects: true });
					}
					const today = await assessPortfolio(db, { asOf: AS_OF, includeProspects: true });
					const past = await assessPortfolio(db, { asOf: PAST, includeProspects: true });
					// Refreshed, not rebuilt: otherwise this test would compare a rebuild with itself.
					expect(steadyStateStats.rebuilds).toBe(rebuilds);
					forgetMaterialisedPortfolio(db);
					expectSame(today, await assessPortfolio(db, { asOf: AS_OF, includeProspects: true }));
					forgetMaterialisedPortfolio(db);
					expectSame(past, await assessPortfolio(db, { asOf: PAST, includeProspects: true }));
				}
			),
			{ numRuns: 15 }
		);
	});

	test('a write is seen by the next question, scoped ones included', async () => {
		await db.rows(sql`truncate customers, orders, users restart identity cascade`);
		await writeTinyPortfolio(db, basePortfolio(7));
		const before = await assessPortfolio(db, { asOf: AS_OF, scope: { repId: 1 } });
		await apply(db, { kind: 'reassign', customer: before[0].customerId });
		const after = await assessPortfolio(db, { asOf: AS_OF, scope: { repId: 1 } });
		expect(after.map((a) => a.customerId)).not.toContain(before[0].customerId);
		expect(after).toHaveLength(before.length - 1);
	});

	test('stopped buying, both ends built in one pass, matches separate assessments', async () => {
		await db.rows(sql`truncate customers, orders, users restart identity cascade`);
		await writeTinyPortfolio(db, basePortfolio(11));
		forgetMaterialisedPortfolio(db);
		const stopped = await stoppedBuying(db, { period: 'this_month', asOf: AS_OF });
		forgetMaterialisedPortfolio(db);
		const start = await assessPortfolio(db, { asOf: stopped.startAsOf });
		const end = await assessPortfolio(db, { asOf: stopped.endAsOf });
		const expected = end
			.filter((e) => {
				const s = start.find((a) => a.customerId === e.customerId);
				return (
					s &&
					(s.state === 'active' || s.state === 'new') &&
					(e.state === 'at_risk' || e.state === 'inactive')
				);
			})
			.map((e) => e.customerId)
			.sort((a, b) => a - b);
		expect(stopped.customers.map((c) => c.after.customerId).sort((a, b) => a - b)).toEqual(
			expected
		);
	});

	test('the facts at several dates in one query equal the facts at each date', async () => {
		await db.rows(sql`truncate customers, orders, users restart identity cascade`);
		await writeTinyPortfolio(db, basePortfolio(5));
		const config = DEFAULT_ENGINE_CONFIG;
		for (const dates of [[AS_OF], [PAST, AS_OF]]) {
			const together = await customerFactsAtDates(db, dates, config);
			for (const asOf of dates)
				expect(together.get(asOf)).toEqual(
					await customerFacts(db, { asOf, config, includeProspects: true })
				);
		}
	});
});
