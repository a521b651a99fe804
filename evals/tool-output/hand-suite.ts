/**
 * Runs the hand-computed portfolios (hand-cases.ts) through the tools: each group is written
 * into the emptied database, each customer's figures read with get_customer_profile and
 * compared with the values worked out on paper; "who stopped buying" and the RFV filter are
 * read with list_stopped_customers and list_customers.
 */
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { caseResult, check, type CaseResult, type Check } from '../core/types.ts';
import { setChecks, setMatch } from '../scorers/set-match.ts';
import { allRows, callTool, type Structured } from './call-tool.ts';
import { evalContext } from './eval-db.ts';
import {
	GROUP_A,
	GROUP_A_STOPPED,
	GROUP_B,
	GROUP_B_PEERS,
	GROUP_C,
	HAND_AS_OF,
	type Expected,
	type HandCase
} from './hand-cases.ts';
import { HAND_REP, resetData, writeHandPortfolio } from './hand-data.ts';

interface Profile {
	state: string;
	cycle: { days: number; confidence: string; source: string } | null;
	purchases: { recencyDays: number | null };
	decline: { declining: boolean; revenuePercent: number | null };
	value: Record<string, { cents: number | null }> & { missedOccasions: number };
	scores: { rfv: { r: number; f: number; v: number; segment: string } | null };
}

/** Field by field: what the profile says against what was worked out by hand. */
function compare(p: Profile, e: Expected): Check[] {
	const pairs: [string, unknown, unknown][] = [
		['state', p.state, e.state],
		['cycle', p.cycle?.days, e.cycleDays],
		['confidence', p.cycle?.confidence, e.confidence],
		['source', p.cycle?.source, e.source],
		['recency', p.purchases.recencyDays, e.recencyDays],
		['average', p.value.averageOccasion.cents, e.averageCents],
		['usual_monthly', p.value.usualMonthly.cents, e.usualMonthlyCents],
		['revenue_at_risk', p.value.revenueAtRisk.cents, e.revenueAtRiskCents],
		['lost', p.value.lostRevenue.cents, e.lostCents],
		['missed', p.value.missedOccasions, e.missed],
		['declining', p.decline.declining, e.declining],
		['revenue_percent', p.decline.revenuePercent, e.revenuePercent],
		['rfv', JSON.stringify(p.scores.rfv), e.rfv && JSON.stringify(e.rfv)]
	];
	return pairs
		.filter(([, , want]) => want !== undefined)
		.map(([name, got, want]) =>
			check(name, got === want, `${String(got)} (esperado ${String(want)})`)
		);
}

export async function handCases(db: GiroDatabase): Promise<CaseResult[]> {
	const ctx = evalContext(db, HAND_REP, HAND_AS_OF);
	const results: CaseResult[] = [];
	const push = (id: string, title: string, checks: Check[], started: number) =>
		results.push(
			caseResult({ suite: 'tool-output', category: 'hand', id, title, checks }, started)
		);

	const profiles = async (group: string, cases: HandCase[]) => {
		for (const hc of cases) {
			const started = performance.now();
			let checks: Check[];
			try {
				const p = (await callTool(
					'get_customer_profile',
					{ customerId: hc.customer.id },
					ctx
				)) as unknown as Profile;
				checks = compare(p, hc.expect);
			} catch (error) {
				checks = [check('runs', false, (error as Error).message)];
			}
			push(`${group}-${hc.customer.id}`, `${hc.customer.name}: ${hc.what}`, checks, started);
		}
	};

	await resetData(db);
	await writeHandPortfolio(
		db,
		HAND_AS_OF,
		GROUP_A.map((h) => h.customer)
	);
	await profiles('a', GROUP_A);
	for (const [period, ids] of Object.entries(GROUP_A_STOPPED)) {
		const started = performance.now();
		const { rows } = await allRows<Structured & { customerId: number }>(
			'list_stopped_customers',
			{ period },
			ctx,
			'customers'
		);
		push(
			`a-stopped-${period}`,
			`list_stopped_customers ${period}: ${ids.join(', ')}`,
			setChecks(
				setMatch(
					rows.map((r) => r.customerId),
					ids
				),
				period
			),
			started
		);
	}

	await resetData(db);
	await writeHandPortfolio(db, HAND_AS_OF, [...GROUP_B_PEERS, ...GROUP_B.map((h) => h.customer)]);
	await profiles('b', GROUP_B);

	await resetData(db);
	await writeHandPortfolio(
		db,
		HAND_AS_OF,
		GROUP_C.map((h) => h.customer)
	);
	await profiles('c', GROUP_C);
	{
		const started = performance.now();
		const { rows } = await allRows<Structured & { customerId: number }>(
			'list_customers',
			{ rfvSegment: 'Campeões' },
			ctx,
			'customers'
		);
		push(
			'c-filter-campeoes',
			'list_customers rfvSegment Campeões: 302 e 303',
			setChecks(
				setMatch(
					rows.map((r) => r.customerId),
					[302, 303]
				),
				'Campeões'
			),
			started
		);
	}
	return results;
}
