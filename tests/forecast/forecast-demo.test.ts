/**
 * SPEC "Forecast" and "Learned risk" on the demo portfolio (its generator plants seasonality
 * and customers who stop), in PGlite and in a PostgreSQL server: the forecast beats both naive
 * baselines over the month-ends whose 90 days have passed; the tools answer for the manager and
 * for a rep (her own customers only, the same figures as the manager asking for her); the
 * parts add up to the total.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { writeDemoPortfolio } from '#lib/server/demo/write-portfolio.ts';
import { checkForecast } from '#lib/server/domain/forecast/forecast-backtest.ts';
import { portfolioHistory } from '#lib/server/domain/forecast/portfolio-forecast.ts';
import { dayNumber } from '#lib/server/domain/learned-risk/order-history.ts';
import type { AnyObjectSchema, ToolDefinition } from '#lib/server/tools/define-tool.ts';
import { runTool } from '#lib/server/tools/run-tool.ts';
import { forecastRevenueTool } from '#lib/server/tools/portfolio/forecast-revenue.ts';
import { getAlertAccuracy } from '#lib/server/tools/portfolio/get-alert-accuracy.ts';
import { freshPglite, freshServer } from '../support/databases.ts';
import { testContext } from '../support/tool-context.ts';

const AS_OF = '2026-11-23';
const MONTH_ENDS = [
	'2025-11-30',
	'2025-12-31',
	'2026-01-31',
	'2026-02-28',
	'2026-03-31',
	'2026-04-30',
	'2026-05-31',
	'2026-06-30',
	'2026-07-31'
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Structured = any;

describe.each([
	{ name: 'PGlite', open: freshPglite, customers: 400, judged: true },
	// A smaller portfolio on the server: the tools' answers, not the forecast's quality (150
	// customers are too few for the comparison to mean much; the 400 above are judged).
	{ name: 'PostgreSQL server', open: freshServer, customers: 150, judged: false }
])('forecast on the demo portfolio, $name', ({ open, customers, judged }) => {
	let db: GiroDatabase;
	let manager: { id: number };
	let rep: { id: number; name: string };
	beforeAll(async () => {
		db = await open();
		await writeDemoPortfolio(db, { seed: 20261123, asOf: AS_OF, customers });
		[manager] = await db.rows<{ id: number }>(
			sql`select id from users where role = 'manager' order by id limit 1`
		);
		[rep] = await db.rows<{ id: number; name: string }>(sql`
			select u.id, u.name from users u join customers c on c.rep_id = u.id
			where u.role = 'rep' group by u.id, u.name order by count(*) desc, u.id limit 1`);
	});
	afterAll(() => db?.close());

	const call = async <I extends AnyObjectSchema, O extends AnyObjectSchema>(
		tool: ToolDefinition<I, O, string>,
		input: object,
		user: { id: number },
		role: 'rep' | 'manager'
	) => {
		const outcome = await runTool(tool, input, testContext(db, { ...user, role }, AS_OF));
		if (!outcome.ok) throw new Error(JSON.stringify(outcome));
		return outcome.structured as Structured;
	};

	test('the forecast against both naive baselines over the past month-ends', async () => {
		const p = await portfolioHistory(db, AS_OF);
		const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
		const checks = MONTH_ENDS.map((d) =>
			checkForecast(p.histories, dayNumber(d), dayNumber(d), dayNumber(d) + 90)
		);
		const total = (k: 'model' | 'lastPeriod' | 'sameWindowLastYear') =>
			mean(checks.map((c) => Math.abs(c[k].totalError!)));
		const wape = (k: 'model' | 'lastPeriod' | 'sameWindowLastYear') =>
			mean(checks.map((c) => c[k].wape!));
		for (const c of checks) expect(c.customers).toBeGreaterThan(customers * 0.8);
		if (!judged) {
			expect(Number.isFinite(total('model')) && Number.isFinite(wape('model'))).toBe(true);
			return;
		}
		expect(total('model')).toBeLessThan(total('lastPeriod'));
		expect(total('model')).toBeLessThan(total('sameWindowLastYear'));
		expect(wape('model')).toBeLessThan(wape('lastPeriod'));
		expect(wape('model')).toBeLessThan(wape('sameWindowLastYear'));
	});

	test('December: invoiced + expected = total, inside its range; breakdowns add up', async () => {
		const all = await call(
			forecastRevenueTool,
			{ period: 'month', month: 12, breakdown: 'rep', maxGroups: 50 },
			manager,
			'manager'
		);
		expect(all.period).toEqual({
			label: 'dezembro de 2026',
			start: '2026-12-01',
			end: '2026-12-31'
		});
		expect(all.totals.invoicedCents).toBe(0);
		expect(all.totals.totalCents).toBe(all.totals.invoicedCents + all.totals.expectedCents);
		expect(all.totals.totalCents).toBeGreaterThan(0);
		expect(all.totals.lowCents).toBeLessThanOrEqual(all.totals.totalCents);
		expect(all.totals.highCents).toBeGreaterThanOrEqual(all.totals.totalCents);
		const sum = all.groups.reduce((t: number, g: { totalCents: number }) => t + g.totalCents, 0);
		expect(Math.abs(sum - all.totals.totalCents)).toBeLessThanOrEqual(all.groups.length);
		const quarter = await call(forecastRevenueTool, { period: 'quarter' }, manager, 'manager');
		expect(quarter.period.start).toBe('2026-10-01');
		expect(quarter.totals.invoicedCents).toBeGreaterThan(0);
	});

	test('a rep sees her own forecast, equal to the manager asking for her', async () => {
		const own = await call(
			forecastRevenueTool,
			{ period: 'quarter', breakdown: 'customer' },
			rep,
			'rep'
		);
		const asked = await call(
			forecastRevenueTool,
			{ period: 'quarter', breakdown: 'customer', repId: rep.id },
			manager,
			'manager'
		);
		expect(own.totals).toEqual(asked.totals);
		expect(own.filters).toEqual({ repId: rep.id });
		const mine = await db.rows<{ id: number }>(
			sql`select id from customers where rep_id = ${rep.id}`
		);
		const ids = new Set(mine.map((r) => String(r.id)));
		for (const g of own.groups) expect(ids.has(g.key)).toBe(true);
	});

	test('get_alert_accuracy: 6 month-ends; on the demo the learned model ranks, better than BG/NBD', async () => {
		const a = await call(getAlertAccuracy, {}, manager, 'manager');
		expect(a.months).toHaveLength(6);
		expect(a.forecast).toHaveLength(6);
		// The last month-end whose 90 days have passed by 23/11/2026.
		expect(a.months.at(-1).asOf).toBe('2026-07-31');
		for (const m of a.months) {
			expect(m.flaggedDidNotBuy).toBeLessThanOrEqual(m.flagged);
			expect(m.aucRanking).toBeGreaterThan(0.5);
		}
		const mean = (k: string) => a.months.reduce((t: number, m: Structured) => t + m[k], 0) / 6;
		if (judged) {
			expect(a.ranking).toBe('learned');
			expect(mean('aucRanking')).toBeGreaterThan(mean('aucBgnbd'));
			// On the demo, recency alone is hard to beat (its generator stops customers cleanly):
			// the learned ranking stays within 0.01 of it (measured 0.935 against 0.938).
			expect(mean('aucRanking')).toBeGreaterThan(mean('aucRecency') - 0.01);
		}
		expect(a.headline).toMatch(/de fato não compraram/);
		const mine = await call(getAlertAccuracy, {}, rep, 'rep');
		expect(mine.filters).toEqual({ repId: rep.id });
		expect(mine.months[0].customers).toBeLessThan(a.months[0].customers);
	});
});
