/**
 * The engine finds what the demo generator planted (issue #4): for every tracked month, the
 * customers made to stop buying are exactly that month's "stopped buying" list; the planted
 * decliners are flagged; the state counts at asOf match; the stalled opportunities are found.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import type { DemoTruth } from '#lib/server/demo/demo-truth.ts';
import { assessPortfolio } from '#lib/server/domain/portfolio/assess-portfolio.ts';
import { stalledOpportunities } from '#lib/server/domain/portfolio/stalled-opportunities.ts';
import { stoppedBuying } from '#lib/server/domain/portfolio/stopped-buying.ts';
import { demoPglite } from './support/databases.ts';

const AS_OF = '2026-11-23';
let db: GiroDatabase;
let truth: DemoTruth;

beforeAll(async () => {
	({ db, truth } = await demoPglite({ seed: 20261123, asOf: AS_OF }));
}, 300_000);
afterAll(() => db?.close());

const sorted = (ids: Iterable<number>) => [...ids].sort((a, b) => a - b);

describe('the engine on the demo portfolio', () => {
	test('every tracked month: the stopped-buying list is exactly the planted stoppers', async () => {
		expect(truth.trackedMonths.length).toBeGreaterThanOrEqual(6);
		for (const month of truth.trackedMonths) {
			const result = await stoppedBuying(db, { period: month, asOf: AS_OF });
			const found = sorted(result.customers.map((c) => c.after.customerId));
			expect(found, month).toEqual(sorted(truth.stoppedByMonth[month] ?? []));
		}
		const planted = truth.stoppers.filter((s) => s.month === AS_OF.slice(0, 7));
		expect(planted.length).toBeGreaterThan(0);
	});

	test('the planted decliners are flagged, and only the customers the rule says', async () => {
		const all = await assessPortfolio(db, { asOf: AS_OF });
		const flagged = sorted(all.filter((a) => a.decline.declining).map((a) => a.customerId));
		for (const d of truth.decliners) expect(flagged).toContain(d.customerId);
		expect(flagged).toEqual(sorted(truth.decliningAtAsOf));
	});

	test('state counts at asOf match the ground truth', async () => {
		const all = await assessPortfolio(db, { asOf: AS_OF, includeProspects: true });
		const counts: Record<string, number> = {};
		for (const a of all) counts[a.state] = (counts[a.state] ?? 0) + 1;
		for (const [state, n] of Object.entries(truth.stateCountsAtAsOf))
			expect(counts[state] ?? 0, state).toBe(n);
	});

	test('the planted stalled opportunities are stalled, the fresh ones are not', async () => {
		const stalled = new Set(
			(await stalledOpportunities(db, { asOf: AS_OF })).map((o) => o.opportunityId)
		);
		for (const id of truth.stalledOpportunityIds)
			expect(stalled.has(id), `opportunity ${id}`).toBe(true);
		for (const id of truth.freshOpportunityIds)
			expect(stalled.has(id), `opportunity ${id}`).toBe(false);
	});
});
