/**
 * Bounded inputs on the MCP door (issue #13, finding 5), through the real server over an
 * in-memory transport: ids past PostgreSQL's integer range, impossible or absurd dates, NUL
 * bytes and lone surrogates, unknown fields, non-object `arguments` — each answers a pt-BR
 * validation error (JSON-RPC −32602 for malformed `arguments`), never an internal error, never
 * English, and writes nothing. Then a fast-check property over every tool's input schema.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { TOOLS } from '#lib/server/tools/registry.ts';
import { createGiroServer } from '../../mcp-server/create-server.ts';
import { writeMcpFixture, type McpFixture } from '../mcp/fixture.ts';
import { argumentsFor } from '../mcp/tool-arguments.ts';
import { freshPglite } from '../support/databases.ts';

let db: GiroDatabase;
let fixture: McpFixture;
let client: Client;

beforeAll(async () => {
	db = await freshPglite();
	fixture = await writeMcpFixture(db);
	const server = createGiroServer({
		db,
		secret: 'test-secret-for-bounded-inputs-0123456789',
		actingUser: async () => ({ id: fixture.users.ana, name: 'Ana Souza', role: 'rep' }),
		today: () => fixture.today
	});
	const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
	await server.connect(serverSide);
	client = new Client({ name: 'security-test', version: '1.0.0' });
	await client.connect(clientSide);
});
afterAll(async () => {
	await client?.close();
	await db?.close();
});

async function writes(): Promise<number> {
	const [row] = await db.rows<{ n: number }>(sql`
		select ((select count(*) from follow_ups) + (select count(*) from interactions)
			+ (select count(*) from audit_log) + (select count(*) from tool_confirmations))::int as n`);
	return row.n;
}

const ENGLISH =
	/\b(Invalid|invalid|Expected|expected|Required|required|Maximum call stack|not found|Unrecognized|must be|Too (big|small))\b/;

interface Answer {
	isError?: boolean;
	text: string;
	rpcCode?: number;
}

async function call(name: string, args: unknown): Promise<Answer> {
	try {
		const result = (await client.callTool({
			name,
			arguments: args as Record<string, unknown>
		})) as { isError?: boolean; content: { type: string; text: string }[] };
		return { isError: result.isError, text: result.content.map((c) => c.text).join('\n') };
	} catch (error) {
		const e = error as { code?: number; message: string };
		return { isError: true, text: e.message, rpcCode: e.code };
	}
}

function expectPtBrRefusal(answer: Answer, why: string) {
	expect(answer.isError, why).toBe(true);
	expect(answer.text, why).toMatch(/Parâmetros inválidos|argumentos/);
	expect(answer.text, why).not.toMatch(/erro interno|internal/i);
	expect(answer.text, why).not.toMatch(ENGLISH);
}

describe('the reported inputs get a pt-BR validation error and write nothing', () => {
	const schedule = () => ({ customerId: fixture.customers.active, purpose: 'reactivation' });
	const cases: [string, string, () => Record<string, unknown>][] = [
		['id 2^31', 'get_customer_profile', () => ({ customerId: 2_147_483_648 })],
		['id 2^53', 'get_customer_profile', () => ({ customerId: 2 ** 53 })],
		['id 0', 'get_customer_profile', () => ({ customerId: 0 })],
		['big contactId', 'schedule_follow_up', () => ({ ...schedule(), contactId: 2 ** 40 })],
		[
			'big opportunityId',
			'log_interaction',
			() => ({
				customerId: fixture.customers.active,
				channel: 'phone',
				summary: 'Ligação',
				opportunityId: 2_147_483_648
			})
		],
		['30/02', 'schedule_follow_up', () => ({ ...schedule(), dueDate: '2026-02-30' })],
		['31/04', 'schedule_follow_up', () => ({ ...schedule(), dueDate: '2026-04-31' })],
		['year 0', 'schedule_follow_up', () => ({ ...schedule(), dueDate: '0000-01-01' })],
		['year 9999', 'schedule_follow_up', () => ({ ...schedule(), dueDate: '9999-12-31' })],
		[
			'range 30/02',
			'list_follow_ups',
			() => ({ window: 'range', from: '2026-02-30', to: '2026-03-05' })
		],
		['NUL in a note', 'schedule_follow_up', () => ({ ...schedule(), note: 'a\u0000b' })],
		[
			'lone surrogate',
			'log_interaction',
			() => ({
				customerId: fixture.customers.active,
				channel: 'phone',
				summary: 'texto \uD800 quebrado'
			})
		],
		[
			'unknown field',
			'get_customer_profile',
			() => ({
				customerId: fixture.customers.active,
				hack: true
			})
		],
		[
			'deep nesting',
			'list_customers',
			() => {
				let deep: unknown = 1;
				for (let i = 0; i < 5000; i++) deep = [deep];
				return { states: deep };
			}
		]
	];
	test.each(cases)('%s (%s)', async (why, tool, args) => {
		const before = await writes();
		const answer = await call(tool, args());
		expectPtBrRefusal(answer, why);
		expect(await writes()).toBe(before);
	});

	test('30/02/2026 is named as a date that does not exist', async () => {
		const answer = await call('schedule_follow_up', {
			customerId: fixture.customers.active,
			dueDate: '2026-02-30'
		});
		expect(answer.text).toContain('30/02/2026 não existe');
	});

	test('unknown fields are refused naming the accepted ones', async () => {
		const answer = await call('get_customer_profile', { customerId: 1, hack: true });
		expect(answer.text).toMatch(/desconhecido: hack \(aceitos: [^)]*customerId[^)]*\)/);
	});

	test.each([
		['null', null],
		['an array', [1, 2]],
		['a string', 'customerId=1']
	])('arguments that are %s: JSON-RPC −32602 in pt-BR', async (_why, args) => {
		const answer = await call('get_customer_profile', args);
		expect(answer.rpcCode).toBe(-32602);
		expect(answer.text).toMatch(/argumentos/);
		expect(answer.text).not.toMatch(ENGLISH);
	});

	test('an unknown tool answers in pt-BR', async () => {
		const answer = await call('drop_everything', {});
		expect(answer.isError).toBe(true);
		expect(answer.text).toMatch(/não existe/);
		expect(answer.text).not.toMatch(/Tool .* not found/);
	});
});

describe('property: every tool, any arguments', () => {
	const value = fc.oneof(
		fc.integer({ min: -(2 ** 53), max: 2 ** 53 }),
		fc.constantFrom(0, -1, 2_147_483_647, 2_147_483_648, 2 ** 53, 1.5, Number.MAX_SAFE_INTEGER),
		fc.string(),
		fc.constantFrom('2026-02-30', '0000-01-01', '9999-12-31', '2026-11-26', 'a\u0000b', '\uDC00'),
		fc.boolean(),
		fc.constant(null),
		fc.array(fc.string(), { maxLength: 3 })
	);
	for (const tool of TOOLS) {
		test(tool.name, async () => {
			const fields = Object.keys((tool.inputSchema as unknown as z.ZodObject).shape).filter(
				(f) => f !== 'confirmationToken'
			);
			const base = argumentsFor(tool, fixture);
			await fc.assert(
				fc.asyncProperty(
					fc.dictionary(fc.constantFrom(...fields, 'extra'), value, { maxKeys: 3 }),
					async (changes) => {
						const before = await writes();
						const answer = await call(tool.name, { ...base, ...changes });
						expect(answer.text).not.toMatch(/erro interno|internal error/i);
						expect(answer.text).not.toMatch(ENGLISH);
						if (answer.isError) expect(await writes()).toBe(before);
					}
				),
				{ numRuns: 25 }
			);
		});
	}
});
