import { error } from '@sveltejs/kit';
import { assessPortfolio } from '#lib/server/domain/portfolio/assess-portfolio.ts';
import { repFilter, repOptions } from '#lib/server/web/filter-options.ts';
import { pageContext } from '#lib/server/web/page-context.ts';
import { CustomerDirectoryQuery, customerDirectory } from '#lib/server/web/customer-directory.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	// An empty field of the GET form means "no filter".
	const params = [...url.searchParams].filter(([, value]) => value.trim() !== '');
	const parsed = CustomerDirectoryQuery.safeParse(Object.fromEntries(params));
	if (!parsed.success) error(400, parsed.error.issues.map((i) => i.message).join('; '));
	const { db, user, asOf } = await pageContext(locals);
	const reps = await repOptions(db, user);
	const repId = repFilter(user, url.searchParams.get('vendedor'), reps);
	const directory = await customerDirectory(db, parsed.data, repId === undefined ? {} : { repId });
	// The state of the listed customers, from the engine (prospects included).
	const assessed = directory.rows.length
		? await assessPortfolio(db, {
				asOf,
				scope: { customerIds: directory.rows.map((r) => r.id) },
				includeProspects: true
			})
		: [];
	const states = new Map(assessed.map((a) => [a.customerId, a.state]));
	return {
		role: user.role,
		reps,
		repId: repId ?? null,
		query: parsed.data,
		...directory,
		rows: directory.rows.map((r) => ({ ...r, state: states.get(r.id) ?? 'prospect' }))
	};
};
