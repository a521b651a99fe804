/**
 * SPEC "Definitions" on hand-built portfolios with known answers, on PGlite and on a real
 * PostgreSQL server (the same answers on both).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import {
	assessPortfolio,
	type CustomerAssessment
} from '#lib/server/domain/portfolio/assess-portfolio.ts';
import { stoppedBuying } from '#lib/server/domain/portfolio/stopped-buying.ts';
import { totalsByState } from '#lib/server/domain/portfolio/summarize-portfolio.ts';
import { freshPglite, freshServer } from './support/databases.ts';
import { regularOrders, writeTinyPortfolio, type TinyCustomer } from './support/tiny-portfolio.ts';

const PORTFOLIO: TinyCustomer[] = [
	// 1: every 21 days, 8 occasions, last 2026-06-01.
	{ id: 1, segment: 'agro', orders: regularOrders('2026-01-05', 21, 8) },
	// 2: one occasion — takes the peer cycle.
	{ id: 2, segment: 'agro', orders: [['2026-05-20', 500_00]] },
	// 3: two occasions 30 days apart — low confidence.
	{
		id: 3,
		segment: 'agro',
		orders: [
			['2026-01-10', 200_00],
			['2026-02-09', 200_00]
		]
	},
	// 4: several orders on one day, a cancelled order, a zero-value order, an order after asOf.
	{
		id: 4,
		segment: 'varejo',
		orders: [
			['2026-03-02', 100_00],
			['2026-03-02', 50_00],
			['2026-03-12', 300_00, 'cancelled'],
			['2026-03-16', 0],
			['2026-03-30', 100_00],
			['2026-04-13', 100_00],
			['2026-12-01', 999_00]
		]
	},
	// 5: no orders at all — prospect.
	{ id: 5, segment: 'varejo', orders: [] },
	// 6: new customer, first purchase 2026-06-25.
	{ id: 6, segment: 'varejo', orders: [['2026-06-25', 800_00]] },
	// 7: reactivation: regular in 2025, a year of silence, buying again every 14 days.
	{
		id: 7,
		segment: 'varejo',
		orders: [...regularOrders('2025-01-06', 14, 10), ...regularOrders('2026-06-01', 14, 4)]
	},
	// 8: even count of intervals: 10, 20 → median 15.
	{
		id: 8,
		segment: null,
		orders: [
			['2026-05-01', 100_00],
			['2026-05-11', 100_00],
			['2026-05-31', 100_00]
		]
	},
	// 9: last purchase over a year ago.
	{ id: 9, segment: null, orders: regularOrders('2024-01-01', 30, 8) }
];

const AS_OF = '2026-07-20';

for (const [name, open] of [
	['PGlite', freshPglite],
	['PostgreSQL server', freshServer]
] as const) {
	describe(`portfolio engine on ${name}`, () => {
		let db: GiroDatabase;
		let byId: Map<number, CustomerAssessment>;
		beforeAll(async () => {
			db = await open();
			await writeTinyPortfolio(db, PORTFOLIO);
			const all = await assessPortfolio(db, { asOf: AS_OF, includeProspects: true });
			byId = new Map(all.map((a) => [a.customerId, a]));
		});
		afterAll(() => db?.close());

		test('own cycle: median of the intervals, high confidence with ≥ 6 occasions', () => {
			const a = byId.get(1)!;
			expect(a.occasions).toBe(8);
			expect(a.cycle).toEqual({ days: 21, confidence: 'high', source: 'own', mad: 0 });
			expect(a.lastOccasion).toBe('2026-06-01');
			expect(a.recencyDays).toBe(49);
			expect(a.expectedNext).toBe('2026-06-22');
			expect(a.overdueDays).toBe(28);
			expect(a.state).toBe('at_risk'); // 49 / 21 = 2.33
			expect(a.reasons[0]).toBe(
				'Compra a cada 21 dias; última compra há 49 dias (28 dias de atraso).'
			);
		});

		test('values: average occasion, usual monthly revenue, lost revenue', () => {
			const a = byId.get(1)!;
			expect(a.averageOccasionCents).toBe(1000_00);
			expect(a.usualMonthlyCents).toBe(Math.round((1000_00 * 30.4375) / 21));
			expect(a.revenueAtRiskCents).toBe(a.usualMonthlyCents);
			expect(a.missedOccasions).toBe(2); // floor(49 / 21)
			expect(a.lostRevenueCents).toBe(2000_00);
		});

		test('one occasion takes the portfolio peer cycle when the segment has < 10 peers', () => {
			const a = byId.get(2)!;
			// Customers with ≥ 3 occasions: 1 (21), 4 (14), 7 (14), 8 (15), 9 (30) → median 15.
			expect(a.cycle).toEqual({
				days: 15,
				confidence: 'peer',
				source: 'portfolio_peers',
				mad: null
			});
			expect(a.state).toBe('new'); // first purchase 61 days ago, 1 occasion
		});

		test('two occasions: the single interval, low confidence', () => {
			const a = byId.get(3)!;
			expect(a.cycle?.days).toBe(30);
			expect(a.cycle?.confidence).toBe('low');
			expect(a.state).toBe('inactive'); // 161 days / 30 > 3
		});

		test('same-day orders are one occasion; cancelled and future orders do not exist', () => {
			const a = byId.get(4)!;
			// Occasions: 03-02 (150,00), 03-16 (0), 03-30 (100,00), 04-13 (100,00).
			expect(a.occasions).toBe(4);
			expect(a.cycle).toMatchObject({ days: 14, confidence: 'medium' });
			expect(a.averageOccasionCents).toBe(Math.round((150_00 + 0 + 100_00 + 100_00) / 4));
			expect(a.lastOccasion).toBe('2026-04-13');
		});

		test('prospects have no occasion and are left out unless asked for', async () => {
			expect(byId.get(5)!.state).toBe('prospect');
			const withoutProspects = await assessPortfolio(db, { asOf: AS_OF });
			expect(withoutProspects.some((a) => a.customerId === 5)).toBe(false);
		});

		test('a reactivated customer is active again on its recent rhythm', () => {
			const a = byId.get(7)!;
			expect(a.state).toBe('active');
			expect(a.cycle?.days).toBe(14); // the 12 most recent intervals: 9 × 14 and the long gap, 14 wins
		});

		test('median of an even count is the mean of the two middle values; MAD reported', () => {
			const a = byId.get(8)!;
			expect(a.cycle?.days).toBe(15);
			expect(a.cycle?.mad).toBe(5);
			expect(a.expectedNext).toBe('2026-06-15');
		});

		test('more than 365 days without buying is inactive whatever the cycle', () => {
			const a = byId.get(9)!;
			expect(a.state).toBe('inactive');
			expect(a.lostRevenueCents).toBe(Math.floor(365 / 30) * 1000_00);
		});

		test('the reference cycle of segment peers needs 10 customers in the segment', async () => {
			const peers: TinyCustomer[] = Array.from({ length: 10 }, (_, i) => ({
				id: 100 + i,
				segment: 'metalurgia',
				orders: regularOrders('2026-03-02', 10, 5)
			}));
			peers.push({ id: 200, segment: 'metalurgia', orders: [['2026-07-10', 100_00]] });
			await writeTinyPortfolio(db, peers);
			const [single] = await assessPortfolio(db, { asOf: AS_OF, scope: { customerIds: [200] } });
			expect(single.cycle).toEqual({
				days: 10,
				confidence: 'peer',
				source: 'segment_peers',
				mad: null
			});
		});

		test('totals by state are exact sums of cents', async () => {
			const all = await assessPortfolio(db, { asOf: AS_OF });
			const { all: total, byState } = totalsByState(all);
			expect(total.customers).toBe(all.length);
			expect(byState.at_risk.revenueAtRiskCents + byState.inactive.revenueAtRiskCents).toBe(
				all.reduce((s, a) => s + a.revenueAtRiskCents, 0)
			);
			expect(Number.isInteger(total.lostRevenueCents)).toBe(true);
		});

		test('who stopped buying in a month: active at the start, at risk at the end', async () => {
			// Customer 1 (cycle 21, last 2026-06-01) crosses 1.5 × 21 = 31.5 days on 2026-07-03.
			const july = await stoppedBuying(db, { period: 'this_month', asOf: AS_OF });
			expect(july.period).toMatchObject({ from: '2026-07-01', to: AS_OF, running: true });
			expect(july.customers.map((c) => c.after.customerId)).toContain(1);
			expect(july.definition).toMatch(/^Parou de comprar \(este mês/);
			const june = await stoppedBuying(db, { period: '2026-06', asOf: AS_OF });
			expect(june.customers.map((c) => c.after.customerId)).not.toContain(1);
		});
	});
}
