import type { RequestEvent } from '@sveltejs/kit';
import type { Handle, ServerInit } from '@sveltejs/kit/hooks';
import { applySetCookies } from '#lib/server/auth/apply-cookies.ts';
import { appAuth } from '#lib/server/auth/app-auth.ts';
import { isManagerOnlyRoute, MANAGER_ONLY_MESSAGE } from '#lib/server/auth/route-guard.ts';
import { sessionUser } from '#lib/server/auth/session.ts';
import { loginPath } from '#lib/server/auth/safe-next.ts';
import { appDatabase } from '#lib/server/db/app-database.ts';
import { withSecurityHeaders } from '#lib/server/web/security-headers.ts';

/** Open, migrate and (on a fresh embedded database) seed before the first request. */
export const init: ServerInit = async () => {
	await appDatabase();
	await appAuth();
};

/** What anyone may open: the login page (and the browser's automatic icon/robots requests). */
const PUBLIC_PATHS = new Set(['/login', '/favicon.ico', '/robots.txt']);

/** 403 as JSON for endpoints and `__data.json`, as a short pt-BR page for a browser. */
function forbidden(event: RequestEvent, message: string): Response {
	const wantsHtml =
		event.request.headers.get('accept')?.includes('text/html') &&
		!event.url.pathname.endsWith('/__data.json');
	if (!wantsHtml)
		return Response.json(
			{ error: 'forbidden', message },
			{ status: 403, headers: { 'cache-control': 'no-store' } }
		);
	const html = `<!doctype html><html lang="pt-BR"><meta charset="utf-8"><title>Acesso negado — Giro</title><main><h1>Acesso negado</h1><p>${message}</p><p><a href="/">Voltar ao início</a></p></main></html>`;
	return new Response(html, {
		status: 403,
		headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }
	});
}

/** A response the hook answers itself (not through `resolve`) still sends the session's cookies. */
function withCookies(response: Response, setCookies: readonly string[]): Response {
	for (const cookie of setCookies) response.headers.append('set-cookie', cookie);
	return response;
}

/**
 * Who is asking, on every request: `locals.user` from the session cookie (better-auth), then
 * the gate — an API call without a session gets 401 JSON, a page gets sent to /login with the
 * way back in `next`; a manager-only route (by `event.route.id`, whatever the URL's spelling)
 * answers 403 to a rep. Scope is decided later, from `locals.user`, by each page and tool.
 */
const gate: Handle = async ({ event, resolve }) => {
	const auth = await appAuth();
	const { user, setCookies } = await sessionUser(auth, event.request.headers);
	applySetCookies(event.cookies, setCookies);
	event.locals.user = user;
	const path = event.url.pathname;
	// Importing changes the whole company's data: managers only (page and its endpoints). Keyed
	// on the route SvelteKit chose, never on the path text (`/%69mportar` is the same route).
	if (user && user.role !== 'manager' && isManagerOnlyRoute(event.route.id))
		return withCookies(forbidden(event, MANAGER_ONLY_MESSAGE), setCookies);
	if (user || PUBLIC_PATHS.has(path)) return resolve(event);
	if (path === '/api' || path.startsWith('/api/'))
		return Response.json(
			{ error: 'unauthenticated', message: 'Sessão ausente ou expirada: faça login no Giro.' },
			{ status: 401, headers: { 'cache-control': 'no-store' } }
		);
	const toLogin = new Response(null, {
		status: 303,
		headers: { location: loginPath(path + event.url.search) }
	});
	return withCookies(toLogin, setCookies);
};

/** Every answer, whatever the gate decided, carries the security headers. */
export const handle: Handle = async (input) => withSecurityHeaders(await gate(input));
