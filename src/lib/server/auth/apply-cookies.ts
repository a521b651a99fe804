/**
 * Hands better-auth's `Set-Cookie` values to SvelteKit, which owns the response's cookies
 * (`event.cookies`), keeping every attribute better-auth chose (httpOnly, SameSite, Secure,
 * Max-Age, path). The same translation better-auth's `sveltekitCookies` plugin does, without
 * tying the auth core to `$app/server`.
 */
import type { Cookies } from '@sveltejs/kit';
import { parseSetCookieHeader, toCookieOptions } from 'better-auth/cookies/utils';

export function applySetCookies(cookies: Cookies, setCookies: readonly string[]): void {
	for (const header of setCookies) {
		for (const [name, attributes] of parseSetCookieHeader(header)) {
			const options = toCookieOptions(attributes);
			cookies.set(name, attributes.value, {
				...options,
				// SvelteKit would otherwise default these; better-auth's choice is the truth.
				httpOnly: options.httpOnly ?? false,
				secure: options.secure ?? false,
				sameSite: options.sameSite ?? 'lax',
				path: options.path ?? '/'
			});
		}
	}
}
