import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { chooseModel } from '#lib/server/chat/choose-model.ts';
import { draftWriterFor } from '#lib/server/chat/draft-writer.ts';
import { appEnv } from '#lib/server/app-env.ts';
import { runTool } from '#lib/server/tools/run-tool.ts';
import { draftFollowUp } from '#lib/server/tools/follow-ups/draft-follow-up.ts';
import type { DraftOutput } from '#lib/server/tools/follow-ups/draft-output.ts';
import { DEFAULT_ENGINE_CONFIG } from '#lib/server/domain/portfolio/engine-config.ts';
import { callTool } from '#lib/server/web/call-tool.ts';
import { pageContext } from '#lib/server/web/page-context.ts';
import { getCustomerProfile } from '#lib/server/tools/customers/get-customer-profile.ts';
import { listInteractions } from '#lib/server/tools/customers/list-interactions.ts';
import type { Actions, PageServerLoad } from './$types';

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

const DraftForm = z.object({
	channel: z.enum(['whatsapp', 'email', 'phone']).optional(),
	purpose: z.enum(['commercial', 'service', 'post_sale', 'reactivation']).optional(),
	contactId: z.coerce.number().int().positive().optional()
});

export const actions: Actions = {
	/** "Preparar mensagem": draft_follow_up for this customer; the page shows it in a DraftCard. */
	draft: async ({ locals, params, request }) => {
		const id = Id.safeParse(params.id);
		if (!id.success) error(404, NOT_FOUND);
		const form = Object.fromEntries(
			[...(await request.formData()).entries()].filter(([, v]) => v !== '')
		);
		const input = DraftForm.safeParse(form);
		if (!input.success)
			return fail(400, { draftError: 'Escolha um canal, um objetivo e um contato válidos.' });
		const { tools } = await pageContext(locals);
		const draftWriter = draftWriterFor(chooseModel(appEnv()), { abortSignal: request.signal });
		const outcome = await runTool(
			draftFollowUp,
			{ ...input.data, customerId: id.data },
			{ ...tools, draftWriter }
		);
		if (!outcome.ok) {
			if (outcome.code === 'not_found' || outcome.code === 'not_in_portfolio')
				error(404, NOT_FOUND);
			return fail(400, { draftError: outcome.message });
		}
		return { draft: outcome.structured as DraftOutput };
	}
};
