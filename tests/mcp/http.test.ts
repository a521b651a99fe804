/**
 * The MCP server over Streamable HTTP, in-process on a real PostgreSQL server: a read and a
 * confirmed write through the HTTP transport (every tool's behaviour is covered in memory by
 * scenarios.test.ts), the manager's wider scope, and one client's concurrent calls on the
 * stateless server.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHttpServer, type RunningHttpServer } from '../../mcp-server/http-server.ts';
import { freshServer, type ServerDatabase } from '../support/databases.ts';
import { connectHttp } from './clients.ts';
import { writeMcpFixture, type McpFixture } from './fixture.ts';
import { TOOLS } from '#lib/server/tools/registry.ts';
import { call } from './tool-scenarios.ts';

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
	test('lists every tool, answers a read, and confirms a write once', async () => {
		const { tools } = await client.listTools();
		expect(tools.map((t) => t.name).sort()).toEqual(TOOLS.map((t) => t.name).sort());
		const read = await call(client, 'list_follow_ups', {});
		expect(read.result.isError, read.text).toBeFalsy();

		const audit = async () =>
			(await db.rows<{ n: number }>(sql`select count(*)::int as n from audit_log`))[0].n;
		const before = await audit();
		const args = { customerId: fixture.customers.active, note: 'Agendado por HTTP' };
		const preview = await call(client, 'schedule_follow_up', args);
		expect(preview.structured).toMatchObject({ status: 'preview' });
		const confirmed = { ...args, confirmationToken: preview.structured.confirmationToken };
		const done = await call(client, 'schedule_follow_up', confirmed);
		expect(done.structured).toMatchObject({ status: 'done' });
		expect((await call(client, 'schedule_follow_up', confirmed)).result.isError).toBe(true);
		expect(await audit()).toBe(before + 1);
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
