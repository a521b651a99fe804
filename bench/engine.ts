/**
 * Engine benchmark (issues #4 and #18): a 50,000-customer / 3-year demo portfolio (~2 million
 * orders) on PGlite and on the machine's PostgreSQL, timing the whole portfolio's states —
 * steady state (materialised, nothing changed), right after a change to one customer (a
 * reassignment; a new order), and cold (the materialised portfolio dropped before each run) —
 * the facts query alone, "stopped buying this month" warm and cold, one customer's assessment
 * and full profile, and the BG/NBD fit: medians of several runs, with the machine and its load
 * average. Writes bench/results/engine.md and engine.json.
 *
 * The generated portfolio is kept between runs: PGlite in `data/bench-cache/<key>/`, the
 * server in the database `giro_bench_<customers>`, each marked in app_meta with the key (seed,
 * size, asOf, the last migration that changed the data); a matching marker means no regeneration.
 * Run: `npm run bench` or `node bench/engine.ts [--customers 50000] [--runs 5]
 * [--only pglite|postgres] [--as-of YYYY-MM-DD] [--fresh] [--prepare]` (`--prepare`: only
 * generate and cache the portfolios, measure nothing).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase, type GiroDatabase } from '#lib/server/db/client.ts';
import { migrateDatabase } from '#lib/server/db/migrate.ts';
import { writeDemoPortfolio } from '#lib/server/demo/write-portfolio.ts';
import { benchFit } from './bgnbd-fit.ts';
import { fitBgNbd } from '#lib/server/domain/bgnbd/index.ts';
import { daysBetween, todayInSaoPaulo } from '#lib/server/domain/calendar/iso-date.ts';
import { assessPortfolio } from '#lib/server/domain/portfolio/assess-portfolio.ts';
import { customerFacts } from '#lib/server/domain/portfolio/customer-facts.ts';
import { DEFAULT_ENGINE_CONFIG } from '#lib/server/domain/portfolio/engine-config.ts';
import { forgetMaterialisedPortfolio } from '#lib/server/domain/portfolio/steady-state.ts';
import { stoppedBuying } from '#lib/server/domain/portfolio/stopped-buying.ts';
import { getCustomerProfile } from '#lib/server/tools/customers/get-customer-profile.ts';
import { BENCH_SERVER_URL, machine, markdownTable, median, ms } from './support.ts';

const { values } = parseArgs({
	options: {
		customers: { type: 'string', default: '50000' },
		runs: { type: 'string', default: '5' },
		only: { type: 'string' },
		'as-of': { type: 'string' },
		fresh: { type: 'boolean', default: false },
		prepare: { type: 'boolean', default: false }
	}
});
const customers = Number(values.customers);
const runs = Number(values.runs);
const asOf = values['as-of'] ?? todayInSaoPaulo(new Date());
const config = DEFAULT_ENGINE_CONFIG;
const SEED = 20261123;
const MARKER = 'bench_portfolio';

// The last migration that changed how the generated data is stored; later migrations are
// applied to the cached portfolio (migrateDatabase below), so they need no regeneration.
// Move it forward when a migration needs the portfolio written again.
const DATA_SCHEMA = '0007_customer_purchase_history';
const cacheKey = `seed${SEED}-c${customers}-y3-${asOf}-${DATA_SCHEMA}`;

const load = () =>
	os
		.loadavg()
		.map((x) => x.toFixed(2))
		.join(' / ');

async function marker(db: GiroDatabase): Promise<string | null> {
	const [row] = await db.rows<{ key: string | null }>(
		sql`select value #>> '{}' as key from app_meta where key = ${MARKER}`
	);
	return row?.key ?? null;
}

/** The portfolio in `db`: generated unless the marker says it is already there. */
async function portfolio(db: GiroDatabase, label: string): Promise<number | null> {
	if ((await marker(db)) === cacheKey) {
		console.error(`[${label}] carteira em cache (${cacheKey})`);
		return null;
	}
	const started = performance.now();
	let lastLog = 0;
	await writeDemoPortfolio(
		db,
		{ seed: SEED, asOf, customers, years: 3, items: false, reset: true },
		(p) => {
			if (p.phase === 'inserting' && performance.now() - lastLog > 10_000) {
				lastLog = performance.now();
				console.error(`[${label}] gerando: ${p.done}/${p.total} clientes`);
			}
		}
	);
	await db.rows(sql`analyze`);
	await db.rows(sql`insert into app_meta (key, value) values (${MARKER}, to_jsonb(${cacheKey}::text))
		on conflict (key) do update set value = excluded.value, updated_at = now()`);
	const elapsed = performance.now() - started;
	console.error(`[${label}] carteira gerada em ${ms(elapsed)}`);
	return elapsed;
}

/** Median of `runs` times that `fn` measures itself (setup and cleanup left out). */
async function timed(runs: number, fn: () => Promise<number>): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) times.push(await fn());
	times.sort((a, b) => a - b);
	const mid = times.length >> 1;
	return times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
}

async function measure(db: GiroDatabase, label: string) {
	const seedMs = await portfolio(db, label);
	if (values.prepare) return null;
	const [{ orders }] = await db.rows<{ orders: number }>(
		sql`select count(*)::int as orders from orders`
	);
	const loadBefore = load();
	console.error(`[${label}] medindo (load ${loadBefore})`);
	const cold = async <T>(fn: () => Promise<T>) => {
		forgetMaterialisedPortfolio(db);
		return fn();
	};
	const states = await median(runs, () => cold(() => assessPortfolio(db, { asOf, config })));
	const facts = await customerFacts(db, { asOf, config });
	const factsMs = await median(runs, () => customerFacts(db, { asOf, config }));
	await assessPortfolio(db, { asOf, config }); // materialise
	const warm = await median(Math.max(runs, 9), () => assessPortfolio(db, { asOf, config }));
	const ids = facts.filter((_, i) => i % Math.max(1, Math.floor(facts.length / 9)) === 0);
	let k = 0;
	// A change to one customer, then the whole portfolio's states: only the question after the
	// write is timed; the change is undone (and read back) before the next run.
	const afterChange = (change: (id: number) => Promise<() => Promise<unknown>>) =>
		timed(runs, async () => {
			const undo = await change(ids[k++ % ids.length].customerId);
			const t0 = performance.now();
			await assessPortfolio(db, { asOf, config });
			const elapsed = performance.now() - t0;
			await undo();
			await assessPortfolio(db, { asOf, config });
			return elapsed;
		});
	const reassigned = await afterChange(async (id) => {
		const [{ rep }] = await db.rows<{ rep: number | null }>(
			sql`select rep_id as rep from customers where id = ${id}`
		);
		await db.rows(sql`update customers set rep_id = (select id from users where role = 'rep'
			and id is distinct from ${rep} order by id limit 1) where id = ${id}`);
		return () => db.rows(sql`update customers set rep_id = ${rep} where id = ${id}`);
	});
	const ordered = await afterChange(async (id) => {
		await db.rows(sql`insert into orders (erp_id, customer_id, order_date, total_cents, status)
			values (${`BENCH-${id}`}, ${id}, ${asOf}::date, 123400, 'invoiced')`);
		return () => db.rows(sql`delete from orders where erp_id = ${`BENCH-${id}`}`);
	});
	const one = await median(Math.max(runs, 9), () =>
		assessPortfolio(db, {
			asOf,
			config,
			scope: { customerIds: [ids[k++ % ids.length].customerId] }
		})
	);
	const ctx = {
		db,
		user: { id: 1, role: 'manager' as const, name: 'Bench' },
		asOf,
		config,
		door: 'cli' as const,
		secret: 'bench'
	};
	const profile = await median(Math.max(runs, 9), () =>
		getCustomerProfile.run({ customerId: ids[k++ % ids.length].customerId }, ctx)
	);
	const stoppedCold = await median(runs, () =>
		cold(() => stoppedBuying(db, { period: 'this_month', asOf, config }))
	);
	await stoppedBuying(db, { period: 'this_month', asOf, config });
	const stoppedWarm = await median(Math.max(runs, 9), () =>
		stoppedBuying(db, { period: 'this_month', asOf, config })
	);
	const histories = facts.map((f) => ({
		x: f.occasions - 1,
		tx: daysBetween(f.firstOccasion!, f.lastOccasion!) / 7,
		T: daysBetween(f.firstOccasion!, asOf) / 7
	}));
	const fit = await median(runs, async () => fitBgNbd(histories));
	return {
		label,
		orders,
		seedMs,
		load: `${loadBefore} → ${load()}`,
		rows: [
			['Whole-portfolio states, steady state (nothing changed)', warm],
			['Whole-portfolio states after reassigning 1 customer to another rep', reassigned],
			['Whole-portfolio states after a new order for 1 customer', ordered],
			['Whole-portfolio states, cold (facts + reference + BG/NBD fit + every assessment)', states],
			['— of which the facts query', factsMs],
			['Stopped buying this month, warm', stoppedWarm],
			['Stopped buying this month, cold (both ends from one facts query)', stoppedCold],
			['One customer, assessment only (warm)', one],
			['One customer, full profile (get_customer_profile, warm)', profile],
			[`BG/NBD fit on ${facts.length.toLocaleString('en')} customers`, fit]
		] as [string, number][]
	};
}

async function pglite() {
	const dir = path.resolve('data/bench-cache', cacheKey);
	if (values.fresh) fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	const db = await openDatabase({ kind: 'pglite', dataDir: dir });
	try {
		await migrateDatabase(db, { warn: () => {} });
		return await measure(db, 'PGlite');
	} finally {
		await db.close();
	}
}

async function server() {
	const name = `giro_bench_${customers}`;
	const admin = postgres(BENCH_SERVER_URL, { max: 1, onnotice: () => {} });
	try {
		if (values.fresh) await admin.unsafe(`drop database if exists ${name} with (force)`);
		const [exists] = await admin`select 1 from pg_database where datname = ${name}`;
		if (!exists) await admin.unsafe(`create database ${name}`);
	} finally {
		await admin.end();
	}
	const url = new URL(BENCH_SERVER_URL);
	url.pathname = `/${name}`;
	const db = await openDatabase({ kind: 'postgres', url: url.toString() });
	try {
		await migrateDatabase(db, { url: url.toString(), warn: () => {} });
		const [{ version }] = await db.rows<{ version: string }>(
			sql`select current_setting('server_version') as version`
		);
		return await measure(db, `PostgreSQL ${version.split(' ')[0]}`);
	} finally {
		await db.close();
	}
}

type Result = NonNullable<Awaited<ReturnType<typeof measure>>>;
const results: Result[] = [];
if (values.only !== 'postgres') results.push((await pglite())!);
if (values.only !== 'pglite') results.push((await server())!);
if (values.prepare) process.exit(0);
const cdnow = await benchFit(runs);

const header = ['Measure', ...results.map((r) => r.label)];
const rows = results[0].rows.map(([name], i) => [name, ...results.map((r) => ms(r.rows[i][1]))]);
rows.push([
	'Generating the portfolio (one transaction; cached afterwards)',
	...results.map((r) => (r.seedMs === null ? 'cached' : ms(r.seedMs)))
]);
const report = [
	`## Engine (${customers.toLocaleString('en')} customers, ${results[0].orders.toLocaleString('en')} orders, asOf ${asOf})`,
	'',
	`Machine: ${machine()}. Medians of ${runs} runs (${new Date().toISOString().slice(0, 10)}).`,
	`Load average (1 / 5 / 15 min) before → after: ${results.map((r) => `${r.label} ${r.load}`).join('; ')}.`,
	'',
	markdownTable(header, rows),
	'',
	`BG/NBD fit alone: CDNOW (${cdnow.cdnow.customers.toLocaleString('en')} customers) ${ms(cdnow.cdnow.medianMs)}; ` +
		`${cdnow.synthetic.customers.toLocaleString('en')} synthetic customers ${ms(cdnow.synthetic.medianMs)} (medians of ${runs}).`,
	''
].join('\n');
fs.mkdirSync('bench/results', { recursive: true });
fs.writeFileSync('bench/results/engine.md', report);
fs.writeFileSync(
	'bench/results/engine.json',
	`${JSON.stringify(
		{
			date: new Date().toISOString(),
			machine: machine(),
			customers,
			orders: results[0].orders,
			runs,
			backends: results.map((r) => ({
				label: r.label,
				load: r.load,
				rows: Object.fromEntries(r.rows)
			}))
		},
		null,
		2
	)}\n`
);
console.log(report);
