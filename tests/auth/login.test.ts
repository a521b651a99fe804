/**
 * Login on a real (in-memory PGlite) database: demo credentials hashed with better-auth's
 * scrypt, sign-in through better-auth's HTTP pipeline, the session cookie's flags, the session
 * read back, sign-out, inactive users refused, and the per-IP limit on attempts.
 */
import { verifyPassword } from 'better-auth/crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth, type GiroAuth } from '#lib/server/auth/create-auth.ts';
import { createDemoAccounts, DEMO_PASSWORD } from '#lib/server/auth/demo-accounts.ts';
import { sessionUser, signInWithPassword, signOut } from '#lib/server/auth/session.ts';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { users } from '#lib/server/db/schema.ts';
import { freshPglite } from '../support/databases.ts';

const ORIGIN = 'http://127.0.0.1:5173';
const SECRET = 'test-secret-for-auth-tests-0123456789abcdef';

let db: GiroDatabase;
let auth: GiroAuth;

beforeAll(async () => {
	db = await freshPglite();
	await db.orm.insert(users).values([
		{ id: 1, name: 'Ana Souza', email: 'ana.souza@giro.demo', role: 'rep' },
		{ id: 2, name: 'Patrícia Mendes', email: 'patricia.mendes@giro.demo', role: 'manager' },
		{ id: 3, name: 'Ex Vendedor', email: 'ex@giro.demo', role: 'rep', active: false }
	]);
	await createDemoAccounts(db);
	auth = createAuth({
		db,
		secret: SECRET,
		baseURL: ORIGIN,
		secureCookies: false,
		loginAttemptsPerMinute: 0
	});
});

afterAll(async () => {
	await db?.close();
});

const signIn = (email: string, password: string, on: GiroAuth = auth, clientIp = '10.0.0.1') =>
	signInWithPassword(on, { email, password, origin: ORIGIN, clientIp, userAgent: 'vitest' });

/** The request headers a browser would send back after these Set-Cookie values. */
function cookieHeader(setCookies: string[]): Headers {
	const pairs = setCookies.map((c) => c.split(';')[0]);
	return new Headers({ cookie: pairs.join('; ') });
}

describe('passwords', () => {
	it('stores only a scrypt hash of the demo password, one salt per user', async () => {
		const rows = await db.rows<{ userId: number; password: string }>(sql`
			select user_id as "userId", password from auth_accounts
			where provider_id = 'credential' order by user_id`);
		expect(rows.map((r) => r.userId)).toEqual([1, 2, 3]);
		for (const row of rows) {
			expect(row.password).not.toContain(DEMO_PASSWORD);
			expect(row.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
			expect(await verifyPassword({ hash: row.password, password: DEMO_PASSWORD })).toBe(true);
			expect(await verifyPassword({ hash: row.password, password: 'giro-demo!' })).toBe(false);
		}
		expect(new Set(rows.map((r) => r.password.split(':')[0])).size).toBe(rows.length);
	});

	it('creates demo accounts once (a second run adds nothing)', async () => {
		expect(await createDemoAccounts(db)).toBe(0);
		const [{ n }] = await db.rows<{ n: number }>(sql`select count(*)::int as n from auth_accounts`);
		expect(n).toBe(3);
	});
});

describe('sign-in', () => {
	it('signs a rep in and reads the session back with role and numeric id', async () => {
		const result = await signIn('Ana.Souza@giro.demo', DEMO_PASSWORD);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.user).toEqual({
			id: 1,
			name: 'Ana Souza',
			email: 'ana.souza@giro.demo',
			role: 'rep'
		});
		const session = await sessionUser(auth, cookieHeader(result.setCookies));
		expect(session.user).toEqual(result.user);
		const [row] = await db.rows<{ userId: number; ip: string; ua: string }>(sql`
			select user_id as "userId", ip_address as ip, user_agent as ua from auth_sessions`);
		expect(row).toEqual({ userId: 1, ip: '10.0.0.1', ua: 'vitest' });
	});

	it('refuses a wrong password, an unknown e-mail and an inactive user with the same answer', async () => {
		const refused = { ok: false, reason: 'invalid', retryAfterSeconds: null };
		expect(await signIn('ana.souza@giro.demo', 'errada-123')).toEqual(refused);
		expect(await signIn('ninguem@giro.demo', DEMO_PASSWORD)).toEqual(refused);
		expect(await signIn('ex@giro.demo', DEMO_PASSWORD)).toEqual(refused);
		expect(await signIn('não é e-mail', DEMO_PASSWORD)).toEqual(refused);
	});

	it('has no session without a cookie or with a forged one', async () => {
		expect((await sessionUser(auth, new Headers())).user).toBeNull();
		const forged = new Headers({ cookie: 'giro.session_token=abc.def' });
		expect((await sessionUser(auth, forged)).user).toBeNull();
	});

	it('signs out: the session row is deleted and the cookie cleared', async () => {
		const result = await signIn('patricia.mendes@giro.demo', DEMO_PASSWORD);
		if (!result.ok) throw new Error('sign-in failed');
		const headers = cookieHeader(result.setCookies);
		expect((await sessionUser(auth, headers)).user?.role).toBe('manager');
		const cleared = await signOut(auth, headers);
		expect(cleared.join('\n')).toMatch(/giro\.session_token=;.*Max-Age=0/i);
		expect((await sessionUser(auth, headers)).user).toBeNull();
	});

	it('limits attempts per IP and minute', async () => {
		const limited = createAuth({
			db,
			secret: SECRET,
			secureCookies: false,
			loginAttemptsPerMinute: 3
		});
		for (let i = 0; i < 3; i++)
			expect((await signIn('ana.souza@giro.demo', 'errada-123', limited, '10.9.9.9')).ok).toBe(
				false
			);
		const blocked = await signIn('ana.souza@giro.demo', DEMO_PASSWORD, limited, '10.9.9.9');
		expect(blocked).toMatchObject({ ok: false, reason: 'rate_limited' });
		// Another address is not blocked by the first one's attempts.
		expect((await signIn('ana.souza@giro.demo', DEMO_PASSWORD, limited, '10.9.9.10')).ok).toBe(
			true
		);
	});
});
