/**
 * Authorization by route, not by path text (issue #13, finding 1). SvelteKit routes the
 * percent-decoded path, so comparing `url.pathname` with '/importar' let `/%69mportar` through.
 * The guard is keyed on `event.route.id` — the route SvelteKit actually chose, the same for
 * every spelling of a URL (encoded letters, trailing slash, `__data.json`) — and each
 * manager-only page and endpoint also calls `requireManager` itself (defense in depth).
 */
import { error } from '@sveltejs/kit';
import type { SessionUser } from './session.ts';

/**
 * Route ids (and their subtrees) only a manager may open, each with the pt-BR refusal a rep
 * gets: importing changes the whole company's data; the automation settings change every rep's
 * list (SPEC "Who sees what": imports and settings are for managers only).
 */
export const MANAGER_ONLY_ROUTES: Readonly<Record<string, string>> = {
	'/importar': 'Só gestores podem importar dados.',
	'/automacao': 'Só gestores configuram os follow-ups automáticos.'
};

/** The refusal for a rep when `routeId` is manager-only, else null. */
export function managerOnlyRefusal(routeId: string | null | undefined): string | null {
	if (!routeId) return null;
	for (const [root, message] of Object.entries(MANAGER_ONLY_ROUTES))
		if (routeId === root || routeId.startsWith(`${root}/`)) return message;
	return null;
}

export function isManagerOnlyRoute(routeId: string | null | undefined): boolean {
	return managerOnlyRefusal(routeId) !== null;
}

export const MANAGER_ONLY_MESSAGE = MANAGER_ONLY_ROUTES['/importar'];

/** The signed-in manager, or 403 (401 for nobody): for every manager-only load and endpoint. */
export function requireManager(locals: { user: SessionUser | null }): SessionUser {
	const user = locals.user;
	if (!user) error(401, 'Sessão ausente ou expirada: faça login no Giro.');
	if (user.role !== 'manager') error(403, MANAGER_ONLY_MESSAGE);
	return user;
}
