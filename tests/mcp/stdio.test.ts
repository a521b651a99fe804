/**
 * The MCP server over stdio, as Claude Desktop runs it: `node mcp-server/index.ts` started
 * from another folder, the embedded PGlite in GIRO_DATA_DIR, acting as the user of
 * GIRO_MCP_TOKEN. Besides the shared scenarios: the data-folder lock refuses a second process,
 * the session's writes land with door 'mcp', and a missing, malformed or revoked token stops
 * the server at start with a pt-BR message.
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
import { toolScenarios } from './tool-scenarios.ts';

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
	toolScenarios({ client: () => connection.client, fixture: () => fixture });

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

	test('after the session: writes recorded as Ana through mcp, lock released', async () => {
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
			expect(audit).toEqual(
				TOOLS.filter((t) => t.writes).map(() => ({ door: 'mcp', user_id: fixture.users.ana }))
			);
			await revokeApiToken(db, fixture.tokens.bruno);
		} finally {
			await db.close();
		}
	});

	test('refuses to start without a valid token, in pt-BR, before serving anything', async () => {
		const missing = await runServer([], { GIRO_DATA_DIR: dataDir });
		expect(missing.code).toBe(1);
		expect(missing.stderr).toMatch(/Falta o token: defina GIRO_MCP_TOKEN/);

		const malformed = await runServer([], { GIRO_DATA_DIR: dataDir, GIRO_MCP_TOKEN: 'abc' });
		expect(malformed.code).toBe(1);
		expect(malformed.stderr).toMatch(/não parece um token do Giro/);

		const revoked = await runServer([], {
			GIRO_DATA_DIR: dataDir,
			GIRO_MCP_TOKEN: fixture.tokens.bruno
		});
		expect(revoked.code).toBe(1);
		expect(revoked.stderr).toMatch(/GIRO_MCP_TOKEN é inválido ou foi revogado/);
		for (const run of [missing, malformed, revoked]) expect(run.stdout).toBe('');
		expect(fs.existsSync(path.join(dataDir, 'pglite.lock'))).toBe(false);
	});
});
