/**
 * What an approval panel shows before the person says yes: the writing tool's own preview of
 * the call the model proposed — customer name, the date and channel the tool resolved (the
 * contact's preferred channel, the cadence's suggested date), attempt — instead of raw ids.
 * A preview writes nothing (confirmation.ts); its confirmation token is withheld, so this
 * endpoint can never be used to confirm anything: in the chat the approval is the only way.
 */
import { z } from 'zod';
import { findTool } from '../tools/registry.ts';
import { runTool } from '../tools/run-tool.ts';
import type { ToolContext } from '../tools/tool-context.ts';
import { WRITING_TOOLS } from './chat-tools.ts';

const PreviewRequest = z.object({
	tool: z.string().refine((name) => WRITING_TOOLS.includes(name), {
		message: 'Só ferramentas que gravam têm prévia.'
	}),
	input: z.record(z.string(), z.unknown())
});

export type WritePreview =
	{ ok: true; summary: string; preview: Record<string, unknown> } | { ok: false; message: string };

export async function previewWrite(ctx: ToolContext, body: unknown): Promise<WritePreview> {
	const parsed = PreviewRequest.safeParse(body);
	if (!parsed.success)
		return {
			ok: false,
			message: `Pedido de prévia inválido: ${parsed.error.issues[0]?.message ?? 'envie { tool, input }'}.`
		};
	// A token in the input would make the tool perform the write: never pass one on.
	const { confirmationToken: _ignored, ...input } = parsed.data.input;
	void _ignored;
	const outcome = await runTool(findTool(parsed.data.tool)!, input, ctx);
	if (!outcome.ok) return { ok: false, message: outcome.message };
	return {
		ok: true,
		summary: outcome.summary,
		preview: outcome.structured.preview as Record<string, unknown>
	};
}
