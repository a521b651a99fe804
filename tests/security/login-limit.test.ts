/**
 * The login limit counts failures, not sign-ins (issue #13, finding 7): twelve people behind
 * one office IP sign in at 8:00 without being locked out; brute force on one account is still
 * stopped (also its correct password, from that address); during that lock, other accounts'
 * correct passwords are accepted; a success resets the account's count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth, type GiroAuth } from '#lib/server/auth/create-auth.ts';
import { createDemoAccounts, DEMO_PASSWORD } from '#lib/server/auth/demo-accounts.ts';
import { signInWithPassword } from '#lib/server/auth/session.ts';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { users } from '#lib/server/db/schema.ts';
import { freshPglite } from '../support/databases.ts';

const ORIGIN = 'http://127.0.0.1:5173';
const OFFICE = '200.1.2.3';
const PEOPLE = Array.from({ length: 12 }, (_, i) => `pessoa${i + 1}@giro.demo`);

let db: GiroDatabase;
const auth = (): GiroAuth =>
	createAuth({
		db,
		secret: 'test-secret-for-login-limit-0123456789abcdef',
		baseURL: ORIGIN,
		secureCookies: false,
		loginAttemptsPerMinute: 5
	});

beforeAll(async () => {
	db = await freshPglite();
	await db.orm.insert(users).values(
		PEOPLE.map((email, i) => ({
			id: i + 1,
			name: `Pessoa ${i + 1}`,
			email,
			role: 'rep' as const
		}))
	);
	await createDemoAccounts(db);
});
afterAll(() => db?.close());

const signIn = (on: GiroAuth, email: string, password: string, ip = OFFICE) =>
	signInWithPassword(on, { email, password, origin: ORIGIN, clientIp: ip, userAgent: 'vitest' });

describe('login limit', () => {
	it('lets twelve people behind one IP sign in, twice each', async () => {
		const office = auth();
		for (let round = 0; round < 2; round++)
			for (const email of PEOPLE)
				expect((await signIn(office, email, DEMO_PASSWORD)).ok, `${email} #${round}`).toBe(true);
	});

	it('stops brute force on one account; other accounts still get in', async () => {
		const office = auth();
		const [victim, ...others] = PEOPLE;
		for (let i = 0; i < 5; i++)
			expect((await signIn(office, victim, `errada-${i}`)).ok).toBe(false);
		for (let i = 0; i < 20; i++)
			expect(await signIn(office, victim, `errada-x${i}`)).toMatchObject({
				ok: false,
				reason: 'rate_limited'
			});
		expect(await signIn(office, victim, DEMO_PASSWORD)).toMatchObject({
			ok: false,
			reason: 'rate_limited'
		});
		for (const email of others.slice(0, 6))
			expect((await signIn(office, email, DEMO_PASSWORD)).ok, email).toBe(true);
	});

	it('a success resets the account count', async () => {
		const office = auth();
		const email = PEOPLE[3];
		for (let round = 0; round < 3; round++) {
			for (let i = 0; i < 4; i++) expect((await signIn(office, email, 'errada-1')).ok).toBe(false);
			expect((await signIn(office, email, DEMO_PASSWORD)).ok).toBe(true);
		}
	});
});
