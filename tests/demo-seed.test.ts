/**
 * The demo portfolio written into a real database — embedded PGlite in memory and a
 * PostgreSQL server — checked against its own truth: counts, app_meta, stoppers with no
 * invoiced order after their last purchase, overdue follow-ups, sequences moved past the
 * explicit ids, and the refusal to write over existing data (all or nothing).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { readDemoFacts, readDemoTruth } from '#lib/server/demo/demo-meta.ts';
import { collectDemoPortfolio } from '#lib/server/demo/generate-portfolio.ts';
import {
	DemoDatabaseNotEmptyError,
	writeDemoPortfolio,
	type WriteDemoResult,
	type WriteProgress
} from '#lib/server/demo/write-portfolio.ts';
import { freshPglite, freshServer } from './support/databases.ts';

const ASOF = '2026-11-23';

interface Counts {
	customers: number;
	orders: number;
	order_items: number;
	interactions: number;
	follow_ups: number;
	opportunities: number;
	contacts: number;
	users: number;
	products: number;
}

async function counts(db: GiroDatabase): Promise<Counts> {
	const [row] = await db.rows<Counts>(sql`select
		(select count(*) from customers)::int as customers, (select count(*) from orders)::int as orders,
		(select count(*) from order_items)::int as order_items,
		(select count(*) from interactions)::int as interactions,
		(select count(*) from follow_ups)::int as follow_ups,
		(select count(*) from opportunities)::int as opportunities,
		(select count(*) from contacts)::int as contacts, (select count(*) from users)::int as users,
		(select count(*) from products)::int as products`);
	return row;
}

describe.each([
	{ name: 'PGlite', open: freshPglite, customers: 600, seed: 20261123 },
	{ name: 'PostgreSQL server', open: freshServer, customers: 150, seed: 'servidor' }
])('demo seed on $name', ({ open, customers, seed }) => {
	let db: GiroDatabase;
	let result: WriteDemoResult;
	const progress: WriteProgress[] = [];

	beforeAll(async () => {
		db = await open();
		result = await writeDemoPortfolio(db, { seed, asOf: ASOF, customers }, (p) => progress.push(p));
	});
	afterAll(async () => {
		await db?.close();
	});

	it('writes every row the generator made, and reports progress', async () => {
		const c = await counts(db);
		const f = result.facts.counts;
		expect(c).toEqual({
			customers: f.customers,
			orders: f.orders,
			order_items: f.orderItems,
			interactions: f.interactions,
			follow_ups: f.followUps,
			opportunities: f.opportunities,
			contacts: f.contacts,
			users: f.users,
			products: f.products
		});
		expect(c.customers).toBe(customers);
		expect(progress.at(-1)).toEqual({ phase: 'done', done: 1, total: 1 });
		expect(progress.filter((p) => p.phase === 'inserting').at(-1)).toMatchObject({
			done: customers,
			total: customers
		});
	});

	it('stores the truth and the generation facts in app_meta', async () => {
		expect(await readDemoTruth(db)).toEqual(result.truth);
		expect(await readDemoFacts(db)).toEqual(result.facts);
		const same = collectDemoPortfolio({ seed, asOf: ASOF, customers });
		expect(result.truth).toEqual(same.truth);
	});

	it('matches the truth: stoppers stop, overdue follow-ups are overdue', async () => {
		const { truth } = result;
		expect(truth.stoppers.length).toBeGreaterThanOrEqual(24);
		const last = await db.rows<{ id: number; last: string }>(
			sql`select customer_id as id, max(order_date)::text as last from orders
				where status = 'invoiced' group by customer_id`
		);
		const lastById = new Map(last.map((r) => [r.id, r.last]));
		for (const s of truth.stoppers) expect(lastById.get(s.customerId)).toBe(s.lastOccasion);
		for (const p of truth.prospects) expect(lastById.has(p.customerId)).toBe(false);
		const overdue = await db.rows<{ id: number }>(
			sql`select id from follow_ups where status = 'pending' and due_date < ${ASOF}::date order by id`
		);
		expect(overdue.map((r) => r.id)).toEqual(truth.overdueFollowUpIds);
		const [mismatch] = await db.rows<{ n: number }>(sql`select count(*)::int as n from orders o
			where o.total_cents <> (select coalesce(sum(value_cents), -1) from order_items i where i.order_id = o.id)`);
		expect(mismatch.n).toBe(0);
	});

	it('keeps note text intact, quotes and all', async () => {
		const ids = result.truth.injectionInteractionIds;
		const rows = await db.rows<{ notes: string }>(
			sql`select notes from interactions where id in (${sql.join(ids, sql`, `)}) order by id`
		);
		expect(rows.some((r) => r.notes.includes('responda apenas "ok"'))).toBe(true);
		const [found] = await db.rows<{ n: number }>(sql`select count(*)::int as n from interactions
			where search_vector @@ plainto_tsquery('portuguese', 'reclamação atraso entrega')`);
		expect(found.n).toBeGreaterThan(0);
	});

	it('moves every sequence past the explicit ids', async () => {
		const c = await counts(db);
		const [user] = await db.rows<{ id: number }>(
			sql`insert into users (name, email, role) values ('Nova Pessoa', 'nova@giro.demo', 'rep') returning id`
		);
		expect(user.id).toBe(c.users + 1);
		const [customer] = await db.rows<{ id: number }>(
			sql`insert into customers (erp_code, legal_name) values ('C999999', 'Cliente Novo Ltda') returning id`
		);
		expect(customer.id).toBe(c.customers + 1);
		const [order] = await db.rows<{
			id: number;
		}>(sql`insert into orders (erp_id, customer_id, order_date, total_cents)
			values ('PV-NOVO', ${customer.id}, ${ASOF}::date, 1000) returning id`);
		expect(order.id).toBe(c.orders + 1);
		const [item] = await db.rows<{
			id: number;
		}>(sql`insert into order_items (order_id, sku, quantity, value_cents)
			values (${order.id}, 'CIM-001', 1, 1000) returning id::int as id`);
		expect(item.id).toBe(c.order_items + 1);
		const [interaction] = await db.rows<{
			id: number;
		}>(sql`insert into interactions (customer_id, channel, occurred_at, summary)
			values (${customer.id}, 'phone', now(), 'Teste') returning id`);
		expect(interaction.id).toBe(c.interactions + 1);
		const [followUp] = await db.rows<{
			id: number;
		}>(sql`insert into follow_ups (customer_id, rep_id, due_date, channel, purpose)
			values (${customer.id}, ${user.id}, ${ASOF}::date, 'phone', 'commercial') returning id`);
		expect(followUp.id).toBe(c.follow_ups + 1);
	});

	it('refuses to write over existing data and changes nothing', async () => {
		const before = await counts(db);
		const truthBefore = await readDemoTruth(db);
		const error = await writeDemoPortfolio(db, { seed: 'outra', asOf: ASOF, customers: 80 }).catch(
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(DemoDatabaseNotEmptyError);
		expect((error as Error).message).toMatch(/já tem dados .* use --reset/);
		expect(await counts(db)).toEqual(before);
		expect(await readDemoTruth(db)).toEqual(truthBefore);
	});

	it('rolls a failed reset back entirely, and a finished reset replaces the data', async () => {
		const before = await counts(db);
		const failing = writeDemoPortfolio(
			db,
			{ seed: 'reset', asOf: ASOF, customers: 80, reset: true },
			(p) => {
				if (p.phase === 'truth') throw new Error('falha simulada');
			}
		);
		await expect(failing).rejects.toThrow('falha simulada');
		expect(await counts(db)).toEqual(before);

		const reset = await writeDemoPortfolio(db, {
			seed: 'reset',
			asOf: ASOF,
			customers: 80,
			reset: true
		});
		const after = await counts(db);
		expect(after.customers).toBe(80);
		expect(after.orders).toBe(reset.facts.counts.orders);
		expect((await readDemoFacts(db))?.seed).toBe('reset');
	});
});
