import { todayInSaoPaulo } from '#lib/server/domain/calendar/iso-date.ts';
import { appDatabase } from '#lib/server/db/app-database.ts';
import { portfolioBreakdown } from '#lib/server/views/portfolio-breakdown.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const asOf = todayInSaoPaulo(new Date());
	return { asOf, ...(await portfolioBreakdown(await appDatabase(), asOf)) };
};
