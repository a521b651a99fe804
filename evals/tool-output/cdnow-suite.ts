/**
 * Tool-output evals on CDNOW (../shared/data/cdnow, Fader, Hardie & Lee 2005): the 1/10 sample
 * loaded as a portfolio (one customer per sample id, one order per purchase) and read at the
 * end of calibration, 1997-09-30. The tools' BG/NBD figures — risk score of every customer
 * (list_customers, page by page), P(alive) and expected purchases in 90 days (get_customer_profile,
 * a fixed sample of customers) — must equal the literal formulas with the *published*
 * parameters, up to the tools' rounding. No tool returns the parameters themselves, so one case
 * reads them from the engine's portfolio reference (the only engine-level check here).
 */
import { readFile } from 'node:fs/promises';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { customers, orders, users } from '#lib/server/db/schema.ts';
import { DEFAULT_ENGINE_CONFIG } from '#lib/server/domain/portfolio/engine-config.ts';
import { portfolioReference } from '#lib/server/domain/portfolio/steady-state.ts';
import { sharedDataPath } from '#lib/server/shared-data-path.ts';
import { caseResult, check, type CaseResult, type Check } from '../core/types.ts';
import {
	expectedPurchases,
	pAlive,
	PUBLISHED_CDNOW,
	PUBLISHED_LOG_LIKELIHOOD,
	riskScore,
	type History
} from '../reference/bgnbd-reference.ts';
import { allRows, callTool, type Structured } from './call-tool.ts';
import { EVAL_MANAGER, evalContext } from './eval-db.ts';
import { resetData } from './hand-data.ts';

export const CDNOW_AS_OF = '1997-09-30';
const HORIZON_WEEKS = 90 / 7;
const DAY = 86_400_000;

interface Purchase {
	id: number;
	date: string;
	cents: number;
}

/** CDNOW_sample.txt: master id, sample id, YYYYMMDD, CDs, dollars (whitespace, CRLF). */
async function readSample(): Promise<Purchase[]> {
	const text = await readFile(sharedDataPath('cdnow', 'CDNOW_sample.txt'), 'utf8');
	return text
		.split(/\r?\n/)
		.map((line) => line.trim().split(/\s+/))
		.filter((f) => f.length === 5)
		.map(([, id, ymd, , dollars]) => ({
			id: Number(id),
			date: `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`,
			cents: Math.round(Number(dollars) * 100)
		}));
}

/** x, tₓ, T in weeks at asOf, from the purchase days (several on one day are one). */
function histories(purchases: Purchase[], asOf: string): Map<number, History> {
	const days = new Map<number, Set<string>>();
	for (const p of purchases)
		if (p.date <= asOf) (days.get(p.id) ?? days.set(p.id, new Set()).get(p.id)!).add(p.date);
	const weeks = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY / 7;
	const out = new Map<number, History>();
	for (const [id, set] of days) {
		const sorted = [...set].sort();
		out.set(id, {
			x: sorted.length - 1,
			tx: weeks(sorted[0], sorted.at(-1)!),
			T: weeks(sorted[0], asOf)
		});
	}
	return out;
}

async function load(db: GiroDatabase, purchases: Purchase[]): Promise<void> {
	const ids = [...new Set(purchases.map((p) => p.id))].sort((a, b) => a - b);
	await db.orm.transaction(async (tx) => {
		await tx.insert(users).values({ ...EVAL_MANAGER, email: 'evals@giro.test' });
		for (let i = 0; i < ids.length; i += 2_000)
			await tx
				.insert(customers)
				.values(
					ids
						.slice(i, i + 2_000)
						.map((id) => ({ id, erpCode: String(id), legalName: `CDNOW ${id}` }))
				);
		const rows = purchases.map((p, i) => ({
			erpId: `CDNOW-${i}`,
			customerId: p.id,
			orderDate: p.date,
			totalCents: p.cents,
			status: 'invoiced' as const
		}));
		for (let i = 0; i < rows.length; i += 2_000)
			await tx.insert(orders).values(rows.slice(i, i + 2_000));
	});
}

export async function cdnowCases(db: GiroDatabase): Promise<CaseResult[]> {
	const purchases = await readSample();
	await resetData(db);
	await load(db, purchases);
	const history = histories(purchases, CDNOW_AS_OF);
	const ctx = evalContext(db, EVAL_MANAGER, CDNOW_AS_OF);
	const results: CaseResult[] = [];
	const run = async (
		id: string,
		title: string,
		body: () => Promise<{ checks: Check[]; metrics?: Record<string, number> }>
	) => {
		const started = performance.now();
		try {
			const { checks, metrics } = await body();
			results.push(
				caseResult({ suite: 'tool-output', category: 'cdnow', id, title, checks, metrics }, started)
			);
		} catch (error) {
			results.push(
				caseResult(
					{
						suite: 'tool-output',
						category: 'cdnow',
						id,
						title,
						checks: [check('runs', false, (error as Error).message)]
					},
					started
				)
			);
		}
	};

	await run(
		'cdnow-parameters',
		'ajuste BG/NBD na carteira carregada = r 0,243, α 4,414, a 0,793, b 2,426 (engine)',
		async () => {
			const fit = (await portfolioReference(db, CDNOW_AS_OF, DEFAULT_ENGINE_CONFIG)).bgnbd!;
			const checks = (['r', 'alpha', 'a', 'b'] as const).map((k) =>
				check(
					k,
					Math.abs(fit[k] - PUBLISHED_CDNOW[k]) <= 0.001,
					`${k} = ${fit[k].toFixed(4)} (publicado ${PUBLISHED_CDNOW[k]})`
				)
			);
			checks.push(
				check(
					'log_likelihood',
					Math.abs(fit.logLikelihood - PUBLISHED_LOG_LIKELIHOOD) <= 0.01,
					`LL = ${fit.logLikelihood.toFixed(2)}`
				)
			);
			return { checks };
		}
	);

	await run(
		'cdnow-risk-scores',
		'list_customers: risco de não comprar em 90 dias de todos os 2.357 clientes',
		async () => {
			const { rows } = await allRows<Structured & { customerId: number; riskScore: number | null }>(
				'list_customers',
				{ sort: 'name' },
				ctx,
				'customers'
			);
			let worst = 0;
			for (const row of rows) {
				const want = riskScore(PUBLISHED_CDNOW, HORIZON_WEEKS, history.get(row.customerId)!);
				worst = Math.max(worst, row.riskScore === null ? Infinity : Math.abs(row.riskScore - want));
			}
			return {
				checks: [
					check('customers', rows.length === 2357, `${rows.length} clientes`),
					check(
						'risk_score',
						worst <= 0.002,
						`maior diferença ${worst.toFixed(4)} (tolerância 0,002: arredondamento a 3 casas e parâmetros a 3 casas)`
					)
				],
				metrics: { maxRiskScoreDiff: worst }
			};
		}
	);

	await run(
		'cdnow-profiles',
		'get_customer_profile: P(ativo) e compras esperadas em 90 dias (1 cliente a cada 60)',
		async () => {
			let worstAlive = 0;
			let worstExpected = 0;
			const ids = [...history.keys()].sort((a, b) => a - b).filter((_, i) => i % 60 === 0);
			for (const id of ids) {
				const p = await callTool('get_customer_profile', { customerId: id }, ctx);
				const scores = p.scores as { pAlive: number | null; expectedPurchases90: number | null };
				const h = history.get(id)!;
				worstAlive = Math.max(
					worstAlive,
					Math.abs((scores.pAlive ?? Infinity) - pAlive(PUBLISHED_CDNOW, h))
				);
				worstExpected = Math.max(
					worstExpected,
					Math.abs(
						(scores.expectedPurchases90 ?? Infinity) -
							expectedPurchases(PUBLISHED_CDNOW, HORIZON_WEEKS, h)
					)
				);
			}
			return {
				checks: [
					check(
						'p_alive',
						worstAlive <= 0.002,
						`${ids.length} clientes, maior diferença ${worstAlive.toFixed(4)}`
					),
					check(
						'expected_purchases',
						worstExpected <= 0.006,
						`maior diferença ${worstExpected.toFixed(4)} (2 casas)`
					)
				],
				metrics: { maxPAliveDiff: worstAlive, maxExpectedDiff: worstExpected }
			};
		}
	);
	return results;
}
