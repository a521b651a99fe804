/**
 * What login must never allow and how its cookie is shaped: open sign-up is refused through
 * both better-auth doors (HTTP and server API) and creates no user; the session cookie is
 * httpOnly, SameSite=Lax, path /, lasts the session's days, and is Secure (with the
 * `__Secure-` prefix) when the app runs in production.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secureCookies } from '#lib/server/auth/app-auth.ts';
import { createAuth, SESSION_DAYS } from '#lib/server/auth/create-auth.ts';
import { createDemoAccounts, DEMO_PASSWORD } from '#lib/server/auth/demo-accounts.ts';
import { signInWithPassword } from '#lib/server/auth/session.ts';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { users } from '#lib/server/db/schema.ts';
import { freshPglite } from '../support/databases.ts';

const ORIGIN = 'http://127.0.0.1:5173';
const SECRET = 'test-secret-for-auth-tests-0123456789abcdef';

let db: GiroDatabase;

beforeAll(async () => {
	db = await freshPglite();
	await db.orm
		.insert(users)
		.values({ id: 1, name: 'Ana Souza', email: 'ana.souza@giro.demo', role: 'rep' });
	await createDemoAccounts(db);
});

afterAll(async () => {
	await db?.close();
});

const userCount = async () =>
	(await db.rows<{ n: number }>(sql`select count(*)::int as n from users`))[0].n;

describe('sign-up', () => {
	it('is refused over HTTP and creates nobody, whatever role is asked for', async () => {
		const auth = createAuth({ db, secret: SECRET, baseURL: ORIGIN, secureCookies: false });
		const response = await auth.handler(
			new Request(`${ORIGIN}/api/auth/sign-up/email`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: ORIGIN },
				body: JSON.stringify({
					name: 'Intruso',
					email: 'intruso@example.com',
					password: 'senha-forte-123',
					role: 'manager'
				})
			})
		);
		expect(response.status).toBeGreaterThanOrEqual(400);
		expect(response.headers.getSetCookie()).toEqual([]);
		expect(await userCount()).toBe(1);
	});

	it('is refused through the server API too', async () => {
		const auth = createAuth({ db, secret: SECRET, baseURL: ORIGIN, secureCookies: false });
		await expect(
			auth.api.signUpEmail({
				body: { name: 'Intruso', email: 'intruso@example.com', password: 'senha-forte-123' }
			})
		).rejects.toThrow();
		expect(await userCount()).toBe(1);
	});
});

function sessionCookie(setCookies: string[]): string {
	const cookie = setCookies.find((c) => /session_token=/.test(c));
	if (!cookie) throw new Error(`no session cookie in ${JSON.stringify(setCookies)}`);
	return cookie;
}

async function signInCookie(secureCookies: boolean): Promise<string> {
	const auth = createAuth({
		db,
		secret: SECRET,
		baseURL: ORIGIN,
		secureCookies,
		loginAttemptsPerMinute: 0
	});
	const result = await signInWithPassword(auth, {
		email: 'ana.souza@giro.demo',
		password: DEMO_PASSWORD,
		origin: ORIGIN,
		clientIp: '10.0.0.1'
	});
	if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
	return sessionCookie(result.setCookies);
}

describe('session cookie', () => {
	it('is httpOnly, SameSite=Lax, path / and lasts the session, not Secure in development', async () => {
		const cookie = await signInCookie(false);
		expect(cookie).toMatch(/^giro\.session_token=/);
		expect(cookie).toMatch(/;\s*HttpOnly/i);
		expect(cookie).toMatch(/;\s*SameSite=Lax/i);
		expect(cookie).toMatch(/;\s*Path=\/(;|$)/i);
		expect(cookie).toMatch(new RegExp(`;\\s*Max-Age=${SESSION_DAYS * 86400}`, 'i'));
		expect(cookie).not.toMatch(/;\s*Secure/i);
	});

	it('is Secure with the __Secure- prefix in production', async () => {
		const cookie = await signInCookie(true);
		expect(cookie).toMatch(/^__Secure-giro\.session_token=/);
		expect(cookie).toMatch(/;\s*Secure/i);
		expect(cookie).toMatch(/;\s*HttpOnly/i);
		expect(cookie).toMatch(/;\s*SameSite=Lax/i);
	});

	it('carries an opaque token, not the user or the role', async () => {
		const cookie = await signInCookie(false);
		const value = decodeURIComponent(cookie.split(';')[0].split('=').slice(1).join('='));
		expect(value).not.toMatch(/ana|rep|manager|"/i);
	});
});

describe('production', () => {
	it('means Secure cookies: as configured, else by the public URL, else by NODE_ENV', () => {
		expect(secureCookies({ ORIGIN: 'https://giro.exemplo.com.br' })).toBe(true);
		expect(secureCookies({ ORIGIN: 'http://192.168.0.10:3000', NODE_ENV: 'production' })).toBe(
			false
		);
		expect(secureCookies({ NODE_ENV: 'production' })).toBe(true);
		expect(secureCookies({})).toBe(false);
		expect(secureCookies({ GIRO_SECURE_COOKIES: false, ORIGIN: 'https://x.com.br' })).toBe(false);
		expect(secureCookies({ GIRO_SECURE_COOKIES: true })).toBe(true);
	});
});
