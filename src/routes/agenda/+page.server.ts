import { addDays, dayOfWeek, todayInSaoPaulo } from '#lib/server/domain/calendar/iso-date.ts';
import { appDatabase } from '#lib/server/db/app-database.ts';
import { followUpAgenda } from '#lib/server/views/follow-up-agenda.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const asOf = todayInSaoPaulo(new Date());
	// "Esta semana" runs to Sunday: Monday = 1 … Sunday = 0 in dayOfWeek.
	const weekEnd = addDays(asOf, (7 - dayOfWeek(asOf)) % 7);
	return { asOf, ...(await followUpAgenda(await appDatabase(), asOf, weekEnd)) };
};
