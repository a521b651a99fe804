/**
 * The way back after login (`/login?next=/clientes/42`): only a path of this app, never an
 * absolute or protocol-relative URL — otherwise the login page would be an open redirect.
 */

export function safeNext(next: string | null | undefined): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
	if ([...next].some((ch) => ch.charCodeAt(0) < 0x20) || next.startsWith('/login')) return '/';
	return next;
}

/** `/login`, with `next` unless the way back is the home page. */
export function loginPath(next: string): string {
	const back = safeNext(next);
	return back === '/' ? '/login' : `/login?next=${encodeURIComponent(back)}`;
}
