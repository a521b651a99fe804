/**
 * Login for reps and managers (SPEC "Who sees what"), with better-auth on our own database:
 * e-mail + password, passwords hashed with scrypt, sessions as opaque random tokens in
 * `auth_sessions` behind an httpOnly, SameSite=Lax cookie (Secure in production). Better-auth's
 * `user` model *is* our `users` table, on its numeric ids, so a session user is the same id the
 * tools scope by. Accounts are created by the administrator or the demo seed, never by
 * sign-up: open sign-up is disabled, and the role is not an input. Nothing here imports
 * SvelteKit; `app-auth.ts` wires it to the running app. Why better-auth: see README.md.
 */
import { createHmac } from 'node:crypto';
import { betterAuth } from 'better-auth/minimal';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { eq } from 'drizzle-orm';
import type { GiroDatabase } from '../db/client.ts';
import { attachLimiter, LoginLimiter } from './login-limiter.ts';
import { authAccounts, authSessions, authVerifications, users } from '../db/schema.ts';

export interface AuthOptions {
	db: GiroDatabase;
	/** The app secret (`appSecret`); better-auth gets a key derived from it. */
	secret: string;
	/** `Secure` cookies with the `__Secure-` prefix: true in production (HTTPS). */
	secureCookies: boolean;
	/** The app's public URL (`ORIGIN`); without it better-auth derives it from each request. */
	baseURL?: string;
	/** Login attempts per IP and minute before 429 (better-auth's limiter); 0 turns it off. */
	loginAttemptsPerMinute?: number;
}

export const SESSION_DAYS = 7;
export const COOKIE_PREFIX = 'giro';

/** Domain separation: the key that signs cookies is not the one that signs tool tokens. */
export function authKey(secret: string): string {
	return createHmac('sha256', secret).update('giro/better-auth/v1').digest('base64url');
}

export function createAuth(options: AuthOptions) {
	const { db } = options;
	const attempts = options.loginAttemptsPerMinute ?? 10;
	const auth = betterAuth({
		appName: 'Giro',
		secret: authKey(options.secret),
		baseURL: options.baseURL,
		basePath: '/api/auth',
		telemetry: { enabled: false },
		database: drizzleAdapter(db.orm, {
			provider: 'pg',
			schema: {
				user: users,
				session: authSessions,
				account: authAccounts,
				verification: authVerifications
			}
		}),
		emailAndPassword: {
			enabled: true,
			disableSignUp: true,
			minPasswordLength: 8
		},
		user: {
			additionalFields: {
				role: { type: 'string', required: true, input: false },
				active: { type: 'boolean', required: false, input: false, defaultValue: true }
			}
		},
		session: {
			expiresIn: SESSION_DAYS * 24 * 60 * 60,
			updateAge: 24 * 60 * 60
		},
		// Failures are limited by LoginLimiter (login-limiter.ts); better-auth's own limiter
		// counts every request, successes included, so it only guards against floods here.
		rateLimit: {
			enabled: attempts > 0,
			storage: 'memory',
			customRules: { '/sign-in/email': { window: 60, max: Math.max(1, attempts) * 60 } }
		},
		advanced: {
			cookiePrefix: COOKIE_PREFIX,
			useSecureCookies: options.secureCookies,
			defaultCookieAttributes: {
				httpOnly: true,
				sameSite: 'lax',
				secure: options.secureCookies,
				path: '/'
			},
			database: { generateId: 'serial' }
		},
		databaseHooks: {
			// Belt and braces with disableSignUp: no door of better-auth creates people.
			user: { create: { before: async () => false } },
			// A deactivated rep keeps their row (history, audit) but cannot open a session.
			session: {
				create: {
					before: async (session) => {
						const [user] = await db.orm
							.select({ active: users.active })
							.from(users)
							.where(eq(users.id, Number(session.userId)));
						return Boolean(user?.active);
					}
				}
			}
		}
	});
	if (attempts > 0)
		attachLimiter(auth, new LoginLimiter({ perAccountIp: attempts, windowMs: 15 * 60_000 }));
	return auth;
}

export type GiroAuth = ReturnType<typeof createAuth>;
