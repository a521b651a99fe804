import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { DEFAULT_ENGINE_CONFIG } from '#lib/server/domain/portfolio/engine-config.ts';
import { callTool } from '#lib/server/web/call-tool.ts';
import { pageContext } from '#lib/server/web/page-context.ts';
import { getCustomerProfile } from '#lib/server/tools/customers/get-customer-profile.ts';
import { listInteractions } from '#lib/server/tools/customers/list-interactions.ts';
import type { PageServerLoad } from './$types';

/** One text for "no such customer" and "another rep's customer": nothing leaks. */
const NOT_FOUND = 'Cliente não encontrado.';
const Id = z.coerce.number().int().positive().max(2_147_483_647);
const HISTORY = 20;

export const load: PageServerLoad = async ({ locals, params }) => {
	const id = Id.safeParse(params.id);
	if (!id.success) error(404, NOT_FOUND);
	const { asOf, tools } = await pageContext(locals);
	const options = { notFound: NOT_FOUND };
	// The profile checks access first; the history only runs for a customer the user may see.
	const profile = await callTool(getCustomerProfile, { customerId: id.data }, tools, options);
	const history = await callTool(
		listInteractions,
		{ customerId: id.data, limit: HISTORY, includeNotes: true },
		tools,
		options
	);
	return {
		asOf,
		profile,
		history,
		thresholds: {
			activeMaxRatio: DEFAULT_ENGINE_CONFIG.state.activeMaxRatio,
			atRiskMaxRatio: DEFAULT_ENGINE_CONFIG.state.atRiskMaxRatio
		}
	};
};
