/**
 * The running app's login: one better-auth instance per process (kept on `globalThis`, like
 * the database, so Vite's hot reload never builds a second one with a second rate-limit
 * memory), on the app database and the app secret.
 */
import { appEnv } from '../app-env.ts';
import type { Env } from '../config.ts';
import { appDatabase } from '../db/app-database.ts';
import { appSecret } from '../secret.ts';
import { createAuth, type GiroAuth } from './create-auth.ts';

const KEY = Symbol.for('giro.app-auth');
type Holder = { [KEY]?: Promise<GiroAuth> };

export function appAuth(): Promise<GiroAuth> {
	const holder = globalThis as Holder;
	holder[KEY] ??= startAuth(appEnv()).catch((error) => {
		delete holder[KEY];
		throw error;
	});
	return holder[KEY];
}

/** Secure cookies: as configured, else by the public URL's scheme, else in production. */
export function secureCookies(
	env: Pick<Env, 'GIRO_SECURE_COOKIES' | 'ORIGIN' | 'NODE_ENV'>
): boolean {
	if (env.GIRO_SECURE_COOKIES !== undefined) return env.GIRO_SECURE_COOKIES;
	if (env.ORIGIN) return env.ORIGIN.startsWith('https://');
	return env.NODE_ENV === 'production';
}

async function startAuth(env: Env): Promise<GiroAuth> {
	const db = await appDatabase();
	return createAuth({
		db,
		secret: await appSecret(db, env),
		secureCookies: secureCookies(env),
		baseURL: env.ORIGIN,
		loginAttemptsPerMinute: env.GIRO_LOGIN_ATTEMPTS_PER_MINUTE
	});
}
