/**
 * MCP HTTP soak (issue #13): does the stateless HTTP server's memory come back after a long
 * run? Starts `bench/mcp-soak-server.ts` (the real server, `--expose-gc`) as a child on a fresh
 * copy of the demo portfolio (PGlite in a temporary folder, deleted at the end), makes N tool
 * calls from a few concurrent SDK clients (a mix of reads, rep and manager, and calls at
 * earlier `asOf` dates), sampling the server's RSS and heap every few seconds, then idles
 * (calling `gc()` in the server) and prints baseline / peak / after idle.
 * Not in CI. Bounded: N calls, a wall-clock limit, 127.0.0.1 only.
 * Run: `node bench/mcp-soak.ts [--calls 10000] [--clients 4] [--idle 30] [--max-minutes 8]
 * [--customers 300]`.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { createApiToken } from '../mcp-server/auth.ts';
import { openDatabase } from '#lib/server/db/client.ts';
import { migrateDatabase } from '#lib/server/db/migrate.ts';
import { addDays, todayInSaoPaulo } from '#lib/server/domain/calendar/iso-date.ts';
import { writeDemoPortfolio } from '#lib/server/demo/write-portfolio.ts';
import { connect } from './mcp-load.ts';

const { values } = parseArgs({
	options: {
		calls: { type: 'string', default: '10000' },
		clients: { type: 'string', default: '4' },
		idle: { type: 'string', default: '30' },
		'sample-seconds': { type: 'string', default: '5' },
		'max-minutes': { type: 'string', default: '8' },
		customers: { type: 'string', default: '300' }
	}
});
const CALLS = Number(values.calls);
const CLIENTS = Number(values.clients);
const IDLE_MS = Number(values.idle) * 1000;
const SAMPLE_MS = Number(values['sample-seconds']) * 1000;
const DEADLINE = Date.now() + Number(values['max-minutes']) * 60_000;
const ROOT = path.resolve(import.meta.dirname, '..');
const asOf = todayInSaoPaulo(new Date());
const log = (m: string) => console.error(`[bench:mcp-soak] ${m}`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// 1. A fresh demo database in a temporary folder (never the project's own data).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'giro-mcp-soak-'));
const seedDb = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') });
await migrateDatabase(seedDb, { warn: () => {} });
await writeDemoPortfolio(seedDb, { seed: 20261123, asOf, customers: Number(values.customers) });
const repToken = (await createApiToken(seedDb, { email: 'ana.souza@giro.demo', name: 'soak' }))
	.token;
const managerToken = (
	await createApiToken(seedDb, { email: 'patricia.mendes@giro.demo', name: 'soak' })
).token;
const mine = await seedDb.rows<{ id: number; name: string }>(sql`
	select c.id::int as id, coalesce(c.trade_name, c.legal_name) as name
	from customers c join users u on u.id = c.rep_id
	where u.email = 'ana.souza@giro.demo' order by c.id`);
await seedDb.close();

// 2. The server, with an IPC channel for memory samples.
type Memory = NodeJS.MemoryUsage;
const child = fork(path.join(ROOT, 'bench/mcp-soak-server.ts'), [], {
	cwd: ROOT,
	execArgv: ['--expose-gc'],
	env: {
		PATH: process.env.PATH ?? '',
		HOME: os.homedir(),
		GIRO_SEED_DEMO: 'false',
		DATABASE_URL: '',
		GIRO_DATA_DIR: dir,
		// Passed through to compare glibc's allocator settings (see bench/results/mcp-soak.md).
		...(process.env.MALLOC_ARENA_MAX ? { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX } : {})
	},
	stdio: ['ignore', 'inherit', 'pipe', 'ipc']
});
const url = await new Promise<string>((resolve, reject) => {
	let stderr = '';
	child.stderr!.on('data', (c: Buffer) => {
		stderr += c.toString();
		const ready = /pronto \(HTTP\) em (\S+);/.exec(stderr);
		if (ready) resolve(ready[1]);
	});
	child.once('exit', (code) => reject(new Error(`servidor saiu (${code}):\n${stderr}`)));
});
let waiting: ((m: Memory) => void) | null = null;
child.on('message', (m: { type: string; memory: Memory }) => waiting?.(m.memory));
const sample = (type: 'sample' | 'gc' = 'sample') =>
	new Promise<Memory>((resolve) => {
		waiting = resolve;
		child.send({ type });
	});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// 3. Warm up (every tool once, caches filled), then the baseline after a full collection.
const pick = <T>(list: T[], i: number) => list[(i * 7919) % list.length];
const calls: { token: 'rep' | 'manager'; name: string; args: (i: number) => object }[] = [
	{ token: 'rep', name: 'get_customer_profile', args: (i) => ({ customerId: pick(mine, i).id }) },
	{
		token: 'rep',
		name: 'find_customers',
		args: (i) => ({ query: pick(mine, i).name.split(' ').slice(0, 2).join(' ') })
	},
	{ token: 'rep', name: 'list_customers', args: () => ({ limit: 20 }) },
	{ token: 'manager', name: 'get_portfolio_health', args: () => ({}) },
	{
		token: 'rep',
		name: 'search_interactions',
		args: (i) => ({ query: i % 2 ? 'preço' : 'entrega' })
	},
	// Earlier dates: the engine's per-date memo must stay bounded.
	{
		token: 'rep',
		name: 'get_customer_profile',
		args: (i) => ({ customerId: pick(mine, i).id, asOf: addDays(asOf, -(i % 60)) })
	}
];
const clients = {
	rep: await Promise.all(Array.from({ length: CLIENTS }, () => connect(url, repToken))),
	manager: await Promise.all(Array.from({ length: CLIENTS }, () => connect(url, managerToken)))
};
for (let i = 0; i < 3; i++)
	for (const c of calls)
		await clients[c.token][0].callTool({ name: c.name, arguments: c.args(i) as never });
const baseline = await sample('gc');
log(`baseline (após aquecer e gc): rss ${mb(baseline.rss)}, heap ${mb(baseline.heapUsed)}`);

// 4. The soak: CLIENTS workers share CALLS calls; a sampler every SAMPLE_MS.
const samples: { t: number; done: number; m: Memory }[] = [];
let done = 0;
let errors = 0;
let stopped = false;
const started = Date.now();
let peak = baseline;
const sampler = (async () => {
	while (!stopped) {
		await sleep(SAMPLE_MS);
		if (stopped) break;
		const m = await sample();
		if (m.rss > peak.rss) peak = m;
		samples.push({ t: (Date.now() - started) / 1000, done, m });
		log(`${done} chamadas: rss ${mb(m.rss)}, heap ${mb(m.heapUsed)}, externo ${mb(m.external)}`);
	}
})();
let next = 0;
await Promise.all(
	Array.from({ length: CLIENTS }, async (_, w) => {
		while (next < CALLS && Date.now() < DEADLINE) {
			const i = next++;
			const c = calls[i % calls.length];
			try {
				const r = await clients[c.token][w].callTool({
					name: c.name,
					arguments: c.args(i) as never
				});
				if (r.isError) errors++;
			} catch {
				errors++;
			}
			done++;
		}
	})
);
stopped = true;
await sampler;
const soakSeconds = (Date.now() - started) / 1000;
const afterRun = await sample();
if (afterRun.rss > peak.rss) peak = afterRun;
await Promise.all([...clients.rep, ...clients.manager].map((c) => c.close()));

// 5. Idle, collecting, then the last sample.
log(
	`${done} chamadas em ${soakSeconds.toFixed(0)} s (${errors} erros); ocioso ${IDLE_MS / 1000} s…`
);
const idleStart = Date.now();
while (Date.now() - idleStart < IDLE_MS) {
	await sleep(Math.min(5000, IDLE_MS));
	await sample('gc');
}
const afterIdle = await sample('gc');
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
fs.rmSync(dir, { recursive: true, force: true });

const row = (label: string, m: Memory) =>
	`| ${label} | ${mb(m.rss)} | ${mb(m.heapUsed)} | ${mb(m.heapTotal)} | ${mb(m.external)} | ${mb(m.arrayBuffers)} |`;
console.log(
	[
		`${done} chamadas (${errors} erros), ${CLIENTS} clientes × 2 tokens, ${soakSeconds.toFixed(0)} s; ${os.cpus().length} CPUs, carga ${os.loadavg()[0].toFixed(1)}`,
		'',
		'| momento | RSS | heap usado | heap total | externo | arrayBuffers |',
		'| --- | --- | --- | --- | --- | --- |',
		row('baseline (aquecido, gc)', baseline),
		row('pico (RSS)', peak),
		row('fim das chamadas', afterRun),
		row(`após ${IDLE_MS / 1000} s ocioso (gc)`, afterIdle)
	].join('\n')
);
