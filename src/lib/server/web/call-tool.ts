/**
 * A page's read through a tool: `runTool` (validation, output check, pt-BR errors) with the
 * tool's own output type, and its refusals turned into HTTP answers. "Not in your portfolio"
 * and "does not exist" are both a 404 with the same text, so a rep learns nothing about other
 * reps' customers by trying ids.
 */
import { error } from '@sveltejs/kit';
import type { z } from 'zod';
import type { AnyObjectSchema, ToolDefinition } from '../tools/define-tool.ts';
import { runTool } from '../tools/run-tool.ts';
import type { ToolContext } from '../tools/tool-context.ts';

export async function callTool<I extends AnyObjectSchema, O extends AnyObjectSchema>(
	tool: ToolDefinition<I, O, string>,
	input: z.input<I>,
	ctx: ToolContext,
	options: { notFound?: string } = {}
): Promise<z.output<O>> {
	const outcome = await runTool(tool, input, ctx);
	if (outcome.ok) return outcome.structured;
	if (outcome.code === 'not_found' || outcome.code === 'not_in_portfolio')
		error(404, options.notFound ?? 'Não encontrado.');
	if (outcome.code === 'invalid_input') error(400, outcome.message);
	error(500, outcome.message);
}
