import { appDatabase } from '#lib/server/db/app-database.ts';
import { portfolioOverview } from '#lib/server/views/portfolio-overview.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const db = await appDatabase();
	const user = locals.user!;
	return {
		overview: await portfolioOverview(db, user.role === 'rep' ? user.id : undefined),
		scopeLabel: user.role === 'rep' ? 'Sua carteira' : 'Carteira da empresa'
	};
};
