import { fail, redirect } from '@sveltejs/kit';
import { applySetCookies } from '#lib/server/auth/apply-cookies.ts';
import { appAuth } from '#lib/server/auth/app-auth.ts';
import { DEMO_PASSWORD } from '#lib/server/auth/demo-accounts.ts';
import { safeNext } from '#lib/server/auth/safe-next.ts';
import { signInWithPassword } from '#lib/server/auth/session.ts';
import { appDatabase } from '#lib/server/db/app-database.ts';
import { readDemoFacts } from '#lib/server/demo/demo-meta.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const next = safeNext(url.searchParams.get('next'));
	if (locals.user) redirect(303, next);
	// The demo logins are shown only on a database that holds the demo portfolio.
	const demo = (await readDemoFacts(await appDatabase())) !== null;
	return {
		next,
		demo: demo
			? {
					password: DEMO_PASSWORD,
					rep: 'ana.souza@giro.demo',
					manager: 'patricia.mendes@giro.demo'
				}
			: null
	};
};

export const actions: Actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const email = String(form.get('email') ?? '').trim();
		const password = String(form.get('password') ?? '');
		const next = safeNext(String(form.get('next') ?? ''));
		if (email === '')
			return fail(400, { email, invalid: 'email' as const, error: 'Informe seu e-mail.' });
		if (password === '')
			return fail(400, { email, invalid: 'password' as const, error: 'Informe sua senha.' });
		const result = await signInWithPassword(await appAuth(), {
			email,
			password,
			origin: event.url.origin,
			clientIp: event.getClientAddress(),
			userAgent: event.request.headers.get('user-agent')
		});
		if (!result.ok) {
			const wait = result.retryAfterSeconds;
			return fail(result.reason === 'rate_limited' ? 429 : 400, {
				email,
				invalid: 'both' as const,
				error:
					result.reason === 'rate_limited'
						? `Muitas tentativas seguidas. Espere ${wait ? `${wait} segundos` : 'um minuto'} e tente de novo.`
						: 'E-mail ou senha incorretos.'
			});
		}
		applySetCookies(event.cookies, result.setCookies);
		redirect(303, next);
	}
};
