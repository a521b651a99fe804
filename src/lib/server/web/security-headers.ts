/**
 * Security headers on every response (issue #13, finding 6). Pages get their
 * Content-Security-Policy from SvelteKit's `csp` option (vite.config.ts, with a nonce for its
 * own inline script); every other answer — JSON, files, redirects, the hook's own 403 — gets a
 * locked-down one here. Nothing of Giro may be framed (the one-click "Aprovar" must not be
 * clickjacked): `frame-ancestors 'none'` and X-Frame-Options DENY.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'x-frame-options': 'DENY',
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'permissions-policy':
		'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
	'cross-origin-opener-policy': 'same-origin'
};

/** For answers that are not SvelteKit pages (those carry the `csp` option's policy). */
export const FALLBACK_CSP =
	"default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

/** The same response with the security headers (a copy when its headers are immutable). */
export function withSecurityHeaders(response: Response): Response {
	let target = response;
	try {
		apply(target.headers);
	} catch {
		target = new Response(response.body, response);
		apply(target.headers);
	}
	return target;
}

function apply(headers: Headers): void {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
	if (!headers.has('content-security-policy')) headers.set('content-security-policy', FALLBACK_CSP);
}
