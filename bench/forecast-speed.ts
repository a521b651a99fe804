/**
 * Speed of the learned risk model and of the forecast on PostgreSQL (issue #17: training and
 * scoring 50,000 customers ≤ 5 s; a forecast answer ≤ 500 ms warm). A scratch database on the
 * machine's PostgreSQL (BENCH_DATABASE_URL), filled by SQL with a synthetic portfolio: each
 * customer buys on its own cycle (7–120 days) over three years, a third of them stop at some
 * point. Measures; asserts nothing.
 * Run: node bench/forecast-speed.ts [--customers 50000]
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase } from '#lib/server/db/client.ts';
import { migrateDatabase } from '#lib/server/db/migrate.ts';
import { portfolioHistory } from '#lib/server/domain/forecast/portfolio-forecast.ts';
import { learnRisk } from '#lib/server/domain/learned-risk/train.ts';
import { forecastRevenueTool } from '#lib/server/tools/portfolio/forecast-revenue.ts';
import { runTool } from '#lib/server/tools/run-tool.ts';
import { DEFAULT_ENGINE_CONFIG } from '#lib/server/domain/portfolio/engine-config.ts';
import { machine, median, ms, scratchDatabase } from './support.ts';

const { values } = parseArgs({ options: { customers: { type: 'string', default: '50000' } } });
const customers = Number(values.customers);
const asOf = '2026-11-30';

const scratch = await scratchDatabase('giro_forecast_speed');
const db = await openDatabase({ kind: 'postgres', url: scratch.url });
try {
	await migrateDatabase(db, { url: scratch.url, warn: () => {} });
	await db.rows(
		sql`insert into users (id, name, email, role) values (1, 'Gestora', 'g@bench.test', 'manager')`
	);
	await db.rows(sql`
		insert into customers (id, erp_code, legal_name)
		select i, 'B' || i, 'Cliente ' || i from generate_series(1, ${customers}) i`);
	await db.rows(sql`
		insert into orders (erp_id, customer_id, order_date, total_cents)
		select 'O' || c.i || '-' || n, c.i,
			${asOf}::date - 1095 + (c.i % 60) + n * c.cycle, 10000 + (hashint4(c.i * 1000 + n) & 262143)
		from (select i, 7 + (hashint4(i) & 127) % 114 as cycle,
				case when hashint4(i + 7) % 3 = 0 then 300 + abs(hashint4(i + 9)) % 700 else 1095 end as life
			from generate_series(1, ${customers}) i) c,
			generate_series(0, 200) n
		where n * c.cycle < least(c.life, 1095 - (c.i % 60))`);
	await db.rows(sql`analyze`);
	const [{ orders }] = await db.rows<{ orders: number }>(
		sql`select count(*)::int as orders from orders`
	);
	console.log(`${machine()}; ${customers} customers, ${orders} orders, asOf ${asOf}`);

	let t = performance.now();
	const history = await portfolioHistory(db, asOf);
	const loadMs = performance.now() - t;
	t = performance.now();
	const model = learnRisk(history.histories, asOf);
	const learnMs = performance.now() - t;
	console.log(
		`read history ${ms(loadMs)}; train (${model.trainingDates.length} month-ends) + score ${model.scores.size} customers ${ms(learnMs)}; total ${ms(loadMs + learnMs)}; ranks: ${model.ranking}`
	);

	const ctx = {
		db,
		user: { id: 1, name: 'Gestora', role: 'manager' as const },
		asOf,
		config: DEFAULT_ENGINE_CONFIG,
		door: 'cli' as const,
		secret: 'bench'
	};
	t = performance.now();
	await runTool(forecastRevenueTool, { period: 'month', month: 12, breakdown: 'rep' }, ctx);
	const coldMs = performance.now() - t;
	const warm = await median(5, () =>
		runTool(forecastRevenueTool, { period: 'month', month: 12, breakdown: 'rep' }, ctx)
	);
	const other = await median(3, () =>
		runTool(forecastRevenueTool, { period: 'next_90_days' }, ctx)
	);
	console.log(
		`forecast_revenue "dezembro": first ${ms(coldMs)} (history already read), warm median ${ms(warm)}; next 90 days (new window, cached history): ${ms(other)}`
	);
} finally {
	await db.close();
	await scratch.drop();
}
