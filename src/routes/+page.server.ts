import { appDatabase } from '#lib/server/db/app-database.ts';
import { portfolioOverview } from '#lib/server/views/portfolio-overview.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const db = await appDatabase();
	return { overview: await portfolioOverview(db) };
};
