import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { appDatabase } from '#lib/server/db/app-database.ts';
import { customerSummary } from '#lib/server/views/customer-summary.ts';
import type { PageServerLoad } from './$types';

const Id = z.coerce.number().int().positive();

export const load: PageServerLoad = async ({ params }) => {
	const id = Id.safeParse(params.id);
	if (!id.success) error(404, 'Cliente não encontrado');
	const summary = await customerSummary(await appDatabase(), id.data);
	if (!summary) error(404, 'Cliente não encontrado');
	return summary;
};
