/**
 * Authorization by route, not by path text (issue #13, finding 1). SvelteKit routes the
 * percent-decoded path, so comparing `url.pathname` with '/importar' let `/%69mportar` through.
 * The guard is keyed on `event.route.id` — the route SvelteKit actually chose, the same for
 * every spelling of a URL (encoded letters, trailing slash, `__data.json`) — and each
 * manager-only page and endpoint also calls `requireManager` itself (defense in depth).
 */
import { error } from '@sveltejs/kit';
import type { SessionUser } from './session.ts';

/** Route ids (and their subtrees) only a manager may open. */
export const MANAGER_ONLY_ROUTES: readonly string[] = ['/importar'];

export function isManagerOnlyRoute(routeId: string | null | undefined): boolean {
	if (!routeId) return false;
	return MANAGER_ONLY_ROUTES.some((root) => routeId === root || routeId.startsWith(`${root}/`));
}

export const MANAGER_ONLY_MESSAGE = 'Só gestores podem importar dados.';

/** The signed-in manager, or 403 (401 for nobody): for every manager-only load and endpoint. */
export function requireManager(locals: { user: SessionUser | null }): SessionUser {
	const user = locals.user;
	if (!user) error(401, 'Sessão ausente ou expirada: faça login no Giro.');
	if (user.role !== 'manager') error(403, MANAGER_ONLY_MESSAGE);
	return user;
}
