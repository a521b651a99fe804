import { loadCarteira } from '#lib/server/web/carteira/load-carteira.ts';
import { pageContext } from '#lib/server/web/page-context.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) =>
	loadCarteira(await pageContext(locals), url);
