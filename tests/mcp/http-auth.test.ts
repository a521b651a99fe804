/**
 * The HTTP door's gate, against the real CLI (`node mcp-server/index.ts --http`) on a
 * PostgreSQL server: no token, a wrong one, a revoked one ⇒ 401 with a JSON-RPC error body and
 * nothing executed (a valid confirmation token sent along is still unused afterwards); a foreign
 * Origin or Host ⇒ 403 (DNS rebinding), even with a good token.
 */
import http from 'node:http';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { revokeApiToken } from '../../mcp-server/auth.ts';
import { startHttpServer } from '../../mcp-server/http-server.ts';
import { freshServer, type ServerDatabase } from '../support/databases.ts';
import { connectHttp, startHttpChild, type HttpChild } from './clients.ts';
import { writeMcpFixture, type McpFixture } from './fixture.ts';
import { call } from './tool-scenarios.ts';

let db: ServerDatabase;
let fixture: McpFixture;
let child: HttpChild;
let revokedToken: string;
/** A valid confirmation token of a previewed follow-up: sent with every refused request. */
let pending: { args: Record<string, unknown>; token: string };

interface RawAnswer {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: { jsonrpc?: string; error?: { code: number; message: string }; result?: unknown };
}

function raw(options: {
	url: string;
	method?: string;
	headers?: Record<string, string>;
	body?: unknown;
}): Promise<RawAnswer> {
	const url = new URL(options.url);
	const payload = options.body === undefined ? '' : JSON.stringify(options.body);
	return new Promise((resolve, reject) => {
		const req = http.request(
			{
				host: url.hostname,
				port: url.port,
				path: url.pathname,
				method: options.method ?? 'POST',
				headers: {
					'Content-Type': 'application/json',
					Accept: 'application/json, text/event-stream',
					...options.headers
				}
			},
			(res) => {
				let text = '';
				res.on('data', (c: Buffer) => (text += c.toString()));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: text ? JSON.parse(text) : {}
					})
				);
			}
		);
		req.on('error', reject);
		req.end(payload);
	});
}

const confirmCall = () => ({
	jsonrpc: '2.0',
	id: 1,
	method: 'tools/call',
	params: {
		name: 'schedule_follow_up',
		arguments: { ...pending.args, confirmationToken: pending.token }
	}
});

const followUpCount = async () =>
	(await db.rows<{ n: number }>(sql`select count(*)::int as n from follow_ups`))[0].n;

beforeAll(async () => {
	db = await freshServer();
	fixture = await writeMcpFixture(db);
	revokedToken = fixture.tokens.bruno;
	await revokeApiToken(db, revokedToken);
	child = await startHttpChild({ DATABASE_URL: db.url, GIRO_SECRET: 'k'.repeat(32) });
	const client = await connectHttp(child.url, fixture.tokens.ana);
	const args = { customerId: fixture.customers.active, note: 'Enviada com credenciais recusadas' };
	const preview = await call(client, 'schedule_follow_up', args);
	pending = { args, token: preview.structured.confirmationToken as string };
	await client.close();
});

afterAll(async () => {
	await child?.stop();
	await db?.close();
});

describe('HTTP authentication and DNS-rebinding protection', () => {
	test.each([
		['no Authorization header', {}],
		['a malformed token', { Authorization: 'Bearer abc' }],
		['a well-formed unknown token', { Authorization: `Bearer giro_${'A'.repeat(43)}` }],
		['a revoked token', { Authorization: `Bearer ${'revoked'}` }],
		['another scheme', { Authorization: `Basic ${Buffer.from('ana:senha').toString('base64')}` }]
	])('%s ⇒ 401 with a JSON-RPC error, nothing executed', async (_label, headers) => {
		const resolved = Object.fromEntries(
			Object.entries(headers).map(([k, v]) => [k, v.replace('revoked', revokedToken)])
		);
		const before = await followUpCount();
		const answer = await raw({ url: child.url, headers: resolved, body: confirmCall() });
		expect(answer.status).toBe(401);
		expect(answer.headers['www-authenticate']).toMatch(/^Bearer/);
		expect(answer.body).toMatchObject({ jsonrpc: '2.0', error: { code: -32001 } });
		expect(answer.body.error?.message).toMatch(/token/i);
		expect(await followUpCount()).toBe(before);
	});

	test('a revoked token is not even marked as used', async () => {
		const [row] = await db.rows<{ used: boolean }>(
			sql`select last_used_at is not null as used from api_tokens where revoked_at is not null`
		);
		expect(row.used).toBe(false);
	});

	test('a foreign Origin ⇒ 403 even with a good token; nothing executed', async () => {
		const before = await followUpCount();
		const answer = await raw({
			url: child.url,
			headers: { Authorization: `Bearer ${fixture.tokens.ana}`, Origin: 'https://evil.example' },
			body: confirmCall()
		});
		expect(answer.status).toBe(403);
		expect(answer.body.error?.message).toMatch(/Origem não permitida: https:\/\/evil.example/);
		const nullOrigin = await raw({
			url: child.url,
			headers: { Authorization: `Bearer ${fixture.tokens.ana}`, Origin: 'null' },
			body: confirmCall()
		});
		expect(nullOrigin.status).toBe(403);
		expect(await followUpCount()).toBe(before);
	});

	test('a rebound Host name ⇒ 403', async () => {
		const port = new URL(child.url).port;
		const answer = await raw({
			url: child.url,
			headers: { Authorization: `Bearer ${fixture.tokens.ana}`, Host: `evil.example:${port}` },
			body: confirmCall()
		});
		expect(answer.status).toBe(403);
		expect(answer.body.error?.message).toMatch(/Host não permitido: evil.example/);
	});

	test('GET (no sessions here) ⇒ 405; other paths ⇒ 404', async () => {
		const auth = { Authorization: `Bearer ${fixture.tokens.ana}` };
		expect((await raw({ url: child.url, method: 'GET', headers: auth })).status).toBe(405);
		const elsewhere = child.url.replace('/mcp', '/.well-known/oauth-protected-resource');
		expect((await raw({ url: elsewhere, method: 'GET' })).status).toBe(404);
	});

	test('the confirmation sent with refused credentials is still unused: it performs now, once', async () => {
		const before = await followUpCount();
		const answer = await raw({
			url: child.url,
			headers: { Authorization: `Bearer ${fixture.tokens.ana}`, Origin: 'http://localhost:5173' },
			body: confirmCall()
		});
		expect(answer.status).toBe(200);
		expect(answer.body.result).toMatchObject({ structuredContent: { status: 'done' } });
		expect(await followUpCount()).toBe(before + 1);
	});

	test('--allowed-hosts admits a proxy’s public name', async () => {
		const proxied = await startHttpServer({
			db,
			secret: 'k'.repeat(32),
			port: 0,
			allowedHosts: ['giro.example.com']
		});
		try {
			const answer = await raw({
				url: proxied.url,
				headers: { Host: 'giro.example.com', Origin: 'https://giro.example.com' },
				body: confirmCall()
			});
			expect(answer.status).toBe(401); // past the guard, stopped by the missing token
		} finally {
			await proxied.close();
		}
	});
});
