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
	O extends AnyObjectSchema = AnyObjectSchema,
	N extends string = string
> {
	name: N;
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

/** Any tool of the registry, its own types erased (what a door iterates over). */
export type AnyTool = ToolDefinition<AnyObjectSchema, AnyObjectSchema>;

/** The parsed input a tool's `run` receives. */
export type ToolInput<T> = T extends ToolDefinition<infer I, AnyObjectSchema> ? z.output<I> : never;
/** The arguments a caller sends, before the input schema's defaults and transforms. */
export type ToolCallInput<T> =
	T extends ToolDefinition<infer I, AnyObjectSchema> ? z.input<I> : never;
/** The structured result a tool returns, as its output schema parses it. */
export type ToolOutput<T> =
	T extends ToolDefinition<AnyObjectSchema, infer O> ? z.output<O> : never;

/** Identity with inference: keeps each tool file free of type noise. */
export function defineTool<I extends AnyObjectSchema, O extends AnyObjectSchema, N extends string>(
	tool: ToolDefinition<I, O, N>
): ToolDefinition<I, O, N> {
	return tool;
}
