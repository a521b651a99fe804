/**
 * SPEC "Backtest (quão confiável é o alerta)" on real data: the UCI Online Retail history
 * (../shared/data/online_retail/, read at test time) loaded into an in-memory PGlite. At
 * T₀ = 2011-06-30 and 2011-09-09, on all non-new and on engaged customers, the risk score must
 * rank "will not buy in the next 90 days" better than recency alone and than recency / cycle.
 * The loader is checked against the facts in ../shared/data/README.md.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { loadUciOnlineRetail, type UciLoadResult } from '#lib/server/datasets/uci-online-retail.ts';
import { runBacktest, type BacktestResult } from '#lib/server/domain/portfolio/backtest.ts';
import { renderBacktestMarkdown } from '../bench/backtest-markdown.ts';
import { freshPglite } from './support/databases.ts';

async function orderFacts(db: GiroDatabase) {
	const [row] = await db.rows<{ orders: number; customers: number; cents: string }>(sql`
		select count(*)::int as orders, count(distinct customer_id)::int as customers,
			sum(total_cents)::text as cents
		from orders where status = 'invoiced'`);
	return row;
}

describe('UCI loader, 2010-2011 file alone', () => {
	let db: GiroDatabase;
	let load: UciLoadResult;
	beforeAll(async () => {
		db = await freshPglite();
		load = await loadUciOnlineRetail(db, { periods: ['2010-2011'] });
	});
	afterAll(() => db?.close());

	test('reads the rows the README counts', () => {
		const c = load.counts;
		expect(c.rowsRead).toBe(541_909);
		expect(c.duplicateRows).toBe(0);
		expect(c.rowsWithoutCustomer).toBe(135_080);
		expect(c.cancellationRows).toBe(9_288);
		expect(c.negativeQuantityRows).toBe(10_624);
		expect(c.invoiceNumbers).toBe(25_900);
		expect(c.customerIds).toBe(4_372);
		// Σ quantity × price = 9,747,747.934 exactly (prices with 3 decimals exist).
		expect(c.lineValueMills).toBe(9_747_747_934);
		expect(c.firstDate).toBe('2010-12-01');
		expect(c.lastDate).toBe('2011-12-09');
	});

	test('inserts one order per non-cancelled invoice with a customer', async () => {
		// 33 customer ids appear only on cancellations: 4,372 ids, 4,339 customers with orders.
		expect(load.counts.customers).toBe(4_339);
		expect(load.counts.invoices).toBe(18_536);
		const facts = await orderFacts(db);
		expect(facts.orders).toBe(18_536);
		expect(facts.customers).toBe(4_339);
		// Per-invoice Σ rounded half up to cents (cross-checked with Python's Decimal).
		expect(facts.cents).toBe('891140790');
		const [customer] = await db.rows<{ erp: string; name: string; country: string }>(sql`
			select erp_code as erp, legal_name as name, country from customers
			where erp_code = '17850'`);
		expect(customer).toEqual({ erp: '17850', name: 'Customer 17850', country: 'United Kingdom' });
	});
});

describe('backtest on UCI Online Retail, both files', () => {
	let db: GiroDatabase;
	let load: UciLoadResult;
	const results = new Map<string, BacktestResult>();
	beforeAll(async () => {
		db = await freshPglite();
		load = await loadUciOnlineRetail(db);
		for (const asOf of ['2011-06-30', '2011-09-09'])
			results.set(asOf, await runBacktest(db, { asOf }));
	});
	afterAll(() => db?.close());

	test('combines the two files without duplicate invoices', async () => {
		const c = load.counts;
		expect(c.rowsRead).toBe(525_461 + 541_909);
		expect(c.duplicateRows).toBeGreaterThan(0);
		expect(c.rowsRead - c.duplicateRows).toBeGreaterThan(1_000_000);
		expect(c.customers).toBeGreaterThan(5_800);
		expect(c.customers).toBeLessThan(6_000);
		const facts = await orderFacts(db);
		expect(facts.orders).toBe(c.invoices);
		const [dup] = await db.rows<{ n: number }>(sql`
			select count(*)::int as n from (
				select erp_id from orders group by erp_id having count(*) > 1) d`);
		expect(dup.n).toBe(0);
		expect(c.firstDate).toBe('2009-12-01');
	});

	for (const asOf of ['2011-06-30', '2011-09-09']) {
		for (const population of ['all', 'engaged'] as const) {
			test(`${asOf}, ${population}: the risk score outranks recency and recency / cycle`, () => {
				const result = results.get(asOf)!;
				expect(result.censored).toBe(false);
				const p = result.populations[population];
				expect(p.customers).toBeGreaterThan(1_000);
				expect(p.didNotBuy).toBeGreaterThan(0);
				expect(p.didNotBuy).toBeLessThan(p.customers);
				const { riskScore, recency, recencyCycle } = p.rankings;
				expect(riskScore.scored).toBe(p.customers);
				expect(riskScore.auc!).toBeGreaterThan(recency.auc!);
				expect(riskScore.auc!).toBeGreaterThan(recencyCycle.auc!);
			});
		}
	}

	test('engaged customers are a subset of all: recent, at least 3 occasions', () => {
		for (const result of results.values()) {
			const { all, engaged } = result.populations;
			expect(engaged.customers).toBeLessThan(all.customers);
			expect(engaged.didNotBuy).toBeLessThan(all.didNotBuy);
			// The fixed 90-day window can flag no engaged customer past 120 days.
			const window90 = engaged.alerts.find((a) => a.rule.kind === 'window' && a.rule.days === 90);
			expect(window90!.flagged).toBeLessThan(engaged.customers);
		}
	});

	test('renders the tables in pt-BR and English', () => {
		const list = [...results.values()];
		const pt = renderBacktestMarkdown(list, 'pt-BR');
		expect(pt).toContain('| 30/06/2011 | Todos (exceto novos) |');
		expect(pt).toMatch(/\| 0,\d{3} \|/);
		expect(pt).toContain('Estados em risco + inativo');
		const en = renderBacktestMarkdown(list, 'en');
		expect(en).toContain('| 2011-09-09 | Engaged (bought ≤ 120 d, ≥ 3 occasions) |');
		expect(en).toMatch(/\| 0\.\d{3} \|/);
	});
});
