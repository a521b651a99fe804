/**
 * A confirmed write performs once, even when the same confirmation token arrives several
 * times at the same instant — on a real PostgreSQL server, where concurrent calls really run
 * on separate connections: many HTTP requests into one server, and two separate MCP servers
 * each with its own connection pool (two Claude windows on one database; in-process through the
 * SDK's in-memory transport, the stdio transport itself is covered by stdio.test.ts). Also:
 * revoking a token stops a running session at its next call (the stdio server's check).
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { revokeApiToken } from '../../mcp-server/auth.ts';
import { startHttpServer, type RunningHttpServer } from '../../mcp-server/http-server.ts';
import { TOOLS } from '#lib/server/tools/registry.ts';
import { openDatabase, type GiroDatabase } from '#lib/server/db/client.ts';
import { freshServer, type ServerDatabase } from '../support/databases.ts';
import { connectHttp } from './clients.ts';
import { connectInMemory, type InMemoryConnection } from './in-memory.ts';
import { writeMcpFixture, type McpFixture } from './fixture.ts';
import { call } from './tool-scenarios.ts';
import { argumentsFor } from './tool-arguments.ts';

const SECRET = 's'.repeat(40);
let db: ServerDatabase;
let fixture: McpFixture;
let server: RunningHttpServer;

const auditCount = async () =>
	(await db.rows<{ n: number }>(sql`select count(*)::int as n from audit_log`))[0].n;

beforeAll(async () => {
	db = await freshServer();
	fixture = await writeMcpFixture(db);
	server = await startHttpServer({ db, secret: SECRET, port: 0 });
});

afterAll(async () => {
	await server?.close();
	await db?.close();
});

async function preview(client: Client, name: string, args: Record<string, unknown>) {
	const first = await call(client, name, args);
	expect(first.result.isError, first.text).toBeFalsy();
	return first.structured.confirmationToken as string;
}

describe('concurrent double submit on PostgreSQL', () => {
	for (const tool of TOOLS.filter((t) => t.writes)) {
		test(`${tool.name}: 8 simultaneous HTTP confirmations perform once`, async () => {
			const clients = await Promise.all(
				Array.from({ length: 8 }, () => connectHttp(server.url, fixture.tokens.ana))
			);
			try {
				const args = argumentsFor(tool, fixture);
				const token = await preview(clients[0], tool.name, args);
				const before = await auditCount();
				const answers = await Promise.all(
					clients.map((c) => call(c, tool.name, { ...args, confirmationToken: token }))
				);
				const done = answers.filter((a) => !a.result.isError);
				expect(done).toHaveLength(1);
				expect(done[0].structured).toMatchObject({ status: 'done' });
				for (const refused of answers.filter((a) => a.result.isError))
					expect(refused.text).toMatch(/já foi usado|já foi concluído|não está pendente|confirma/i);
				expect(await auditCount()).toBe(before + 1);
			} finally {
				await Promise.all(clients.map((c) => c.close()));
			}
		});
	}

	test('two servers on their own connections racing with one token perform once', async () => {
		const pools: GiroDatabase[] = [];
		for (let i = 0; i < 2; i++) pools.push(await openDatabase({ kind: 'postgres', url: db.url }));
		const [a, b] = await Promise.all(
			pools.map((pool) => connectInMemory(pool, fixture.tokens.ana, SECRET))
		);
		try {
			const args = { customerId: fixture.customers.fresh, note: 'Corrida entre dois processos' };
			const token = await preview(a.client, 'schedule_follow_up', args);
			const before = await auditCount();
			const answers = await Promise.all(
				[a, b, a, b].map((s) =>
					call(s.client, 'schedule_follow_up', { ...args, confirmationToken: token })
				)
			);
			expect(answers.filter((x) => !x.result.isError)).toHaveLength(1);
			expect(await auditCount()).toBe(before + 1);
			const [{ n }] = await db.rows<{ n: number }>(
				sql`select count(*)::int as n from follow_ups where note = 'Corrida entre dois processos'`
			);
			expect(n).toBe(1);
		} finally {
			await Promise.all([a.close(), b.close()]);
			await Promise.all(pools.map((pool) => pool.close()));
		}
	});

	test('revoking the token stops a running session at its next call', async () => {
		const session: InMemoryConnection = await connectInMemory(db, fixture.tokens.bruno, SECRET);
		try {
			const before = await call(session.client, 'get_rep_queue', {});
			expect(before.result.isError, before.text).toBeFalsy();
			await revokeApiToken(db, fixture.tokens.bruno);
			const after = await call(session.client, 'get_rep_queue', {});
			expect(after.result.isError).toBe(true);
			expect(after.text).toMatch(/foi revogado/);
		} finally {
			await session.close();
		}
	});
});
