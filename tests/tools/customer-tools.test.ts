/**
 * get_customer_profile, find_customers and list_interactions on the two-rep fixture (see
 * fixture.ts), with known answers: Mercado Bom Preço buys R$ 2.100,00 every 21 days (20
 * occasions, last 16/11/2026), rice in its last 10 orders and beans in 5; its oldest product
 * was bought more than 12 months ago and a cancelled order's items never count.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { interactions } from '#lib/server/db/schema.ts';
import type { AnyObjectSchema, ToolDefinition } from '#lib/server/tools/define-tool.ts';
import { findCustomers } from '#lib/server/tools/customers/find-customers.ts';
import { getCustomerProfile } from '#lib/server/tools/customers/get-customer-profile.ts';
import { listInteractions } from '#lib/server/tools/customers/list-interactions.ts';
import { runTool, type ToolOutcome } from '#lib/server/tools/run-tool.ts';
import type { ToolContext } from '#lib/server/tools/tool-context.ts';
import { freshPglite, freshServer } from '../support/databases.ts';
import { ana, carla, seedFixture, type Fixture } from './fixture.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function ok(outcome: ToolOutcome): Any {
	if (!outcome.ok) throw new Error(`expected success, got: ${outcome.message}`);
	return outcome.structured;
}

const call = async (tool: unknown, input: Record<string, unknown>, ctx: ToolContext) =>
	runTool(tool as ToolDefinition<AnyObjectSchema, AnyObjectSchema>, input, ctx);

describe('customer tools', () => {
	let db: GiroDatabase;
	let fx: Fixture;
	beforeAll(async () => {
		db = await freshPglite();
		fx = await seedFixture(db);
	});
	afterAll(() => db?.close());

	test('profile: cycle, state, value and the last 12 months of products', async () => {
		const outcome = await call(getCustomerProfile, { customerId: 1 }, ana(db));
		const p = ok(outcome);
		expect(p.customer).toMatchObject({
			name: 'Mercado Bom Preço',
			cnpj: '11.222.333/0001-81',
			repName: 'Ana'
		});
		expect(p.state).toBe('active');
		expect(p.cycle).toEqual({ days: 21, confidence: 'high', source: 'own', madDays: 0 });
		expect(p.purchases).toEqual({
			occasions: 20,
			first: '2025-10-13',
			last: '2026-11-16',
			recencyDays: 7,
			expectedNext: '2026-12-07',
			overdueDays: -14
		});
		expect(p.value.averageOccasion).toEqual({ cents: 210_000, text: 'R$ 2.100,00' });
		expect(p.value.usualMonthly).toEqual({ cents: 304_375, text: 'R$ 3.043,75' });
		expect(p.value.formulas.usualMonthly).toContain('30,4375');
		expect(p.scores.pAlive).toBeGreaterThan(0.5);
		expect(p.scores.riskScore).toBeLessThan(0.5);
		expect(p.topProducts.map((x: Any) => [x.sku, x.quantity, x.valueCents, x.orders])).toEqual([
			['ARZ-5', 1000, 1_500_000, 10],
			['FEJ-1', 300, 300_000, 5]
		]);
		expect(p.timeline).toHaveLength(20);
		expect(p.timeline.at(-1)).toEqual({ date: '2026-11-16', valueCents: 210_000 });
		expect(p.timeline[0].date < p.timeline[1].date).toBe(true);
		expect((outcome as Any).summary).toMatch(/ativo em 23\/11\/2026, ciclo de 21 dias/);
	});

	test('profile: contacts with consent, open deals, pending follow-ups, recent contacts', async () => {
		const p = ok(await call(getCustomerProfile, { customerId: 1 }, ana(db)));
		expect(p.contacts.map((c: Any) => [c.name, c.whatsappConsent, c.isPrimary])).toEqual([
			['Paula', true, true],
			['Marcos', false, false]
		]);
		expect(p.openOpportunities.map((o: Any) => [o.opportunityId, o.stalled])).toEqual([
			[fx.opportunities.o1, true],
			[fx.opportunities.o4, false]
		]);
		expect(p.openOpportunities[0].stalledReason).toMatch(/Proposta enviada há 14 dias úteis/);
		expect(p.pendingFollowUps.map((f: Any) => [f.followUpId, f.overdue])).toEqual([
			[fx.followUps.f1, true],
			[fx.followUps.f4, false]
		]);
		// Newest first; the interaction dated after asOf does not exist yet.
		expect(p.recentInteractions.map((i: Any) => i.interactionId)).toEqual([
			fx.interactions.ana[1],
			fx.interactions.ana[0],
			fx.interactions.ana[2]
		]);
		expect(p.recentInteractions[0].occurredAt).toBe('2026-11-18T15:30');
	});

	test('profile: a prospect, and the same refusal for a foreign and a missing customer', async () => {
		const prospect = ok(await call(getCustomerProfile, { customerId: 9 }, ana(db)));
		expect(prospect).toMatchObject({
			state: 'prospect',
			cycle: null,
			timeline: [],
			topProducts: []
		});
		const foreign = await call(getCustomerProfile, { customerId: 6 }, ana(db));
		const missing = await call(getCustomerProfile, { customerId: 999 }, ana(db));
		expect(foreign).toMatchObject({ ok: false, code: 'not_in_portfolio' });
		expect((missing as Any).message).toBe((foreign as Any).message.replace('6', '999'));
		const managerMissing = await call(getCustomerProfile, { customerId: 999 }, carla(db));
		expect(managerMissing).toMatchObject({ ok: false, code: 'not_found' });
	});

	const find = async (query: string, ctx: ToolContext) =>
		ok(await call(findCustomers, { query }, ctx));

	test('find: a missing accent, a one-letter typo, an ERP code', async () => {
		const accent = await find('mercado bom preco', carla(db));
		expect(accent.candidates[0]).toMatchObject({
			customerId: 1,
			match: 'exact',
			matchedOn: 'trade_name'
		});
		expect(accent.ambiguous).toBe(false);
		const typo = await find('mercado bom preso', carla(db));
		expect(typo.candidates[0]).toMatchObject({ customerId: 1, match: 'similar' });
		expect(typo.ambiguous).toBe(false);
		const cedilla = await find('acougue centrl', ana(db));
		expect(cedilla.candidates[0].customerId).toBe(3);
		const erp = await find('c4', carla(db));
		expect(erp.candidates[0]).toMatchObject({
			customerId: 4,
			match: 'exact',
			matchedOn: 'erp_code'
		});
		const none = await find('xyzwvk', carla(db));
		expect(none).toMatchObject({ total: 0, candidates: [], ambiguous: false });
		expect(none.advice).toMatch(/Nenhum cliente/);
	});

	test('find: a CNPJ with or without punctuation; the root finds the same company', async () => {
		for (const query of ['11.222.333/0001-81', '11222333000181']) {
			const r = await find(query, carla(db));
			expect(r.candidates[0]).toMatchObject({ customerId: 1, match: 'exact', matchedOn: 'cnpj' });
			expect(r.candidates[1]).toMatchObject({ customerId: 8, match: 'contains' });
			expect(r.ambiguous).toBe(false);
		}
		const branch = await find('11.222.333/0002-62', ana(db));
		expect(branch.candidates.map((c: Any) => c.customerId)).toEqual([1]);
	});

	test('find: close candidates are flagged so the caller asks which one', async () => {
		const manager = await find('padaria sao', carla(db));
		expect(manager.ambiguous).toBe(true);
		expect(manager.candidates.map((c: Any) => c.customerId).sort()).toEqual([2, 6]);
		expect(manager.advice).toMatch(/pergunte qual/);
		const rep = await find('padaria sao', ana(db));
		expect(rep.ambiguous).toBe(false);
		expect(rep.candidates.map((c: Any) => c.customerId)).toEqual([2]);
		const exact = await find('Padaria São José', carla(db));
		expect(exact.ambiguous).toBe(false);
		expect(exact.candidates[0].customerId).toBe(2);
		const legal = await find('bom preço comércio de alimentos', carla(db));
		expect(legal.ambiguous).toBe(true);
		const short = await call(findCustomers, { query: 'a' }, carla(db));
		expect(short).toMatchObject({ ok: false, code: 'invalid_input' });
		expect((short as Any).message).toMatch(/query/);
	});

	test('interactions: one customer, newest first, nothing after asOf, notes on request', async () => {
		const list = ok(await call(listInteractions, { customerId: 1 }, ana(db)));
		expect(list.interactions.map((i: Any) => i.interactionId)).toEqual([
			fx.interactions.ana[1],
			fx.interactions.ana[0],
			fx.interactions.ana[2]
		]);
		expect(list.interactions[0]).toMatchObject({ hasNotes: true, channel: 'whatsapp' });
		expect(list.interactions[0]).not.toHaveProperty('notes');
		const withNotes = ok(
			await call(listInteractions, { customerId: 1, includeNotes: true, limit: 1 }, ana(db))
		);
		expect(withNotes.interactions[0].notes).toHaveLength(300);
		expect(withNotes.interactions[0].notes.endsWith('…')).toBe(true);
		const foreign = await call(listInteractions, { customerId: 6 }, ana(db));
		expect(foreign).toMatchObject({ ok: false, code: 'not_in_portfolio' });
	});

	test('interactions: filters by channel, direction and period', async () => {
		const all = ok(await call(listInteractions, {}, carla(db)));
		expect(all.total).toBe(8);
		const phone = ok(await call(listInteractions, { channel: 'phone' }, carla(db)));
		expect(phone.total).toBe(4);
		const inbound = ok(await call(listInteractions, { direction: 'inbound' }, carla(db)));
		expect(inbound.interactions.map((i: Any) => i.interactionId)).toEqual([fx.interactions.ana[4]]);
		const october = ok(await call(listInteractions, { period: 'last_month' }, carla(db)));
		expect(october.interactions.map((i: Any) => i.occurredAt.slice(0, 10))).toEqual([
			'2026-10-20',
			'2026-10-05'
		]);
		const mine = ok(await call(listInteractions, { outcome: 'no_answer' }, ana(db)));
		expect(mine.interactions.map((i: Any) => i.customerName)).toEqual(['Padaria São José']);
	});

	test('interactions: a default page of long texts stays under ~2,000 tokens', async () => {
		await db.orm.insert(interactions).values(
			Array.from({ length: 30 }, (_, i) => ({
				customerId: 2,
				repId: 10,
				channel: 'email' as const,
				occurredAt: new Date(`2026-11-0${(i % 9) + 1}T09:00:00-03:00`),
				summary: `Resumo longo ${i} `.repeat(40),
				notes: 'Anotação muito longa. '.repeat(100)
			}))
		);
		const page = ok(await call(listInteractions, {}, ana(db)));
		expect(page.interactions).toHaveLength(15);
		expect(JSON.stringify(page).length).toBeLessThan(8000);
		const [count] = await db.rows<{ n: number }>(
			sql`select count(*)::int as n from interactions i join customers c on c.id = i.customer_id
				where c.rep_id = 10 and i.occurred_at < '2026-11-24T00:00:00-03:00'`
		);
		expect(page.total).toBe(count.n);
	});
});

describe('find_customers on a PostgreSQL server', () => {
	let db: GiroDatabase;
	beforeAll(async () => {
		db = await freshServer();
		await seedFixture(db);
	});
	afterAll(() => db?.close());

	test('the same tolerant matching as on PGlite (pg_trgm operators, giro_unaccent)', async () => {
		const run = async (query: string) =>
			ok(await call(findCustomers, { query }, carla(db))).candidates.map(
				(c: Any) => `${c.customerId}:${c.match}`
			);
		expect((await run('mercado bom preso'))[0]).toBe('1:similar');
		expect((await run('padaria sao jose'))[0]).toBe('2:exact');
		expect(await run('11.222.333/0001-81')).toEqual(['1:exact', '8:contains']);
		const rep = ok(await call(findCustomers, { query: 'padaria sao' }, ana(db)));
		expect(rep.candidates.map((c: Any) => c.customerId)).toEqual([2]);
	});
});
