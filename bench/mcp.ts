/**
 * MCP benchmark (issue #5): tool-call latency through the Streamable HTTP door — the real
 * `node mcp-server/index.ts --http` as a child process, the SDK `Client` as load — on the demo
 * portfolio, on PGlite and on the machine's PostgreSQL (a scratch database created and dropped
 * here). Single-customer tools (get_customer_profile, find_customers) and a list tool
 * (list_customers: Ana's portfolio, and the manager's whole one), with 1 and 20 concurrent
 * clients; p50 and p99 of every call, measured at the client (HTTP + auth + MCP + tool).
 * Goal: p50 ≤ 15 ms and p99 ≤ 60 ms for single-customer tools at 20 clients on PostgreSQL.
 * Bounded loops, localhost only. Run: `node bench/mcp.ts [--customers 600] [--calls 400]
 * [--only pglite|postgres] [--tool list_customers]`; writes bench/results/mcp.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { createApiToken } from '../mcp-server/auth.ts';
import { openDatabase, type GiroDatabase } from '#lib/server/db/client.ts';
import { migrateDatabase } from '#lib/server/db/migrate.ts';
import { todayInSaoPaulo } from '#lib/server/domain/calendar/iso-date.ts';
import { writeDemoPortfolio } from '#lib/server/demo/write-portfolio.ts';
import { connect, measure, PACED_MS, startServer, type Scenario } from './mcp-load.ts';
import { machine, markdownTable, ms, scratchDatabase } from './support.ts';

const { values } = parseArgs({
	options: {
		customers: { type: 'string', default: '600' },
		calls: { type: 'string', default: '400' },
		only: { type: 'string' },
		tool: { type: 'string' }
	}
});
const CUSTOMERS = Number(values.customers);
/** Calls per (tool, concurrency) measurement, split among the clients. */
const CALLS = Number(values.calls);
const CONCURRENCY = [1, 20];
const ROOT = path.resolve(import.meta.dirname, '..');
const asOf = todayInSaoPaulo(new Date());
const log = (m: string) => console.error(`[bench:mcp] ${m}`);

interface Prepared {
	env: Record<string, string>;
	repToken: string;
	managerToken: string;
	customerIds: number[];
	queries: string[];
	cleanup(): Promise<void>;
}

async function prepare(db: GiroDatabase): Promise<Omit<Prepared, 'env' | 'cleanup'>> {
	const t0 = performance.now();
	const written = await writeDemoPortfolio(db, { seed: 20261123, asOf, customers: CUSTOMERS });
	log(
		`demo: ${written.facts.counts.customers} clientes, ${written.facts.counts.orders} pedidos em ${ms(performance.now() - t0)}`
	);
	const repToken = (await createApiToken(db, { email: 'ana.souza@giro.demo', name: 'bench' }))
		.token;
	const managerToken = (
		await createApiToken(db, { email: 'patricia.mendes@giro.demo', name: 'bench' })
	).token;
	const mine = await db.rows<{ id: number; name: string }>(sql`
		select c.id::int as id, coalesce(c.trade_name, c.legal_name) as name
		from customers c join users u on u.id = c.rep_id
		where u.email = 'ana.souza@giro.demo' order by c.id`);
	return {
		repToken,
		managerToken,
		customerIds: mine.map((c) => c.id),
		queries: mine.map((c) => c.name.split(' ').slice(0, 2).join(' '))
	};
}

async function preparePglite(): Promise<Prepared> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'giro-bench-mcp-'));
	const db = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'pglite') });
	await migrateDatabase(db, { warn: () => {} });
	const prepared = await prepare(db);
	await db.close();
	return {
		...prepared,
		env: { GIRO_DATA_DIR: dir },
		cleanup: async () => fs.rmSync(dir, { recursive: true, force: true })
	};
}

async function preparePostgres(): Promise<Prepared> {
	const scratch = await scratchDatabase('giro_bench_mcp');
	const db = await openDatabase({ kind: 'postgres', url: scratch.url });
	await migrateDatabase(db, { url: scratch.url, warn: () => {} });
	const prepared = await prepare(db);
	await db.close();
	return { ...prepared, env: { DATABASE_URL: scratch.url }, cleanup: scratch.drop };
}

function scenarios(p: Prepared): Scenario[] {
	const pick = <T>(list: T[], i: number) => list[(i * 7919) % list.length];
	return [
		{
			label: 'get_customer_profile',
			tool: 'get_customer_profile',
			token: 'rep',
			args: (i) => ({ customerId: pick(p.customerIds, i) }),
			paced: true
		},
		{
			label: 'find_customers',
			tool: 'find_customers',
			token: 'rep',
			args: (i) => ({ query: pick(p.queries, i) }),
			paced: true
		},
		{
			label: 'list_customers (rep, em risco/inativos, 20 linhas)',
			tool: 'list_customers',
			token: 'rep',
			args: () => ({ states: ['at_risk', 'inactive'], limit: 20 }),
			share: 0.1
		},
		{
			label: 'list_customers (gestor, carteira toda, 20 linhas)',
			tool: 'list_customers',
			token: 'manager',
			args: () => ({ limit: 20 }),
			share: 0.1
		}
	];
}

const PING: Scenario = {
	label: 'ping — the door alone (no-op tool)',
	tool: 'ping',
	token: 'rep',
	args: () => ({})
};

type Row = string[];

async function runScenario(
	url: string,
	backend: string,
	prepared: Prepared,
	s: Scenario,
	rows: Row[]
): Promise<void> {
	const warm = await connect(url, s.token === 'rep' ? prepared.repToken : prepared.managerToken);
	const warmUp = Math.max(2, Math.round(20 * (s.share ?? 1)));
	for (let i = 0; i < warmUp; i++) await warm.callTool({ name: s.tool, arguments: s.args(i) });
	await warm.close();
	const runs: [number, number][] = CONCURRENCY.map((c) => [c, 0]);
	if (s.paced) runs.push([20, PACED_MS]);
	for (const [clients, paced] of runs) {
		const token = s.token === 'rep' ? prepared.repToken : prepared.managerToken;
		const r = await measure(url, token, s, CALLS, clients, paced);
		const label = paced ? `${clients} (1 chamada/s cada)` : String(clients);
		log(`${backend} ${s.label} ×${label}: p50 ${ms(r.p50)} p99 ${ms(r.p99)} (${r.errors} erros)`);
		for (const failure of r.failures) log(`  falha: ${failure}`);
		rows.push([
			backend,
			s.label,
			label,
			String(r.calls),
			ms(r.p50),
			ms(r.p99),
			r.perSecond.toFixed(0),
			String(r.errors)
		]);
	}
}

async function run(backend: 'PGlite' | 'PostgreSQL 15', prepared: Prepared): Promise<Row[]> {
	const rows: Row[] = [];
	try {
		const door = await startServer(ROOT, 'bench/mcp-door-server.ts', prepared.env);
		try {
			await runScenario(door.url, backend, prepared, PING, rows);
		} finally {
			await door.stop();
		}
		const server = await startServer(ROOT, 'mcp-server/index.ts', prepared.env);
		try {
			for (const s of scenarios(prepared).filter((x) => !values.tool || x.tool === values.tool))
				await runScenario(server.url, backend, prepared, s, rows);
			if (rows.some((r) => r[7] !== '0'))
				log(`stderr do servidor:\n${server.stderr().slice(-4000)}`);
		} finally {
			await server.stop();
		}
	} finally {
		await prepared.cleanup();
	}
	return rows;
}

const rows: Row[] = [];
const load = os.loadavg()[0].toFixed(1);
if (values.only !== 'postgres') rows.push(...(await run('PGlite', await preparePglite())));
if (values.only !== 'pglite') rows.push(...(await run('PostgreSQL 15', await preparePostgres())));

const goal = rows
	.filter(
		(r) =>
			r[0] === 'PostgreSQL 15' &&
			r[2].startsWith('20') &&
			/^(get_customer_profile|find_customers)$/.test(r[1])
	)
	.map((r) => `${r[1]} × ${r[2]}: p50 ${r[4]}, p99 ${r[5]}`);
const report = `## MCP over Streamable HTTP (demo portfolio: ${CUSTOMERS} customers, asOf ${asOf})

Machine: ${machine()}. Load average at start: ${load} (a shared machine: the
load generator, the server and PostgreSQL share its cores with other work).
${new Date().toISOString().slice(0, 10)}.

Server: \`node mcp-server/index.ts --http\` (child process, stateless, bearer token checked on
every request). Clients: the MCP SDK \`Client\` over HTTP on localhost, each call timed at the
client. ${CALLS} calls per row (${CALLS / 10} for the list tools), split among the clients,
after 20 warm-up calls (2 for the list tools). "20" = 20 clients calling back to back: a closed
loop that saturates the server, so p50 ≈ 20 / (calls per second) — it measures capacity. "20 (1
chamada/s cada)" = 20 clients each starting one call per second: latency under a load the
server carries. Single-customer calls rotate over Ana Souza's customers (a rep token); the
manager row lists the whole portfolio. The ping row is the same HTTP door (token lookup, a
fresh McpServer per request) with a no-op tool: what a call costs before any tool runs.

${markdownTable(['Database', 'Tool', 'Clients', 'Calls', 'p50', 'p99', 'Calls/s', 'Errors'], rows)}

Goal (single-customer tools, 20 clients, PostgreSQL): p50 ≤ 15 ms and p99 ≤ 60 ms. Measured:
${goal.length ? goal.map((g) => `- ${g}`).join('\n') : '- not measured'}
`;
fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
if (!values.tool) fs.writeFileSync(path.join(ROOT, 'bench/results/mcp.md'), report);
// issue #18's Goals row: 20 clients × 1 call/s, single-customer profile.
const paced = rows.filter((r) => r[1] === 'get_customer_profile' && r[2].includes('1 chamada/s'));
fs.writeFileSync(
	path.join(ROOT, 'bench/results/mcp.json'),
	`${JSON.stringify(
		{
			date: new Date().toISOString(),
			load,
			...Object.fromEntries(paced.map((r) => [r[0], { p50: r[4], p99: r[5], errors: r[7] }]))
		},
		null,
		2
	)}\n`
);
console.log(report);
