/**
 * The MCP server over stdio, as Claude Desktop runs it: `node mcp-server/index.ts` started
 * from another folder, the embedded PGlite in GIRO_DATA_DIR, acting as the user of
 * GIRO_MCP_TOKEN — the one end-to-end run of the stdio transport (every tool's behaviour is
 * covered in-process by scenarios.test.ts): it lists the tools, answers a read and confirms a
 * write; the data-folder lock refuses a second process, the session's write lands with door
 * 'mcp', and a missing, malformed or revoked token stops the server at start with a pt-BR
 * message.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { revokeApiToken } from '../../mcp-server/auth.ts';
import { openDatabase, type GiroDatabase } from '#lib/server/db/client.ts';
import { migrateDatabase } from '#lib/server/db/migrate.ts';
import { TOOLS } from '#lib/server/tools/registry.ts';
import { connectStdio, runServer, type StdioConnection } from './clients.ts';
import { writeMcpFixture, type McpFixture } from './fixture.ts';
import { call } from './tool-scenarios.ts';

let dataDir: string;
let fixture: McpFixture;
let connection: StdioConnection;

async function openDataDir(): Promise<GiroDatabase> {
	const db = await openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') });
	await migrateDatabase(db, { warn: () => {} });
	return db;
}

beforeAll(async () => {
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'giro-mcp-stdio-'));
	const db = await openDataDir();
	fixture = await writeMcpFixture(db);
	await db.close();
	connection = await connectStdio({ GIRO_DATA_DIR: dataDir, GIRO_MCP_TOKEN: fixture.tokens.ana });
});

afterAll(async () => {
	await connection?.close();
	fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('MCP over stdio on the embedded database', () => {
	test('lists every tool, answers a read, and confirms a write (preview → token → done)', async () => {
		const { client } = connection;
		const { tools } = await client.listTools();
		expect(tools.map((t) => t.name).sort()).toEqual(TOOLS.map((t) => t.name).sort());
		expect(client.getInstructions()).toMatch(/confirmationToken/);

		const read = await call(client, 'get_customer_profile', {
			customerId: fixture.customers.active
		});
		expect(read.result.isError, read.text).toBeFalsy();
		expect(JSON.stringify(read.structured)).toContain('Mercado Bom Preço');

		const args = { customerId: fixture.customers.active, note: 'Agendado pelo stdio' };
		const preview = await call(client, 'schedule_follow_up', args);
		expect(preview.structured).toMatchObject({ status: 'preview', result: null });
		const done = await call(client, 'schedule_follow_up', {
			...args,
			confirmationToken: preview.structured.confirmationToken
		});
		expect(done.result.isError, done.text).toBeFalsy();
		expect(done.structured).toMatchObject({ status: 'done' });

		const prompt = await client.getPrompt({
			name: 'prepare-follow-up',
			arguments: { customer: 'Padaria Pão Quente' }
		});
		expect(JSON.stringify(prompt.messages)).toContain('Padaria Pão Quente');
	});

	test('says on stderr who it acts as (stdout is only the protocol)', () => {
		expect(connection.stderr()).toMatch(/pronto \(stdio\) como Ana Souza \(vendedor\)/);
	});

	test('a second process on the same embedded database is refused, saying what to do', async () => {
		const second = await runServer([], {
			GIRO_DATA_DIR: dataDir,
			GIRO_MCP_TOKEN: fixture.tokens.manager
		});
		expect(second.code).toBe(1);
		expect(second.stderr).toMatch(
			/já está aberto por outro processo do Giro: servidor MCP \(stdio\)/
		);
		expect(second.stderr).toMatch(/DATABASE_URL=postgres:\/\//);
		expect(second.stdout).toBe('');
	});

	test('after the session: the write recorded as Ana through mcp, lock released', async () => {
		await connection.close();
		const lock = path.join(dataDir, 'pglite.lock');
		for (let i = 0; i < 50 && fs.existsSync(lock); i++)
			await new Promise((r) => setTimeout(r, 100));
		expect(fs.existsSync(lock)).toBe(false);
		const db = await openDataDir();
		try {
			const audit = await db.rows<{ door: string; user_id: number }>(
				sql`select door, user_id from audit_log order by id`
			);
			expect(audit).toEqual([{ door: 'mcp', user_id: fixture.users.ana }]);
			await revokeApiToken(db, fixture.tokens.bruno);
		} finally {
			await db.close();
		}
	});

	test('refuses to start without a valid token, in pt-BR, before serving anything', async () => {
		// At once: the first two refuse before opening the database, the third opens it.
		const [missing, malformed, revoked] = await Promise.all([
			runServer([], { GIRO_DATA_DIR: dataDir }, 180_000),
			runServer([], { GIRO_DATA_DIR: dataDir, GIRO_MCP_TOKEN: 'abc' }, 180_000),
			runServer([], { GIRO_DATA_DIR: dataDir, GIRO_MCP_TOKEN: fixture.tokens.bruno }, 180_000)
		]);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toMatch(/Falta o token: defina GIRO_MCP_TOKEN/);
		expect(malformed.code).toBe(1);
		expect(malformed.stderr).toMatch(/não parece um token do Giro/);
		expect(revoked.code).toBe(1);
		expect(revoked.stderr).toMatch(/GIRO_MCP_TOKEN é inválido ou foi revogado/);
		for (const run of [missing, malformed, revoked]) expect(run.stdout).toBe('');
		expect(fs.existsSync(path.join(dataDir, 'pglite.lock'))).toBe(false);
	});
});
