/**
 * The CLI door (`npm run giro`): every read tool through it, in process (one database, one
 * call per tool), with the same result as runTool; a rep's scope; a write previewed, then
 * confirmed once; pt-BR errors with exit code ≠ 0; and one real spawned run against a
 * PostgreSQL server.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runGiro } from '#lib/server/cli/run-giro.ts';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { DEFAULT_ENGINE_CONFIG } from '#lib/server/domain/portfolio/engine-config.ts';
import { TOOLS } from '#lib/server/tools/registry.ts';
import { runTool } from '#lib/server/tools/run-tool.ts';
import { freshPglite, freshServer, type ServerDatabase } from '../support/databases.ts';
import { ROOT } from '../mcp/clients.ts';
import { writeMcpFixture, type McpFixture } from '../mcp/fixture.ts';
import { argumentsFor } from '../mcp/tool-arguments.ts';

const TODAY = '2026-11-23';
const SECRET = 'segredo-de-teste-do-cli-com-mais-de-32-caracteres';
const ANA = 'ana.souza@giro.demo';

async function cli(db: GiroDatabase, ...argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runGiro(argv, {
		db,
		secret: SECRET,
		now: () => new Date(`${TODAY}T15:00:00Z`),
		out: (t) => out.push(t),
		err: (t) => err.push(t)
	});
	return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('npm run giro (in process)', () => {
	let db: GiroDatabase;
	let fixture: McpFixture;
	beforeAll(async () => {
		db = await freshPglite();
		fixture = await writeMcpFixture(db, TODAY);
	});
	afterAll(() => db?.close());

	test('every read tool prints its structured result as JSON, the same as runTool', async () => {
		const reads = TOOLS.filter((t) => !t.writes);
		expect(reads.length).toBeGreaterThan(10);
		for (const tool of reads) {
			const args = argumentsFor(tool, fixture);
			const run = await cli(db, tool.name, '--user', ANA, '--json', JSON.stringify(args));
			expect({ tool: tool.name, code: run.code, stderr: run.code ? run.stderr : '' }).toEqual({
				tool: tool.name,
				code: 0,
				stderr: ''
			});
			const printed = JSON.parse(run.stdout);
			expect(tool.outputSchema.safeParse(printed).success).toBe(true);
			const direct = await runTool(tool, args, {
				db,
				user: { id: fixture.users.ana, name: 'Ana Souza', role: 'rep' },
				asOf: TODAY,
				config: DEFAULT_ENGINE_CONFIG,
				door: 'cli',
				secret: SECRET
			});
			expect(direct.ok && JSON.parse(JSON.stringify(direct.structured))).toEqual(printed);
		}
	});

	test("a rep asking for another rep's customer gets the same answer as for a missing one", async () => {
		const other = await cli(
			db,
			'get_customer_profile',
			'--user',
			ANA,
			'--json',
			JSON.stringify({ customerId: fixture.customers.bruno })
		);
		const missing = await cli(
			db,
			'get_customer_profile',
			'--user',
			ANA,
			'--json',
			JSON.stringify({ customerId: 999_999 })
		);
		expect(other.code).toBe(1);
		expect(other.stdout).toBe('');
		// The same text, but for the id asked about.
		expect(other.stderr.replace(String(fixture.customers.bruno), 'N')).toBe(
			missing.stderr.replace('999999', 'N')
		);
	});

	test('a write prints the preview and its token; --confirm performs it once', async () => {
		const args = JSON.stringify({ customerId: fixture.customers.active, purpose: 'reactivation' });
		const preview = await cli(db, 'schedule_follow_up', '--user', ANA, '--json', args);
		expect(preview.code).toBe(0);
		const p = JSON.parse(preview.stdout);
		expect(p.status).toBe('preview');
		expect(preview.stderr).toContain('Nada foi gravado');
		const token = p.confirmationToken as string;
		const done = await cli(
			db,
			'schedule_follow_up',
			'--user',
			ANA,
			'--json',
			args,
			'--confirm',
			token
		);
		expect(done.code).toBe(0);
		expect(JSON.parse(done.stdout).status).toBe('done');
		const again = await cli(
			db,
			'schedule_follow_up',
			'--user',
			ANA,
			'--json',
			args,
			'--confirm',
			token
		);
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('já foi usado');
	});

	test('bad calls: pt-BR message and exit code ≠ 0', async () => {
		const unknown = await cli(db, 'sell_everything', '--user', ANA);
		expect(unknown).toMatchObject({ code: 2, stdout: '' });
		expect(unknown.stderr).toContain('Ferramenta desconhecida');
		const noUser = await cli(db, 'get_portfolio_health');
		expect(noUser.code).toBe(2);
		expect(noUser.stderr).toContain('Falta --user');
		const badJson = await cli(db, 'get_portfolio_health', '--user', ANA, '--json', '{oops');
		expect(badJson.code).toBe(2);
		expect(badJson.stderr).toContain('--json');
		const stranger = await cli(db, 'get_portfolio_health', '--user', 'ninguem@giro.demo');
		expect(stranger.code).toBe(1);
		expect(stranger.stderr).toContain('Usuário não encontrado');
		const invalid = await cli(
			db,
			'get_customer_profile',
			'--user',
			ANA,
			'--json',
			'{"customerId":"x"}'
		);
		expect(invalid.code).toBe(1);
		expect(invalid.stderr).toContain('Parâmetros inválidos para get_customer_profile');
	});
});

describe('npm run giro (a real process)', () => {
	let server: ServerDatabase;
	beforeAll(async () => {
		server = await freshServer();
		await writeMcpFixture(server, TODAY);
	});
	afterAll(() => server?.close());

	test('get_portfolio_health on a PostgreSQL server: JSON on stdout, exit code 0', async () => {
		const { stdout } = await promisify(execFile)(
			process.execPath,
			[path.join(ROOT, 'scripts/giro.ts'), 'get_portfolio_health', '--user', ANA, '--as-of', TODAY],
			{
				cwd: ROOT,
				env: {
					PATH: process.env.PATH ?? '',
					HOME: process.env.HOME ?? '/',
					DATABASE_URL: server.url
				}
			}
		);
		const health = JSON.parse(stdout);
		expect(health.asOf).toBe(TODAY);
		expect(Array.isArray(health.metrics)).toBe(true);
	});
});
