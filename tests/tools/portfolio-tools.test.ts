/**
 * get_portfolio_health, list_stopped_customers and estimate_lost_revenue on the two-rep
 * fixture, with answers worked out by hand (see fixture.ts):
 *
 * at 23/11/2026 — active 1, 7, 8; at risk 2, 3, 6; inactive 4 (79 days on a 20-day cycle) and
 * 5 (more than a year); 9 is a prospect. At 31/10/2026 4 was still at risk.
 * Usual monthly (cents) = average × 30.4375 ÷ cycle: 2 → 81 167, 3 → 152 188, 4 → 456 563,
 * 5 → 50 729, 6 → 91 313. Lost = floor(min(recency, 365) ÷ cycle) × average: 2 → 2 × 80 000,
 * 3 → 2 × 150 000, 4 → 3 × 300 000, 5 → 12 × 50 000, 6 → 2 × 90 000.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { estimateLostRevenue } from '#lib/server/tools/portfolio/estimate-lost-revenue.ts';
import { getPortfolioHealth } from '#lib/server/tools/portfolio/get-portfolio-health.ts';
import { listStoppedCustomers } from '#lib/server/tools/portfolio/list-stopped-customers.ts';
import { runTool, type ToolOutcome } from '#lib/server/tools/run-tool.ts';
import type { ToolContext } from '#lib/server/tools/tool-context.ts';
import type { AnyObjectSchema, ToolDefinition } from '#lib/server/tools/define-tool.ts';
import { freshPglite } from '../support/databases.ts';
import { ana, carla, seedFixture } from './fixture.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function ok(outcome: ToolOutcome): Any {
	if (!outcome.ok) throw new Error(`expected success, got: ${outcome.message}`);
	return outcome.structured;
}

const call = async (tool: unknown, input: Record<string, unknown>, ctx: ToolContext) =>
	runTool(tool as ToolDefinition<AnyObjectSchema, AnyObjectSchema>, input, ctx);

const LOST = { 2: 160_000, 3: 300_000, 4: 900_000, 5: 600_000, 6: 180_000 };
const USUAL = { 2: 81_167, 3: 152_188, 4: 456_563, 5: 50_729, 6: 91_313 };
const sum = (ids: (keyof typeof LOST)[], table: Record<number, number>) =>
	ids.reduce((s, id) => s + table[id], 0);

describe('portfolio tools', () => {
	let db: GiroDatabase;
	beforeAll(async () => {
		db = await freshPglite();
		await seedFixture(db);
	});
	afterAll(() => db?.close());

	test('health: counts and money by state against the end of the previous month', async () => {
		const health = ok(await call(getPortfolioHealth, {}, carla(db)));
		expect(health.previousAsOf).toBe('2026-10-31');
		const metric = (m: string) => health.metrics.find((x: Any) => x.metric === m);
		const customers = metric('customers');
		expect(customers.total).toEqual({ now: 8, before: 8, delta: 0 });
		expect(customers.byState.active).toEqual({ now: 3, before: 3, delta: 0 });
		expect(customers.byState.at_risk).toEqual({ now: 3, before: 4, delta: -1 });
		expect(customers.byState.inactive).toEqual({ now: 2, before: 1, delta: 1 });
		const atRisk = metric('revenue_at_risk');
		expect(atRisk.total.now).toBe(sum([2, 3, 4, 5, 6], USUAL));
		expect(atRisk.total.delta).toBe(0); // the same five customers were out of cycle on 31/10
		expect(atRisk.total.text).toBe('R$ 8.319,60 (sem variação)');
		expect(metric('lost_revenue').total.now).toBe(sum([2, 3, 4, 5, 6], LOST));
		for (const m of health.metrics) {
			expect(m.definition.length).toBeGreaterThan(30);
			expect(m).toMatchObject({ asOf: '2026-11-23', previousAsOf: '2026-10-31' });
		}
		expect(health.groups).toEqual([]);
	});

	test('health: breakdown by rep, other comparison dates, and a rep sees only their own', async () => {
		const byRep = ok(await call(getPortfolioHealth, { breakdown: 'rep' }, carla(db)));
		expect(byRep.groups.map((g: Any) => [g.key, g.label])).toEqual([
			['10', 'Ana'],
			['11', 'Bruno']
		]);
		expect(byRep.groups[0].revenueAtRiskCents.now).toBe(sum([2, 3, 4, 5], USUAL));
		expect(byRep.groups[0].inactive).toEqual({ now: 2, before: 1, delta: 1 });
		const lastYear = ok(
			await call(getPortfolioHealth, { compareTo: 'same_day_last_year' }, carla(db))
		);
		expect(lastYear.previousAsOf).toBe('2025-11-23');
		const mine = ok(await call(getPortfolioHealth, { repId: 11 }, ana(db)));
		expect(mine.filters).toEqual({ repId: 10 });
		expect(mine.metrics[0].total.now).toBe(5);
		const future = await call(getPortfolioHealth, { compareTo: '2026-12-01' }, carla(db));
		expect(future).toMatchObject({ ok: false, code: 'invalid_input' });
		expect((future as Any).message).toMatch(/compareTo/);
	});

	test('stopped: who stopped buying last month, before and after, with the definition', async () => {
		const outcome = await call(listStoppedCustomers, { period: 'last_month' }, carla(db));
		const stopped = ok(outcome);
		expect(stopped.period).toEqual({
			from: '2026-10-01',
			to: '2026-10-31',
			label: 'o mês passado (outubro de 2026)',
			running: false
		});
		expect(stopped.startAsOf).toBe('2026-09-30');
		expect(stopped.customers.map((c: Any) => c.customerId)).toEqual([4, 3, 6, 2]);
		for (const c of stopped.customers)
			expect([c.stateBefore, c.stateAfter]).toEqual(['active', 'at_risk']);
		expect(stopped.definition).toMatch(
			/ativo ou novo em 30\/09\/2026.*em risco ou inativo até 31\/10\/2026/
		);
		expect((outcome as Any).summary).toContain(stopped.definition);
		expect((outcome as Any).summary).toMatch(/^4 clientes pararam de comprar no mês passado/);
		expect(stopped.usualMonthlyCents).toBe(sum([2, 3, 4, 6], USUAL));
		const month = ok(await call(listStoppedCustomers, { period: '2026-10' }, ana(db)));
		expect(month.customers.map((c: Any) => c.customerId)).toEqual([4, 3, 2]);
	});

	test('stopped: a range, the running month, and periods that cannot be answered', async () => {
		const range = ok(
			await call(
				listStoppedCustomers,
				{ period: { from: '2026-10-01', to: '2026-10-15' } },
				carla(db)
			)
		);
		expect(range.customers.map((c: Any) => c.customerId)).toEqual([4]);
		const running = ok(await call(listStoppedCustomers, {}, carla(db)));
		expect(running.period).toMatchObject({ from: '2026-11-01', to: '2026-11-23', running: true });
		expect(running.total).toBe(0);
		expect(running.definition).toContain('(hoje)');
		const future = await call(listStoppedCustomers, { period: '2027-01' }, carla(db));
		expect(future).toMatchObject({ ok: false, code: 'invalid_input' });
		const words = await call(listStoppedCustomers, { period: 'março' }, carla(db));
		expect(words).toMatchObject({ ok: false, code: 'invalid_input' });
		expect((words as Any).message).toContain('period');
	});

	test('lost revenue: by rep, with formulas and the customers behind it', async () => {
		const outcome = await call(estimateLostRevenue, {}, carla(db));
		const est = ok(outcome);
		expect(est.estimate).toBe(true);
		expect(est.definitions.lostRevenue).toMatch(/piso\(mín\(dias sem comprar, 365\) ÷ ciclo\)/);
		expect(est.totals).toMatchObject({
			customers: 5,
			lostRevenueCents: sum([2, 3, 4, 5, 6], LOST),
			revenueAtRiskCents: sum([2, 3, 4, 5, 6], USUAL)
		});
		expect(est.groups.map((g: Any) => [g.label, g.lostRevenueCents])).toEqual([
			['Ana', sum([2, 3, 4, 5], LOST)],
			['Bruno', LOST[6]]
		]);
		expect(est.topCustomers[0]).toMatchObject({
			customerId: 4,
			state: 'inactive',
			missedOccasions: 3,
			averageOccasionCents: 300_000,
			lostRevenueCents: 900_000,
			lostRevenue: 'R$ 9.000,00'
		});
		expect(est.topCustomers).toHaveLength(5);
		expect((outcome as Any).summary).toContain('R$ 21.400,00');
	});

	test('lost revenue: by risk state and by segment, and it reconciles with the health figures', async () => {
		const byState = ok(await call(estimateLostRevenue, { groupBy: 'risk_state' }, carla(db)));
		expect(byState.groups.map((g: Any) => [g.key, g.label, g.lostRevenueCents])).toEqual([
			['inactive', 'inativo', LOST[4] + LOST[5]],
			['at_risk', 'em risco', LOST[2] + LOST[3] + LOST[6]]
		]);
		const health = ok(await call(getPortfolioHealth, {}, carla(db)));
		const lost = health.metrics.find((m: Any) => m.metric === 'lost_revenue');
		expect(lost.byState.at_risk.now + lost.byState.inactive.now).toBe(
			byState.totals.lostRevenueCents
		);
		const bySegment = ok(
			await call(estimateLostRevenue, { groupBy: 'segment', repId: 11 }, ana(db))
		);
		expect(bySegment.groups.map((g: Any) => [g.key, g.lostRevenueCents])).toEqual([
			['varejo', LOST[2] + LOST[3] + LOST[5]],
			['atacado', LOST[4]]
		]);
	});
});
