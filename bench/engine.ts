/**
 * Engine benchmark (issue #4): a 50,000-customer / 3-year demo portfolio (~2 million orders)
 * on PGlite and on the machine's PostgreSQL, timing the whole portfolio's states (cold: the
 * whole-portfolio reference rebuilt each run), one customer's assessment (warm reference),
 * "stopped buying this month" (cold), and the BG/NBD fit — medians of several runs.
 * Run: `node bench/engine.ts [--customers 50000] [--runs 5] [--only pglite|postgres]`.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase, type GiroDatabase } from '#lib/server/db/client.ts';
import { migrateDatabase } from '#lib/server/db/migrate.ts';
import { writeDemoPortfolio } from '#lib/server/demo/write-portfolio.ts';
import { benchFit } from '#lib/server/domain/bgnbd/bench-fit.ts';
import { fitBgNbd } from '#lib/server/domain/bgnbd/index.ts';
import { daysBetween, todayInSaoPaulo } from '#lib/server/domain/calendar/iso-date.ts';
import { assessPortfolio } from '#lib/server/domain/portfolio/assess-portfolio.ts';
import { customerFacts } from '#lib/server/domain/portfolio/customer-facts.ts';
import { DEFAULT_ENGINE_CONFIG } from '#lib/server/domain/portfolio/engine-config.ts';
import { forgetPortfolioReference } from '#lib/server/domain/portfolio/portfolio-reference.ts';
import { stoppedBuying } from '#lib/server/domain/portfolio/stopped-buying.ts';
import { machine, markdownTable, median, ms, scratchDatabase } from './support.ts';

const { values } = parseArgs({
	options: {
		customers: { type: 'string', default: '50000' },
		runs: { type: 'string', default: '5' },
		only: { type: 'string' },
		'as-of': { type: 'string' }
	}
});
const customers = Number(values.customers);
const runs = Number(values.runs);
const asOf = values['as-of'] ?? todayInSaoPaulo(new Date());
const config = DEFAULT_ENGINE_CONFIG;

async function measure(db: GiroDatabase, label: string) {
	const log = (m: string) => console.error(`[${label}] ${m}`);
	const seedStart = performance.now();
	let lastLog = 0;
	const written = await writeDemoPortfolio(
		db,
		{ seed: 20261123, asOf, customers, years: 3, items: false },
		(p) => {
			if (p.phase === 'inserting' && performance.now() - lastLog > 5000) {
				lastLog = performance.now();
				log(`gerando: ${p.done}/${p.total} clientes`);
			}
		}
	);
	const seedMs = performance.now() - seedStart;
	log(`${written.facts.counts.orders} pedidos em ${ms(seedMs)}`);
	const cold = async <T>(fn: () => Promise<T>) => {
		forgetPortfolioReference(db);
		return fn();
	};
	const states = await median(runs, () => cold(() => assessPortfolio(db, { asOf, config })));
	const facts = await customerFacts(db, { asOf, config });
	const factsMs = await median(runs, () => customerFacts(db, { asOf, config }));
	await assessPortfolio(db, { asOf, config }); // warm the reference
	const ids = facts.filter((_, i) => i % Math.max(1, Math.floor(facts.length / runs)) === 0);
	let k = 0;
	const one = await median(Math.max(runs, 9), () =>
		assessPortfolio(db, {
			asOf,
			config,
			scope: { customerIds: [ids[k++ % ids.length].customerId] }
		})
	);
	const stopped = await median(runs, () =>
		cold(() => stoppedBuying(db, { period: 'this_month', asOf, config }))
	);
	const histories = facts.map((f) => ({
		x: f.occasions - 1,
		tx: daysBetween(f.firstOccasion!, f.lastOccasion!) / 7,
		T: daysBetween(f.firstOccasion!, asOf) / 7
	}));
	const fit = await median(runs, async () => fitBgNbd(histories));
	return {
		label,
		orders: written.facts.counts.orders,
		seedMs,
		rows: [
			['Whole-portfolio states (cold, incl. reference + BG/NBD fit)', states],
			['— of which the facts query (one pass over orders)', factsMs],
			['One customer assessment (warm reference)', one],
			['Stopped buying this month (cold, two assessments)', stopped],
			[`BG/NBD fit on ${facts.length.toLocaleString('en')} customers`, fit]
		] as [string, number][]
	};
}

const results: Awaited<ReturnType<typeof measure>>[] = [];
if (values.only !== 'postgres') {
	const db = await openDatabase({ kind: 'pglite' });
	await migrateDatabase(db, { warn: () => {} });
	results.push(await measure(db, 'PGlite'));
	await db.close();
}
if (values.only !== 'pglite') {
	const scratch = await scratchDatabase('giro_bench_engine');
	try {
		const db = await openDatabase({ kind: 'postgres', url: scratch.url });
		await migrateDatabase(db, { url: scratch.url, warn: () => {} });
		results.push(await measure(db, 'PostgreSQL 15'));
		await db.close();
	} finally {
		await scratch.drop();
	}
}
const cdnow = await benchFit(runs);

const header = ['Measure', ...results.map((r) => r.label)];
const rows = results[0].rows.map(([name], i) => [name, ...results.map((r) => ms(r.rows[i][1]))]);
rows.push(['Seeding the portfolio (one transaction)', ...results.map((r) => ms(r.seedMs))]);
const report = [
	`## Engine (${customers.toLocaleString('en')} customers, ${results[0].orders.toLocaleString('en')} orders, asOf ${asOf})`,
	'',
	`Machine: ${machine()}. Medians of ${runs} runs (${new Date().toISOString().slice(0, 10)}).`,
	'',
	markdownTable(header, rows),
	'',
	`BG/NBD fit on CDNOW (2,357 customers): ${ms(cdnow.cdnow.medianMs)} (median of ${runs}).`,
	''
].join('\n');
fs.mkdirSync('bench/results', { recursive: true });
fs.writeFileSync('bench/results/engine.md', report);
console.log(report);
