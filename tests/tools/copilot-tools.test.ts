/**
 * The read tools added for issue #14 on the two-rep fixture (fixture.ts), each checked against
 * an independent computation over the raw rows: sales in a period, rankings, a customer's
 * products (Mercado Bom Preço: rice in its last 10 orders at R$ 1.500,00, beans in 5 at
 * R$ 600,00; an old product and a cancelled order never count) and contacts (WhatsApp only
 * with consent), and the `asOf` every read tool takes.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { findTool } from '#lib/server/tools/registry.ts';
import { runTool, type ToolOutcome } from '#lib/server/tools/run-tool.ts';
import type { ToolContext } from '#lib/server/tools/tool-context.ts';
import { freshPglite } from '../support/databases.ts';
import { ana, ANA, AS_OF, BRUNO, carla, seedFixture } from './fixture.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function ok(outcome: ToolOutcome): Any {
	if (!outcome.ok) throw new Error(`expected success, got: ${outcome.message}`);
	return outcome.structured;
}
const call = (name: string, input: Record<string, unknown>, ctx: ToolContext) =>
	runTool(findTool(name)!, input, ctx);

describe('issue #14 read tools', () => {
	let db: GiroDatabase;
	beforeAll(async () => {
		db = await freshPglite();
		await seedFixture(db);
	});
	afterAll(() => db?.close());

	test('sales in a period equal the invoiced orders summed by hand, in total and by rep', async () => {
		const raw = await db.rows<{ d: string; cents: number; status: string; rep: number | null }>(sql`
			select o.order_date::text as d, o.total_cents::float8 as cents, o.status, c.rep_id as rep
			from orders o join customers c on c.id = o.customer_id`);
		const from = '2026-01-01';
		const inPeriod = raw.filter((r) => r.status === 'invoiced' && r.d >= from && r.d <= AS_OF);
		const out = ok(
			await call('get_sales_by_period', { period: { from, to: AS_OF }, groupBy: 'rep' }, carla(db))
		);
		expect(out.total.revenueCents).toBe(inPeriod.reduce((s, r) => s + r.cents, 0));
		expect(out.total.orders).toBe(inPeriod.length);
		const ana = out.groups.find((g: Any) => g.key === String(ANA));
		expect(ana.label).toBe('Ana');
		expect(ana.revenueCents).toBe(
			inPeriod.filter((r) => r.rep === ANA).reduce((s, r) => s + r.cents, 0)
		);
		expect(out.groups.reduce((s: number, g: Any) => s + g.revenueCents, 0)).toBe(
			out.total.revenueCents
		);
		// the groups are largest first
		const values = out.groups.map((g: Any) => g.revenueCents);
		expect(values).toEqual([...values].sort((a, b) => b - a));
	});

	test('ranking reps on customers equals list_customers per rep; a comparison keeps only those asked', async () => {
		const out = ok(await call('rank_portfolio', { by: 'rep', metric: 'customers' }, carla(db)));
		for (const g of out.groups) {
			const list = ok(await call('list_customers', { repId: Number(g.key) }, carla(db)));
			expect(g.value, g.label).toBe(list.total);
		}
		const compared = ok(
			await call('rank_portfolio', { by: 'rep', metric: 'customers', repIds: [BRUNO] }, carla(db))
		);
		expect(compared.groups.map((g: Any) => g.key)).toEqual([String(BRUNO)]);
		const asc = ok(
			await call('rank_portfolio', { by: 'rep', metric: 'customers', order: 'asc' }, carla(db))
		);
		expect(asc.groups.map((g: Any) => g.key)).toEqual(
			[...out.groups].reverse().map((g: Any) => g.key)
		);
	});

	test("a customer's products: the mix by value, old and cancelled items left out", async () => {
		const out = ok(await call('get_customer_products', { customerId: 1 }, ana(db)));
		expect(out.mix.map((p: Any) => [p.sku, p.orders, p.valueCents])).toEqual([
			['ARZ-5', 10, 10 * 1500_00],
			['FEJ-1', 5, 5 * 600_00]
		]);
		expect(out.stopped).toEqual([]);
		// At a date before the beans started, they are not in the mix.
		const before = ok(
			await call('get_customer_products', { customerId: 1, asOf: '2026-06-01' }, ana(db))
		);
		expect(before.mix.map((p: Any) => p.sku)).not.toContain('FEJ-1');
		expect(before.asOf).toBe('2026-06-01');
	});

	test('contacts: the WhatsApp number only with consent', async () => {
		const one = ok(await call('get_customer_contacts', { customerId: 1 }, ana(db)));
		expect(one.contacts[0]).toMatchObject({ name: 'Paula', whatsapp: '+5519999990001' });
		const two = ok(await call('get_customer_contacts', { customerId: 2 }, ana(db)));
		expect(two.contacts[0]).toMatchObject({
			name: 'Jorge',
			phone: '+551533330002',
			whatsapp: null,
			whatsappConsent: false
		});
	});

	test('asOf: a read tool computes at the past date asked; a future date is refused', async () => {
		const past = ok(await call('list_customers', { asOf: '2026-06-30' }, carla(db)));
		expect(past.asOf).toBe('2026-06-30');
		const future = await call('get_portfolio_health', { asOf: '2027-01-01' }, carla(db));
		expect(future).toMatchObject({ ok: false, code: 'invalid_input' });
		expect(future.ok || future.message).toMatch(/asOf/);
	});

	test('a region filters its UFs', async () => {
		const all = ok(await call('list_customers', { limit: 100 }, carla(db)));
		const southeast = ok(
			await call('list_customers', { region: 'Sudeste', limit: 100 }, carla(db))
		);
		expect(southeast.total).toBe(
			all.customers.filter((c: Any) => ['SP', 'RJ', 'MG', 'ES'].includes(c.uf)).length
		);
	});
});
