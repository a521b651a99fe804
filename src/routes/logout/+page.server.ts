import { redirect } from '@sveltejs/kit';
import { applySetCookies } from '#lib/server/auth/apply-cookies.ts';
import { appAuth } from '#lib/server/auth/app-auth.ts';
import { signOut } from '#lib/server/auth/session.ts';
import type { Actions, PageServerLoad } from './$types';

/** Logging out is a POST (a link or prefetch must never end a session). */
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ request, cookies }) => {
		applySetCookies(cookies, await signOut(await appAuth(), request.headers));
		redirect(303, '/login');
	}
};
