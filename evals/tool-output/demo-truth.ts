/**
 * Tool-output evals on the demo portfolio, against the generator's planted ground truth
 * (`app_meta.demo_truth`, see src/lib/server/demo/demo-truth.ts): who was made to stop buying
 * in which month, who declines and by how much, the state counts, the planted stalled and
 * fresh deals, the overdue and due-today follow-ups, the similar names. Every list is read
 * through the tools, page by page, and scored by precision and recall; exact figures (cycles,
 * last purchases, decline percentages) are compared one customer at a time.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import type { DemoTruth } from '#lib/server/demo/demo-truth.ts';
import { caseResult, check, type CaseResult, type Check } from '../core/types.ts';
import { setChecks, setMatch } from '../scorers/set-match.ts';
import { allRows, callTool, type Structured } from './call-tool.ts';
import { EVAL_MANAGER, evalContext } from './eval-db.ts';

type Row = Structured & { customerId: number; repId: number | null };

const close = (a: number | null | undefined, b: number, tol: number) =>
	typeof a === 'number' && Math.abs(a - b) <= tol;
/** The truth keeps ratios to 4 decimals, the profile percentages to 1: half a unit of each. */
const PERCENT_TOLERANCE = 0.05 + 0.005 + 1e-9;

export async function demoTruthCases(db: GiroDatabase, truth: DemoTruth): Promise<CaseResult[]> {
	const asOf = truth.asOf;
	const manager = evalContext(db, EVAL_MANAGER, asOf);
	const owners = new Map(
		(
			await db.rows<{ id: number; repId: number | null }>(
				sql`select id, rep_id as "repId" from customers`
			)
		).map((r) => [r.id, r.repId])
	);
	const [rep] = await db.rows<{ id: number; name: string }>(
		sql`select id, name from users where role = 'rep' order by id limit 1`
	);
	const repCtx = evalContext(db, { id: rep.id, role: 'rep', name: rep.name }, asOf);
	const ofRep = (ids: number[]) => ids.filter((id) => owners.get(id) === rep.id);
	const results: CaseResult[] = [];
	const run = async (id: string, title: string, body: () => Promise<Check[]>) => {
		const started = performance.now();
		let checks: Check[];
		try {
			checks = await body();
		} catch (error) {
			checks = [check('runs', false, (error as Error).message)];
		}
		results.push(
			caseResult({ suite: 'tool-output', category: 'demo-truth', id, title, checks }, started)
		);
	};

	for (const month of truth.trackedMonths)
		await run(
			`stopped-${month}`,
			`list_stopped_customers ${month}: os que pararam no mês`,
			async () => {
				const { rows, total } = await allRows<Row>(
					'list_stopped_customers',
					{ period: month },
					manager,
					'customers'
				);
				const m = setMatch(
					rows.map((r) => r.customerId),
					truth.stoppedByMonth[month] ?? []
				);
				return [...setChecks(m, month), check('total', total === rows.length, `total ${total}`)];
			}
		);

	for (const month of truth.trackedMonths.slice(-2))
		await run(
			`stopped-${month}-rep`,
			`list_stopped_customers ${month} para ${rep.name}: só a carteira dela`,
			async () => {
				const { rows } = await allRows<Row>(
					'list_stopped_customers',
					{ period: month },
					repCtx,
					'customers'
				);
				return setChecks(
					setMatch(
						rows.map((r) => r.customerId),
						ofRep(truth.stoppedByMonth[month] ?? [])
					),
					month
				);
			}
		);

	await run(
		'declining',
		'list_customers declining: os que o gerador fez comprar menos',
		async () => {
			const { rows } = await allRows<Row>(
				'list_customers',
				{ declining: true },
				manager,
				'customers'
			);
			const found = rows.map((r) => r.customerId);
			const planted = truth.decliners.map((d) => d.customerId);
			return [
				...setChecks(setMatch(found, truth.decliningAtAsOf), 'reduzindo'),
				check(
					'planted',
					planted.every((id) => found.includes(id)),
					`${planted.length} plantados`
				)
			];
		}
	);

	await run(
		'decliners-by-how-much',
		'get_customer_profile: quanto cada cliente reduziu (% exato)',
		async () => {
			const problems: string[] = [];
			for (const d of truth.decliners) {
				const p = await callTool('get_customer_profile', { customerId: d.customerId }, manager);
				const decline = p.decline as {
					declining: boolean;
					revenuePercent: number | null;
					volumePercent: number | null;
					windowDays: number;
				};
				const cycle = p.cycle as { days: number } | null;
				if (!decline.declining) problems.push(`${d.customerId} não está reduzindo`);
				if (!close(decline.revenuePercent, d.revenueRatio * 100, PERCENT_TOLERANCE))
					problems.push(
						`${d.customerId} faturamento ${decline.revenuePercent}% ≠ ${d.revenueRatio * 100}%`
					);
				if (!close(decline.volumePercent, d.volumeRatio * 100, PERCENT_TOLERANCE))
					problems.push(
						`${d.customerId} volume ${decline.volumePercent}% ≠ ${d.volumeRatio * 100}%`
					);
				if (!close(decline.windowDays, d.windowDays, 0.051))
					problems.push(`${d.customerId} janela ${decline.windowDays} ≠ ${d.windowDays}`);
				if (cycle?.days !== d.cycleDays)
					problems.push(`${d.customerId} ciclo ${cycle?.days} ≠ ${d.cycleDays}`);
			}
			return [
				check(
					'exact',
					problems.length === 0,
					problems.slice(0, 5).join('; ') || `${truth.decliners.length} clientes`
				)
			];
		}
	);

	await run(
		'stoppers-profile',
		'get_customer_profile: ciclo, última compra e estado de cada cliente que parou',
		async () => {
			const problems: string[] = [];
			for (const s of truth.stoppers) {
				const p = await callTool('get_customer_profile', { customerId: s.customerId }, manager);
				const purchases = p.purchases as { last: string };
				const cycle = p.cycle as { days: number } | null;
				const decline = p.decline as { declining: boolean };
				if (purchases.last !== s.lastOccasion)
					problems.push(`${s.customerId} última ${purchases.last} ≠ ${s.lastOccasion}`);
				if (cycle?.days !== s.cycleDays)
					problems.push(`${s.customerId} ciclo ${cycle?.days} ≠ ${s.cycleDays}`);
				if (p.state !== 'at_risk' && p.state !== 'inactive')
					problems.push(`${s.customerId} estado ${p.state}`);
				if (decline.declining !== s.decliningAtAsOf)
					problems.push(`${s.customerId} reduzindo ${decline.declining}`);
			}
			return [
				check(
					'exact',
					problems.length === 0,
					problems.slice(0, 5).join('; ') || `${truth.stoppers.length} clientes`
				)
			];
		}
	);

	await run('state-counts', 'get_portfolio_health: clientes por estado na data', async () => {
		const health = await callTool('get_portfolio_health', {}, manager);
		const metric = (
			health.metrics as { metric: string; byState: Record<string, { now: number }> }[]
		).find((m) => m.metric === 'customers')!;
		const prospects = await callTool('list_customers', { states: ['prospect'], limit: 1 }, manager);
		const counts = truth.stateCountsAtAsOf;
		const checks = (['new', 'active', 'at_risk', 'inactive'] as const).map((s) =>
			check(
				`count_${s}`,
				metric.byState[s]?.now === counts[s],
				`${s}: ${metric.byState[s]?.now} (verdade ${counts[s]})`
			)
		);
		checks.push(
			check(
				'count_prospect',
				prospects.total === counts.prospect,
				`prospect: ${prospects.total} (verdade ${counts.prospect})`
			)
		);
		return checks;
	});

	await run('new-customers', 'list_customers new: os clientes novos plantados', async () => {
		const { rows } = await allRows<Row>(
			'list_customers',
			{ states: ['new'] },
			manager,
			'customers'
		);
		return setChecks(
			setMatch(
				rows.map((r) => r.customerId),
				truth.newCustomers.map((c) => c.customerId)
			),
			'novos'
		);
	});

	await run(
		'long-inactive',
		'list_customers inactive: os inativos há muito tempo estão lá',
		async () => {
			const { rows } = await allRows<Row>(
				'list_customers',
				{ states: ['inactive'] },
				manager,
				'customers'
			);
			const found = new Set(rows.map((r) => r.customerId));
			const missing = truth.longInactive
				.filter((c) => !found.has(c.customerId))
				.map((c) => c.customerId);
			return [check('recall', missing.length === 0, `faltando: ${missing.join(', ') || 'nenhum'}`)];
		}
	);

	await run(
		'stalled',
		'list_stalled_opportunities: as paradas plantadas, nenhuma das frescas',
		async () => {
			const { rows } = await allRows<Structured & { opportunityId: number }>(
				'list_stalled_opportunities',
				{},
				manager,
				'opportunities'
			);
			const found = new Set(rows.map((r) => r.opportunityId));
			const planted = new Set([...truth.stalledOpportunityIds, ...truth.freshOpportunityIds]);
			const m = setMatch(
				[...found].filter((id) => planted.has(id)),
				truth.stalledOpportunityIds
			);
			return setChecks(m, 'paradas (entre as plantadas)');
		}
	);

	await run('overdue-follow-ups', 'list_follow_ups overdue: os vencidos', async () => {
		const { rows } = await allRows<Structured & { followUpId: number }>(
			'list_follow_ups',
			{ window: 'overdue' },
			manager,
			'followUps'
		);
		return setChecks(
			setMatch(
				rows.map((r) => r.followUpId),
				truth.overdueFollowUpIds
			),
			'vencidos'
		);
	});

	await run('due-today-follow-ups', 'list_follow_ups today: os de hoje', async () => {
		const { rows } = await allRows<Structured & { followUpId: number }>(
			'list_follow_ups',
			{ window: 'today' },
			manager,
			'followUps'
		);
		return setChecks(
			setMatch(
				rows.map((r) => r.followUpId),
				truth.dueTodayFollowUpIds
			),
			'hoje'
		);
	});

	for (const { query, customerIds } of truth.similarNames)
		await run(
			`similar-names-${query.replace(/ /g, '-')}`,
			`find_customers "${query}": todos os nomes que contêm a busca`,
			async () => {
				const out = await callTool('find_customers', { query, limit: 20 }, manager);
				const candidates = out.candidates as { customerId: number; match: string }[];
				const contained = candidates.filter((c) => c.match === 'exact' || c.match === 'contains');
				return setChecks(
					setMatch(
						contained.map((c) => c.customerId),
						customerIds
					),
					query
				);
			}
		);

	await run('rep-scope', `list_customers para ${rep.name}: só clientes dela`, async () => {
		const { rows } = await allRows<Row>('list_customers', {}, repCtx, 'customers');
		const mine = [...owners].filter(([, r]) => r === rep.id).map(([id]) => id);
		const { rows: prospects } = await allRows<Row>(
			'list_customers',
			{ states: ['prospect'] },
			repCtx,
			'customers'
		);
		return setChecks(
			setMatch(
				[...rows, ...prospects].map((r) => r.customerId),
				mine
			),
			'carteira'
		);
	});

	await run(
		'lost-revenue-totals',
		'estimate_lost_revenue = get_portfolio_health (em risco + inativos)',
		async () => {
			const lost = await callTool('estimate_lost_revenue', {}, manager);
			const health = await callTool('get_portfolio_health', {}, manager);
			const metrics = health.metrics as {
				metric: string;
				byState: Record<string, { now: number }>;
			}[];
			const sum = (metric: string) => {
				const m = metrics.find((x) => x.metric === metric)!;
				return (m.byState.at_risk?.now ?? 0) + (m.byState.inactive?.now ?? 0);
			};
			const totals = lost.totals as {
				lostRevenueCents: number;
				revenueAtRiskCents: number;
				customers: number;
			};
			return [
				check(
					'lost',
					totals.lostRevenueCents === sum('lost_revenue'),
					`${totals.lostRevenueCents} vs ${sum('lost_revenue')}`
				),
				check(
					'at_risk',
					totals.revenueAtRiskCents === sum('revenue_at_risk'),
					`${totals.revenueAtRiskCents} vs ${sum('revenue_at_risk')}`
				),
				check(
					'customers',
					totals.customers === truth.stateCountsAtAsOf.at_risk + truth.stateCountsAtAsOf.inactive,
					`${totals.customers}`
				)
			];
		}
	);

	return results;
}
