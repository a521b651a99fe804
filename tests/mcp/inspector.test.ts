/**
 * An independent client: the official MCP Inspector CLI (pinned 2.12.0, fetched by npx into
 * its cache) lists Giro's tools over stdio (spawning `node mcp-server/index.ts` itself) and,
 * over HTTP, lists them, calls one and gets a prompt. If the Inspector cannot be downloaded or
 * run here, the test fails and says so — it is never skipped.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHttpServer, type RunningHttpServer } from '../../mcp-server/http-server.ts';
import { openDatabase, type GiroDatabase } from '#lib/server/db/client.ts';
import { migrateDatabase } from '#lib/server/db/migrate.ts';
import { TOOLS } from '#lib/server/tools/registry.ts';
import { freshPglite } from '../support/databases.ts';
import { SERVER_ENTRY } from './clients.ts';
import { writeMcpFixture, type McpFixture } from './fixture.ts';

const INSPECTOR = '@modelcontextprotocol/inspector@2.12.0';

function inspector(
	args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
	const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
	for (const key of Object.keys(env))
		if (key === 'DATABASE_URL' || key.startsWith('GIRO_')) delete env[key];
	return new Promise((resolve) => {
		// A generous connect timeout (the Inspector's default is 15 s): on a busy CI machine the
		// stdio server it spawns can take longer than that to start.
		const child = spawn('npx', ['-y', INSPECTOR, '--cli', '--connect-timeout', '120000', ...args], {
			cwd: os.tmpdir(),
			env,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
		child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
		const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
		child.on('error', (error) => {
			clearTimeout(timer);
			resolve({ code: -1, stdout, stderr: `${stderr}\n${error.message}` });
		});
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({ code, stdout, stderr });
		});
	});
}

/** The Inspector's JSON answer, or a failure that says why (download, network, server). */
function answerOf(run: {
	code: number | null;
	stdout: string;
	stderr: string;
}): Record<string, unknown> {
	if (run.code !== 0 || !run.stdout.trim().startsWith('{'))
		throw new Error(
			`O MCP Inspector (${INSPECTOR}, via npx) não respondeu (código ${run.code}). ` +
				'Se foi o download, este ambiente não alcança o registro npm e o teste falha de propósito (nunca é pulado): ' +
				`rode uma vez com rede (npx -y ${INSPECTOR} --help) para encher o cache do npx.\n` +
				`stderr:\n${run.stderr.slice(-3000)}\nstdout:\n${run.stdout.slice(0, 2000)}`
		);
	return JSON.parse(run.stdout) as Record<string, unknown>;
}

let dataDir: string;
let fixture: McpFixture;

beforeAll(async () => {
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'giro-mcp-inspector-'));
	const db = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
	await migrateDatabase(db, { warn: () => {} });
	fixture = await writeMcpFixture(db);
	await db.close();
});

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('the official MCP Inspector CLI as an independent client', () => {
	let db: GiroDatabase;
	let server: RunningHttpServer;
	let httpFixture: McpFixture;
	beforeAll(async () => {
		db = await freshPglite();
		httpFixture = await writeMcpFixture(db);
		server = await startHttpServer({ db, secret: 'i'.repeat(32), port: 0 });
	});
	afterAll(async () => {
		await server?.close();
		await db?.close();
	});

	// One Inspector run per question, all at once: one over stdio (it spawns the server itself;
	// a second stdio run would only start the same server again), the rest over HTTP.
	test('over stdio lists every tool; over HTTP lists them, calls one and gets a prompt', async () => {
		const stdio = [
			'-e',
			`GIRO_DATA_DIR=${dataDir}`,
			'-e',
			`GIRO_MCP_TOKEN=${fixture.tokens.ana}`,
			'-e',
			'GIRO_SEED_DEMO=false',
			process.execPath,
			SERVER_ENTRY
		];
		const http = [
			'--transport',
			'http',
			'--server-url',
			server.url,
			'--header',
			`Authorization: Bearer ${httpFixture.tokens.manager}`
		];
		const [stdioListed, httpListed, called, prompt] = (
			await Promise.all([
				inspector([...stdio, '--method', 'tools/list']),
				inspector([...http, '--method', 'tools/list']),
				inspector([
					...http,
					'--method',
					'tools/call',
					'--tool-name',
					'find_customers',
					'--tool-arg',
					'query=Sul Forte'
				]),
				inspector([
					...http,
					'--method',
					'prompts/get',
					'--prompt-name',
					'prepare-follow-up',
					'--prompt-args',
					'customer=Padaria Pão Quente'
				])
			])
		).map(answerOf);

		const tools = stdioListed.tools as {
			name: string;
			annotations: unknown;
			outputSchema?: unknown;
		}[];
		expect(tools.map((t) => t.name).sort()).toEqual(TOOLS.map((t) => t.name).sort());
		expect(tools.every((t) => t.annotations && t.outputSchema)).toBe(true);

		expect((httpListed.tools as unknown[]).length).toBe(TOOLS.length);
		expect(called.isError).toBeFalsy();
		expect(JSON.stringify(called.structuredContent)).toContain('Distribuidora Sul Forte');
		expect(JSON.stringify(prompt)).toContain('Padaria Pão Quente');
	});
});
