/**
 * The three things the app asks of login: sign a person in with e-mail and password, tell who a
 * request belongs to, and sign out. Each answers with the `Set-Cookie` values better-auth
 * produced, for the web layer to hand to the browser (SvelteKit sets cookies through
 * `event.cookies`, see `apply-cookies.ts`).
 *
 * Sign-in goes through better-auth's own HTTP pipeline (`auth.handler`), not a bare API call,
 * so its per-IP rate limit and origin check apply to the login form too. The request is built
 * here: the client IP comes from the server (`getClientAddress`), never from a client header.
 */
import { limiterOf } from './login-limiter.ts';
import type { GiroAuth } from './create-auth.ts';

export type Role = 'rep' | 'manager';

/** Who is signed in: what `event.locals.user` holds and what every scope is built from. */
export interface SessionUser {
	id: number;
	name: string;
	email: string;
	role: Role;
}

export interface SignInRequest {
	email: string;
	password: string;
	/** The app's origin, e.g. `https://giro.example.com` (the form's own origin). */
	origin: string;
	clientIp: string;
	userAgent?: string | null;
}

export type SignInResult =
	| { ok: true; user: SessionUser; setCookies: string[] }
	| { ok: false; reason: 'invalid' | 'rate_limited'; retryAfterSeconds: number | null };

export async function signInWithPassword(
	auth: GiroAuth,
	input: SignInRequest
): Promise<SignInResult> {
	const headers = new Headers({
		'content-type': 'application/json',
		origin: input.origin,
		'x-forwarded-for': input.clientIp
	});
	if (input.userAgent) headers.set('user-agent', input.userAgent);
	const email = input.email.trim().toLowerCase();
	const limiter = limiterOf(auth);
	const wait = limiter?.retryAfter(email, input.clientIp) ?? 0;
	if (wait > 0) return { ok: false, reason: 'rate_limited', retryAfterSeconds: wait };
	const response = await auth.handler(
		new Request(`${input.origin}/api/auth/sign-in/email`, {
			method: 'POST',
			headers,
			body: JSON.stringify({
				email,
				password: input.password,
				rememberMe: true
			})
		})
	);
	if (response.status === 429) {
		const retry = Number(response.headers.get('x-retry-after'));
		return {
			ok: false,
			reason: 'rate_limited',
			retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? retry : null
		};
	}
	// 400 (malformed e-mail), 401 (unknown e-mail, wrong password, inactive user): one answer,
	// so the form never tells which e-mails exist.
	if (response.status >= 400 && response.status < 500) {
		limiter?.failed(email, input.clientIp);
		return { ok: false, reason: 'invalid', retryAfterSeconds: null };
	}
	if (!response.ok) throw new Error(`better-auth sign-in answered ${response.status}`);
	const body = (await response.json()) as { user: Record<string, unknown> };
	const user = toSessionUser(body.user);
	if (!user) throw new Error('better-auth sign-in returned a user without a valid role');
	limiter?.succeeded(email, input.clientIp);
	return { ok: true, user, setCookies: response.headers.getSetCookie() };
}

/**
 * The signed-in user of a request, or null (no cookie, expired or revoked session, inactive
 * user). `setCookies` carries a refreshed session cookie when better-auth extended it.
 */
export async function sessionUser(
	auth: GiroAuth,
	requestHeaders: Headers
): Promise<{ user: SessionUser | null; setCookies: string[] }> {
	const { headers, response } = await auth.api.getSession({
		headers: requestHeaders,
		returnHeaders: true
	});
	const setCookies = headers?.getSetCookie() ?? [];
	const user = response?.user ? toSessionUser(response.user) : null;
	return { user, setCookies };
}

/** Revokes the request's session (its row is deleted) and returns the cookies that clear it. */
export async function signOut(auth: GiroAuth, requestHeaders: Headers): Promise<string[]> {
	try {
		const { headers } = await auth.api.signOut({ headers: requestHeaders, returnHeaders: true });
		return headers?.getSetCookie() ?? [];
	} catch {
		// No session to revoke: nothing to clear on the server side.
		return [];
	}
}

function toSessionUser(raw: Record<string, unknown>): SessionUser | null {
	const id = Number(raw.id);
	const role = raw.role;
	if (!Number.isInteger(id) || (role !== 'rep' && role !== 'manager')) return null;
	if (raw.active === false) return null;
	return { id, name: String(raw.name), email: String(raw.email), role };
}
