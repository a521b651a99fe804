/**
 * The documented demo logins (README "Contas de demonstração"): every user in `users` gets a
 * better-auth credential account with the password `giro-demo`, hashed by better-auth's own
 * hasher (scrypt, a fresh salt per user). Idempotent: users that already have a credential keep
 * it, so a password changed by hand survives a re-seed. Demo e-mails are lower case, as
 * better-auth looks e-mails up in lower case.
 */
import { hashPassword } from 'better-auth/crypto';
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '../db/client.ts';
import { authAccounts } from '../db/schema.ts';

export const DEMO_PASSWORD = 'giro-demo';

/** Creates the missing credential accounts; returns how many it created. */
export async function createDemoAccounts(
	db: GiroDatabase,
	options: { password?: string } = {}
): Promise<number> {
	const password = options.password ?? DEMO_PASSWORD;
	const missing = await db.rows<{ id: number }>(sql`
		select u.id from users u
		where not exists (
			select 1 from auth_accounts a where a.user_id = u.id and a.provider_id = 'credential')
		order by u.id`);
	if (missing.length === 0) return 0;
	const rows = await Promise.all(
		missing.map(async (u) => ({
			userId: u.id,
			providerId: 'credential',
			// better-auth matches a credential account to its user by this text id.
			accountId: String(u.id),
			password: await hashPassword(password)
		}))
	);
	const inserted = await db.orm
		.insert(authAccounts)
		.values(rows)
		.onConflictDoNothing()
		.returning({ id: authAccounts.id });
	return inserted.length;
}
