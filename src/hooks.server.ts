import { error, redirect } from '@sveltejs/kit';
import type { Handle, ServerInit } from '@sveltejs/kit/hooks';
import { applySetCookies } from '#lib/server/auth/apply-cookies.ts';
import { appAuth } from '#lib/server/auth/app-auth.ts';
import { sessionUser } from '#lib/server/auth/session.ts';
import { loginPath } from '#lib/server/auth/safe-next.ts';
import { appDatabase } from '#lib/server/db/app-database.ts';

/** Open, migrate and (on a fresh embedded database) seed before the first request. */
export const init: ServerInit = async () => {
	await appDatabase();
	await appAuth();
};

/** What anyone may open: the login page (and the browser's automatic icon/robots requests). */
const PUBLIC_PATHS = new Set(['/login', '/favicon.ico', '/robots.txt']);

/**
 * Who is asking, on every request: `locals.user` from the session cookie (better-auth), then
 * the gate — an API call without a session gets 401 JSON, a page gets sent to /login with the
 * way back in `next`. Scope is decided later, from `locals.user`, by each page and tool.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const auth = await appAuth();
	const { user, setCookies } = await sessionUser(auth, event.request.headers);
	applySetCookies(event.cookies, setCookies);
	event.locals.user = user;
	const path = event.url.pathname;
	// Importing changes the whole company's data: managers only (page and its endpoints).
	if (user && user.role !== 'manager' && (path === '/importar' || path.startsWith('/importar/')))
		error(403, 'Só gestores podem importar dados.');
	// A calendar feed authenticates by its secret URL (calendar apps send no cookie).
	if (user || PUBLIC_PATHS.has(path) || path.startsWith('/calendario/')) return resolve(event);
	if (path === '/api' || path.startsWith('/api/'))
		return Response.json(
			{ error: 'unauthenticated', message: 'Sessão ausente ou expirada: faça login no Giro.' },
			{ status: 401, headers: { 'cache-control': 'no-store' } }
		);
	redirect(303, loginPath(path + event.url.search));
};
