import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { INTERACTION_OUTCOMES } from '#lib/server/db/schema.ts';
import { callTool } from '#lib/server/web/call-tool.ts';
import { repFilter, repOptions } from '#lib/server/web/filter-options.ts';
import { pageContext } from '#lib/server/web/page-context.ts';
import { completeFollowUp } from '#lib/server/tools/follow-ups/complete-follow-up.ts';
import { listFollowUps } from '#lib/server/tools/follow-ups/list-follow-ups.ts';
import { runTool, type ToolOutcome } from '#lib/server/tools/run-tool.ts';
import type { Actions, PageServerLoad } from './$types';

const PAGE_SIZE = 100;

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db, user, asOf, tools } = await pageContext(locals);
	const reps = await repOptions(db, user);
	const repId = repFilter(user, url.searchParams.get('vendedor'), reps);
	const cursor = url.searchParams.get('pagina') ?? undefined;
	const agenda = await callTool(
		listFollowUps,
		{ window: 'agenda', repId, limit: PAGE_SIZE, cursor: cursor?.slice(0, 200) },
		tools
	);
	return { asOf, role: user.role, reps, repId: repId ?? null, agenda, paged: Boolean(cursor) };
};

/** What the "Concluir" form sends: the follow-up, how it went, an optional summary. */
const Completion = z.object({
	followUpId: z.coerce.number().int().positive(),
	outcome: z.enum(INTERACTION_OUTCOMES, { error: 'Escolha como foi o contato.' }),
	summary: z
		.string()
		.trim()
		.max(500, 'O resumo pode ter até 500 caracteres.')
		.refine(
			(s) => s === '' || s.length >= 3,
			'Escreva um resumo de pelo menos 3 caracteres, ou deixe em branco.'
		)
		.transform((s) => (s === '' ? undefined : s))
});

const STATUS: Record<Exclude<ToolOutcome, { ok: true }>['code'], number> = {
	invalid_input: 400,
	not_found: 404,
	not_in_portfolio: 404,
	conflict: 409,
	confirmation: 409,
	internal: 500
};

type CompleteOutput = z.output<typeof completeFollowUp.outputSchema>;

/** Runs complete_follow_up for the form: the preview (no token) or the confirmed write. */
async function complete(locals: App.Locals, request: Request, confirm: boolean) {
	const form = Object.fromEntries(await request.formData());
	const parsed = Completion.safeParse(form);
	const followUpId = Number(form.followUpId) || null;
	if (!parsed.success)
		return fail(400, {
			step: 'error' as const,
			followUpId,
			message: parsed.error.issues[0]?.message ?? 'Dados inválidos.'
		});
	const token = confirm ? String(form.confirmationToken ?? '') : undefined;
	if (confirm && !token)
		return fail(400, { step: 'error' as const, followUpId, message: 'Revise antes de confirmar.' });
	const { tools } = await pageContext(locals);
	const outcome = await runTool(
		completeFollowUp,
		{ ...parsed.data, confirmationToken: token },
		tools
	);
	if (!outcome.ok)
		return fail(STATUS[outcome.code], {
			step: 'error' as const,
			followUpId,
			message: outcome.message
		});
	const out = outcome.structured as unknown as CompleteOutput;
	const p = out.preview;
	return {
		step: out.status,
		followUpId: parsed.data.followUpId,
		outcome: parsed.data.outcome,
		summary: parsed.data.summary ?? '',
		token: out.confirmationToken,
		customerName: p.customerName,
		contactName: p.contactName,
		channel: p.channel,
		interactionSummary: p.summary,
		next: p.next
	};
}

export const actions: Actions = {
	preview: ({ locals, request }) => complete(locals, request, false),
	confirm: ({ locals, request }) => complete(locals, request, true)
};
