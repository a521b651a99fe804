/**
 * The daily run (SPEC "Automatic follow-ups", issue #15 item 5) on a portfolio with planted
 * transitions, asOf Tuesday 24/11/2026 (previous business day: Monday 23/11). Customers buy
 * every 10 days; one whose last order was 16 days ago was `active` yesterday (r = 1,5) and is
 * `at_risk` today (r = 1,6): it "just left its cycle". Rep 1 has seven such customers of
 * growing value (the cap keeps the five most valuable), one contacted 2 business days ago
 * (skipped), one with a pending follow-up (skipped); rep 2 has two (one contacted 5 business
 * days ago: kept), two stable active customers and one at risk for days (no transition).
 * The run creates exactly those follow-ups, due Wednesday 25/11, audited with the door
 * `automation`; a second run the same day creates nothing; on PostgreSQL two runs at once
 * create them once.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase, type GiroDatabase } from '#lib/server/db/client.ts';
import { followUps, interactions } from '#lib/server/db/schema.ts';
import {
	plannedAutomaticFollowUps,
	runAutomaticFollowUps,
	saveAutomationSettings,
	triggerOf
} from '#lib/server/domain/follow-ups/automatic-follow-ups.ts';
import type { CustomerAssessment } from '#lib/server/domain/portfolio/assess-portfolio.ts';
import { DEFAULT_ENGINE_CONFIG } from '#lib/server/domain/portfolio/engine-config.ts';
import { freshPglite, freshServer, type ServerDatabase } from './support/databases.ts';
import { regularOrders, writeTinyPortfolio, type TinyCustomer } from './support/tiny-portfolio.ts';

const AS_OF = '2026-11-24';
const config = DEFAULT_ENGINE_CONFIG;

/** 8 orders every 10 days, the last one `lastAgo` days before AS_OF. */
function buyer(id: number, repId: number, lastAgo: number, cents: number): TinyCustomer {
	const last = Date.parse(`${AS_OF}T00:00:00Z`) - lastAgo * 86_400_000;
	const start = new Date(last - 70 * 86_400_000).toISOString().slice(0, 10);
	return { id, repId, orders: regularOrders(start, 10, 8, cents) };
}

async function plant(db: GiroDatabase) {
	await writeTinyPortfolio(db, [
		...[1, 2, 3, 4, 5, 6, 7].map((id) => buyer(id, 1, 16, id * 1000_00)),
		buyer(8, 1, 16, 9000_00), // contacted 2 business days ago
		buyer(9, 1, 16, 9500_00), // already has a pending follow-up
		buyer(10, 2, 16, 3000_00),
		buyer(11, 2, 3, 5000_00), // stable, active
		buyer(12, 2, 5, 5000_00), // stable, active
		buyer(13, 2, 25, 5000_00), // at risk for days already
		buyer(14, 2, 16, 2000_00) // contacted 5 business days ago: not recent
	]);
	await db.orm.insert(interactions).values([
		{
			customerId: 8,
			repId: 1,
			channel: 'phone',
			direction: 'outbound',
			occurredAt: new Date('2026-11-20T14:00:00Z'),
			summary: 'Ligação de rotina'
		},
		{
			customerId: 14,
			repId: 2,
			channel: 'phone',
			direction: 'outbound',
			occurredAt: new Date('2026-11-17T14:00:00Z'),
			summary: 'Ligação de rotina'
		}
	]);
	await db.orm.insert(followUps).values({
		customerId: 9,
		repId: 1,
		dueDate: '2026-12-01',
		channel: 'phone',
		purpose: 'commercial'
	});
}

const EXPECTED = [3, 4, 5, 6, 7, 10, 14];

async function automatic(db: GiroDatabase) {
	return db.rows<{
		customerId: number;
		repId: number;
		due: string;
		purpose: string;
		reason: string;
	}>(sql`
		select customer_id as "customerId", rep_id as "repId", due_date::text as due, purpose, reason
		from follow_ups where reason is not null order by customer_id`);
}

async function checkFirstRun(db: GiroDatabase) {
	const result = await runAutomaticFollowUps(db, { asOf: AS_OF, config });
	expect(result.ran).toBe(true);
	const rows = await automatic(db);
	expect(rows.map((r) => r.customerId)).toEqual(EXPECTED);
	for (const r of rows) {
		expect(r).toMatchObject({
			due: '2026-11-25',
			purpose: 'reactivation',
			repId: r.customerId <= 7 ? 1 : 2
		});
		expect(r.reason).toMatch(/^Saiu do ciclo de recompra: .+\.$/);
	}
	const audit = await db.rows<{ door: string; n: number }>(sql`
		select door, count(*)::int as n from audit_log where action = 'create_automatic_follow_up' group by door`);
	expect(audit).toEqual([{ door: 'automation', n: EXPECTED.length }]);
	const again = await runAutomaticFollowUps(db, { asOf: AS_OF, config });
	expect(again).toEqual({ ran: false, runDate: AS_OF, why: 'already_ran' });
	expect((await automatic(db)).length).toBe(EXPECTED.length);
}

describe('daily run on PGlite', () => {
	let db: GiroDatabase;
	beforeAll(async () => {
		db = await freshPglite();
		await plant(db);
	});
	afterAll(() => db?.close());

	test('turned off: nothing, and the day is not used up', async () => {
		await saveAutomationSettings(db, { enabled: false, maxPerRep: 5 }, 1);
		expect(await runAutomaticFollowUps(db, { asOf: AS_OF, config })).toMatchObject({
			why: 'disabled'
		});
		expect(await automatic(db)).toEqual([]);
		await saveAutomationSettings(db, { enabled: true, maxPerRep: 5 }, 1);
	});

	test('exactly the planted transitions, capped, skipping recent contacts and pending ones; once a day', async () => {
		await checkFirstRun(db);
	});
});

describe('daily run on PostgreSQL', () => {
	let db: ServerDatabase;
	let second: GiroDatabase;
	beforeAll(async () => {
		db = await freshServer();
		await plant(db);
		second = await openDatabase({ kind: 'postgres', url: db.url });
	});
	afterAll(async () => {
		await second?.close();
		await db?.close();
	});

	test('on Monday the customers were still in their cycle: nothing to create', async () => {
		const result = await runAutomaticFollowUps(db, { asOf: '2026-11-23', config });
		expect(result).toMatchObject({ ran: true, created: [] });
	});

	test('the cap N comes from the settings, per rep, most valuable first', async () => {
		const plan = await plannedAutomaticFollowUps(db, { asOf: AS_OF, config, maxPerRep: 1 });
		expect(plan.map((c) => c.a.customerId)).toEqual([7, 10]);
	});

	test('two runs at once create the follow-ups once', async () => {
		const [a, b] = await Promise.all([
			runAutomaticFollowUps(db, { asOf: AS_OF, config }),
			runAutomaticFollowUps(second, { asOf: AS_OF, config })
		]);
		expect([a.ran, b.ran].sort()).toEqual([false, true]);
		expect((await automatic(db)).map((r) => r.customerId)).toEqual(EXPECTED);
		const again = await runAutomaticFollowUps(db, { asOf: AS_OF, config });
		expect(again.ran).toBe(false);
	});
});

describe('triggers', () => {
	const base = {
		state: 'active',
		reasons: ['Compra a cada 10 dias; a última foi há 9 dias.', 'Volume estável.'],
		decline: { declining: false },
		riskScore: 0.3
	} as unknown as CustomerAssessment;
	const t = (now: Partial<CustomerAssessment>, before: Partial<CustomerAssessment>) =>
		triggerOf(
			{ ...base, ...now } as CustomerAssessment,
			{ ...base, ...before } as CustomerAssessment,
			0.5
		);

	test('became at risk, started declining, crossed the threshold — or nothing', () => {
		expect(t({ state: 'at_risk' }, {})?.trigger).toBe('became_at_risk');
		expect(t({ state: 'at_risk' }, { state: 'at_risk' })).toBeNull();
		expect(t({ decline: { declining: true } } as Partial<CustomerAssessment>, {})?.trigger).toBe(
			'started_declining'
		);
		const crossed = t({ riskScore: 0.55 }, { riskScore: 0.45 });
		expect(crossed?.trigger).toBe('risk_crossed');
		expect(crossed?.reason).toMatch(/passou de 45.*% para 55.*%, acima do limite de alerta de 50/);
		expect(t({ riskScore: 0.6 }, { riskScore: 0.55 })).toBeNull();
		expect(t({ state: 'inactive' }, {})).toBeNull();
	});
});
