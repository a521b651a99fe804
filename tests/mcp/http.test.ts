/**
 * The MCP server over Streamable HTTP, in-process on a real PostgreSQL server: the shared
 * scenarios (with the audit log read while the server runs), the manager's wider scope, and
 * one client's concurrent calls on the stateless server.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHttpServer, type RunningHttpServer } from '../../mcp-server/http-server.ts';
import { freshServer, type ServerDatabase } from '../support/databases.ts';
import { connectHttp } from './clients.ts';
import { writeMcpFixture, type McpFixture } from './fixture.ts';
import { call, toolScenarios } from './tool-scenarios.ts';

let db: ServerDatabase;
let fixture: McpFixture;
let server: RunningHttpServer;
let client: Client;

beforeAll(async () => {
	db = await freshServer();
	fixture = await writeMcpFixture(db);
	server = await startHttpServer({ db, secret: 'x'.repeat(32), port: 0 });
	client = await connectHttp(server.url, fixture.tokens.ana);
});

afterAll(async () => {
	await client?.close();
	await server?.close();
	await db?.close();
});

describe('MCP over Streamable HTTP on PostgreSQL', () => {
	toolScenarios({
		client: () => client,
		fixture: () => fixture,
		auditCount: async () =>
			(await db.rows<{ n: number }>(sql`select count(*)::int as n from audit_log`))[0].n
	});

	test('a manager’s token sees every rep’s customers', async () => {
		const manager = await connectHttp(server.url, fixture.tokens.manager);
		try {
			const { result, structured } = await call(manager, 'get_customer_profile', {
				customerId: fixture.customers.bruno
			});
			expect(result.isError).toBeFalsy();
			expect(JSON.stringify(structured)).toContain('Distribuidora Sul Forte');
		} finally {
			await manager.close();
		}
	});

	test('concurrent calls of one client are answered independently', async () => {
		const answers = await Promise.all(
			Array.from({ length: 10 }, (_, i) =>
				call(client, 'get_customer_profile', {
					customerId: [fixture.customers.active, fixture.customers.atRisk][i % 2]
				})
			)
		);
		expect(answers.every((a) => !a.result.isError)).toBe(true);
		expect(JSON.stringify(answers[0].structured)).toContain('Mercado Bom Preço');
		expect(JSON.stringify(answers[1].structured)).toContain('Agropecuária Vale Verde');
	});

	test('records the use of the token (last_used_at)', async () => {
		const [row] = await db.rows<{ used: boolean }>(
			sql`select last_used_at is not null as used from api_tokens t join users u on u.id = t.user_id
				where u.email = 'ana.souza@giro.demo'`
		);
		expect(row.used).toBe(true);
	});
});
