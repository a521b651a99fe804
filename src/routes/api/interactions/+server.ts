/**
 * POST /api/interactions — records a contact in a customer's history from a page (the draft
 * card's "Registrar como enviado"), through the log_interaction tool's own preview → confirm
 * flow: without `confirmationToken` the answer is the preview of exactly what will be written
 * and a token; with the token (after the person confirmed) it writes once. Signed-in users
 * only (the hook answers 401 first), scoped like every tool (another rep's customer is a 404
 * with the same text as a missing one), body validated with zod, errors in pt-BR.
 */
import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { logInteraction } from '#lib/server/tools/customers/log-interaction.ts';
import { describeIssues, runTool } from '#lib/server/tools/run-tool.ts';
import { pageContext } from '#lib/server/web/page-context.ts';
import type { RequestHandler } from './$types';

z.config(z.locales.ptBR());

const LogRequest = z.object({
	customerId: z.number().int().positive(),
	channel: z.enum(['whatsapp', 'email', 'phone']),
	summary: z.string().trim().min(3, 'escreva um resumo de pelo menos 3 caracteres').max(500),
	notes: z.string().trim().max(4000, 'o texto tem mais de 4.000 caracteres').optional(),
	contactId: z.number().int().positive().optional(),
	confirmationToken: z.string().max(600).optional()
});

const NOT_FOUND = 'Cliente ou contato não encontrado na sua carteira.';

export const POST: RequestHandler = async ({ locals, request }) => {
	const body = LogRequest.safeParse(await request.json().catch(() => null));
	if (!body.success) error(400, `Pedido inválido: ${describeIssues(body.error)}.`);
	const { tools: ctx } = await pageContext(locals);
	const outcome = await runTool(logInteraction, { ...body.data, direction: 'outbound' }, ctx);
	if (outcome.ok) return json({ ...outcome.structured, summary: outcome.summary });
	if (outcome.code === 'not_found' || outcome.code === 'not_in_portfolio') error(404, NOT_FOUND);
	if (outcome.code === 'invalid_input') error(400, outcome.message);
	if (outcome.code === 'confirmation' || outcome.code === 'conflict') error(409, outcome.message);
	error(500, outcome.message);
};
