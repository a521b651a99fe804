import type { ServerInit } from '@sveltejs/kit/hooks';
import { appDatabase } from '#lib/server/db/app-database.ts';

/** Open, migrate and (on a fresh embedded database) seed before the first request. */
export const init: ServerInit = async () => {
	await appDatabase();
};
