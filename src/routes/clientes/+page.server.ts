import { error } from '@sveltejs/kit';
import { appDatabase } from '#lib/server/db/app-database.ts';
import { CustomerDirectoryQuery, customerDirectory } from '#lib/server/views/customer-directory.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const parsed = CustomerDirectoryQuery.safeParse(Object.fromEntries(url.searchParams));
	if (!parsed.success) error(400, parsed.error.issues.map((i) => i.message).join('; '));
	return { query: parsed.data, ...(await customerDirectory(await appDatabase(), parsed.data)) };
};
