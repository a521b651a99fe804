/**
 * What every MCP door must do (tool-scenarios.ts), run in-process through the SDK's in-memory
 * transport on both databases: the embedded PGlite (what stdio serves on a laptop) and a
 * PostgreSQL server (what HTTP serves), with the audit log read while the server runs. The
 * stdio and HTTP transports are exercised end to end in stdio.test.ts and http-auth.test.ts.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { freshPglite, freshServer } from '../support/databases.ts';
import { writeMcpFixture, type McpFixture } from './fixture.ts';
import { connectInMemory, type InMemoryConnection } from './in-memory.ts';
import { toolScenarios } from './tool-scenarios.ts';

describe.each([
	['PGlite', freshPglite],
	['PostgreSQL server', freshServer]
] as const)('MCP in memory on %s', (_name, open) => {
	let db: GiroDatabase;
	let fixture: McpFixture;
	let connection: InMemoryConnection;

	beforeAll(async () => {
		db = await open();
		fixture = await writeMcpFixture(db);
		connection = await connectInMemory(db, fixture.tokens.ana);
	});

	afterAll(async () => {
		await connection?.close();
		await db?.close();
	});

	toolScenarios({
		client: () => connection.client,
		fixture: () => fixture,
		auditCount: async () =>
			(await db.rows<{ n: number }>(sql`select count(*)::int as n from audit_log`))[0].n
	});
});
