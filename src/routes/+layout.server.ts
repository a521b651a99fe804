import type { LayoutServerLoad } from './$types';

/** The signed-in user for the shell (name, role); null on the login page. */
export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user ? { name: locals.user.name, role: locals.user.role } : null
});
