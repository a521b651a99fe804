/**
 * Tool-output evals on real data: UCI Online Retail (both files) loaded with the datasets
 * loader, then asked through the tools what the independent reference answered once
 * (reference/uci-golden.json): who stopped buying in three months of 2011
 * (list_stopped_customers, every page, by ERP code = the UCI customer id) and how many
 * customers were in each state on the day before and the last day of each month
 * (get_portfolio_health, now and at the comparison date).
 */
import { readFile } from 'node:fs/promises';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { loadUciOnlineRetail } from '#lib/server/datasets/uci-online-retail.ts';
import { users } from '#lib/server/db/schema.ts';
import { caseResult, check, type CaseResult, type Check } from '../core/types.ts';
import { setChecks, setMatch } from '../scorers/set-match.ts';
import type { UciGolden } from '../reference/uci-golden.ts';
import { monthBounds } from '../reference/uci-reference.ts';
import { allRows, callTool, type Structured } from './call-tool.ts';
import { EVAL_MANAGER, evalContext } from './eval-db.ts';
import { resetData } from './hand-data.ts';

/** After the last invoice (2011-12-09): every month asked about is complete. */
export const UCI_AS_OF = '2011-12-09';
const STATES = ['new', 'active', 'at_risk', 'inactive'] as const;

export async function readGolden(): Promise<UciGolden> {
	return JSON.parse(
		await readFile(new URL('../reference/uci-golden.json', import.meta.url), 'utf8')
	);
}

export async function uciCases(db: GiroDatabase): Promise<CaseResult[]> {
	const golden = await readGolden();
	await resetData(db);
	await db.orm.insert(users).values({ ...EVAL_MANAGER, email: 'evals@giro.test' });
	await loadUciOnlineRetail(db);
	const results: CaseResult[] = [];
	for (const month of Object.keys(golden.stopped)) {
		const started = performance.now();
		const checks: Check[] = [];
		const metrics: Record<string, number> = {};
		try {
			const ctx = evalContext(db, EVAL_MANAGER, UCI_AS_OF);
			const { rows } = await allRows<Structured & { erpCode: string }>(
				'list_stopped_customers',
				{ period: month },
				ctx,
				'customers'
			);
			const m = setMatch(
				rows.map((r) => Number(r.erpCode)),
				golden.stopped[month].map(Number)
			);
			checks.push(...setChecks(m, `parou em ${month}`));
			Object.assign(metrics, { precision: m.precision, recall: m.recall, stopped: rows.length });
			const { dayBefore, last } = monthBounds(month);
			const health = await callTool(
				'get_portfolio_health',
				{ compareTo: dayBefore },
				evalContext(db, EVAL_MANAGER, last)
			);
			const customers = (
				health.metrics as {
					metric: string;
					byState: Record<string, { now: number; before: number }>;
				}[]
			).find((x) => x.metric === 'customers')!;
			for (const s of STATES) {
				const [now, before] = [customers.byState[s].now, customers.byState[s].before];
				const [wantNow, wantBefore] = [
					golden.stateCounts[last][s],
					golden.stateCounts[dayBefore][s]
				];
				checks.push(
					check(
						`count_${s}`,
						now === wantNow && before === wantBefore,
						`${s}: ${before} → ${now} (referência ${wantBefore} → ${wantNow})`
					)
				);
			}
		} catch (error) {
			checks.push(check('runs', false, (error as Error).message));
		}
		results.push(
			caseResult(
				{
					suite: 'tool-output',
					category: 'uci',
					id: `uci-${month}`,
					title: `UCI ${month}: quem parou e clientes por estado (referência independente)`,
					checks,
					metrics
				},
				started
			)
		);
	}
	return results;
}
