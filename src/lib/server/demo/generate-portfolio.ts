/**
 * The demo portfolio generator: a realistic Brazilian industrial distributor (10 users, ~85
 * products, `customers` customers with years of orders, contacts, negotiations, interactions
 * and follow-ups) plus the exact ground truth of every planted behaviour.
 *
 * It streams: customers are generated one by one and yielded in batches of about 20k rows, so
 * 50,000 customers (~2 million orders) never sit in memory at once. The last step carries the
 * truth and the generation facts. Pure: no clock, no `Math.random()`, no I/O.
 */
import { hashSeed } from '#lib/server/demo/random.ts';
import { planPortfolio } from '#lib/server/demo/behaviour-plan.ts';
import { productRows } from '#lib/server/demo/catalogue.ts';
import { appendCustomer } from '#lib/server/demo/customer-bundle.ts';
import { fromDay } from '#lib/server/demo/day-numbers.ts';
import {
	resolveDemoOptions,
	type DemoOptions,
	type ResolvedDemoOptions
} from '#lib/server/demo/demo-options.ts';
import {
	emptyRows,
	firstIds,
	rowCount,
	TABLE_ORDER,
	type DemoRows
} from '#lib/server/demo/demo-rows.ts';
import {
	emptyTruth,
	type DemoCounts,
	type DemoFacts,
	type DemoTruth
} from '#lib/server/demo/demo-truth.ts';
import { TOPICS } from '#lib/server/demo/note-templates.ts';
import { SIMILAR_NAME_QUERIES } from '#lib/server/demo/planted-names.ts';
import { portfolioFrame } from '#lib/server/demo/portfolio-frame.ts';
import { userRows } from '#lib/server/demo/team.ts';

export type DemoStep =
	| { kind: 'rows'; rows: DemoRows; customersDone: number; customersTotal: number }
	| { kind: 'done'; truth: DemoTruth; facts: DemoFacts };

const BATCH_ROWS = 20_000;

export function* generateDemoPortfolio(options: DemoOptions): Generator<DemoStep, void, undefined> {
	const resolved: ResolvedDemoOptions = resolveDemoOptions(options);
	const { seed, asOf, customers, years, items } = resolved;
	const frame = portfolioFrame(asOf, years);
	const plan = planPortfolio(seed, customers);
	const truth = emptyTruth(
		seed,
		asOf,
		years,
		customers,
		frame.months.map((m) => m.month),
		frame.checkDays.map(fromDay),
		TOPICS
	);
	truth.similarNames = SIMILAR_NAME_QUERIES.map((query) => ({ query, customerIds: [] }));
	const counts: DemoCounts = {
		users: 0,
		products: 0,
		customers: 0,
		contacts: 0,
		orders: 0,
		orderItems: 0,
		interactions: 0,
		opportunities: 0,
		followUps: 0
	};
	const names = new Set<string>();
	const cnpjOffset = hashSeed(`${seed}:cnpj`)[0] % 100_000_000;
	const ids = firstIds();

	let rows = emptyRows();
	rows.users = userRows(frame.historyStart - 1200);
	rows.products = productRows();
	for (let index = 0; index < customers; index++) {
		appendCustomer(rows, ids, truth, { seed, index, frame, plan, names, cnpjOffset, items });
		if (rowCount(rows) >= BATCH_ROWS || index === customers - 1) {
			for (const table of TABLE_ORDER) counts[table] += rows[table].length;
			yield { kind: 'rows', rows, customersDone: index + 1, customersTotal: customers };
			rows = emptyRows();
		}
	}
	yield { kind: 'done', truth, facts: { version: 1, seed, asOf, years, customers, items, counts } };
}

/** The whole portfolio in memory (tests and small demos; stream with the generator otherwise). */
export function collectDemoPortfolio(options: DemoOptions): {
	rows: DemoRows;
	truth: DemoTruth;
	facts: DemoFacts;
} {
	const all = emptyRows();
	for (const step of generateDemoPortfolio(options)) {
		if (step.kind === 'done') return { rows: all, truth: step.truth, facts: step.facts };
		for (const table of TABLE_ORDER) {
			const target = all[table] as unknown[];
			for (const row of step.rows[table]) target.push(row);
		}
	}
	throw new Error('generateDemoPortfolio terminou sem a verdade');
}
