/**
 * One definition per tool, served by every door (chat, MCP, CLI, evals): a verb-first
 * snake_case name, a title, a description written for a language model, zod input and output
 * schemas with every field described, the four MCP annotations, and `run(input, ctx)`.
 * `run` returns the compact structured result plus a short pt-BR summary; the adapters only
 * translate.
 */
import type { z } from 'zod';
import type { ToolContext } from './tool-context.ts';

export interface ToolAnnotations {
	readOnlyHint: boolean;
	destructiveHint: boolean;
	idempotentHint: boolean;
	openWorldHint: boolean;
}

export interface ToolResult<O> {
	structured: O;
	/** Short pt-BR text: what the figures are, with their definition and date. */
	summary: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyObjectSchema = z.ZodObject<any>;

export interface ToolDefinition<
	I extends AnyObjectSchema = AnyObjectSchema,
	O extends AnyObjectSchema = AnyObjectSchema
> {
	name: string;
	title: string;
	description: string;
	inputSchema: I;
	outputSchema: O;
	annotations: ToolAnnotations;
	/** Writing tools go through preview → confirmation token → perform (see confirmation.ts). */
	writes: boolean;
	run(input: z.output<I>, ctx: ToolContext): Promise<ToolResult<z.input<O>>>;
}

export const READ_ONLY: ToolAnnotations = {
	readOnlyHint: true,
	destructiveHint: false,
	idempotentHint: true,
	openWorldHint: false
};

/** Identity with inference: keeps each tool file free of type noise. */
export function defineTool<I extends AnyObjectSchema, O extends AnyObjectSchema>(
	tool: ToolDefinition<I, O>
): ToolDefinition<I, O> {
	return tool;
}
