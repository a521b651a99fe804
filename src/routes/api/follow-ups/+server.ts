/**
 * POST /api/follow-ups — the follow-up actions of the pages (Agenda, customer page): complete
 * with an outcome, schedule the next attempt, reschedule, cancel. Each runs its writing tool's
 * own preview → confirm flow (confirmation.ts): without `confirmationToken` the answer is the
 * preview and a token; with it, the write happens once. Signed-in users only (the hook answers
 * 401), scoped like every tool (another rep's follow-up is a 404 with the same text as a
 * missing one), body validated with zod, errors in pt-BR.
 */
import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { cancelFollowUp } from '#lib/server/tools/follow-ups/cancel-follow-up.ts';
import { completeFollowUp } from '#lib/server/tools/follow-ups/complete-follow-up.ts';
import { rescheduleFollowUp } from '#lib/server/tools/follow-ups/reschedule-follow-up.ts';
import { scheduleFollowUp } from '#lib/server/tools/follow-ups/schedule-follow-up.ts';
import type { AnyObjectSchema, ToolDefinition } from '#lib/server/tools/define-tool.ts';
import { describeIssues, runTool } from '#lib/server/tools/run-tool.ts';
import { pageContext } from '#lib/server/web/page-context.ts';
import type { RequestHandler } from './$types';

z.config(z.locales.ptBR());

const TOOLS = {
	complete_follow_up: completeFollowUp,
	schedule_follow_up: scheduleFollowUp,
	reschedule_follow_up: rescheduleFollowUp,
	cancel_follow_up: cancelFollowUp
} as unknown as Record<string, ToolDefinition<AnyObjectSchema, AnyObjectSchema>>;

const ActionRequest = z.object({
	tool: z.enum(Object.keys(TOOLS) as [string, ...string[]]),
	// Each tool validates its own input (strict schema, pt-BR messages).
	input: z.record(z.string(), z.unknown()),
	confirmationToken: z.string().max(600).optional()
});

const NOT_FOUND = 'Follow-up ou cliente não encontrado na sua carteira.';

export const POST: RequestHandler = async ({ locals, request }) => {
	const body = ActionRequest.safeParse(await request.json().catch(() => null));
	if (!body.success) error(400, `Pedido inválido: ${describeIssues(body.error)}.`);
	const { tools: ctx } = await pageContext(locals);
	const { confirmationToken: _ignored, ...input } = body.data.input;
	void _ignored;
	const outcome = await runTool(
		TOOLS[body.data.tool],
		{ ...input, confirmationToken: body.data.confirmationToken },
		ctx
	);
	if (outcome.ok) return json({ ...outcome.structured, summary: outcome.summary });
	if (outcome.code === 'not_found' || outcome.code === 'not_in_portfolio') error(404, NOT_FOUND);
	if (outcome.code === 'invalid_input') error(400, outcome.message);
	if (outcome.code === 'confirmation' || outcome.code === 'conflict') error(409, outcome.message);
	error(500, outcome.message);
};
