/**
 * Calls a tool the way every door does (`runTool`: input validation, output schema), and
 * pages through list tools with `nextCursor`, so the evals read exactly what a model or an MCP
 * client would read — never the engine underneath.
 */
import { findTool } from '#lib/server/tools/registry.ts';
import { runTool } from '#lib/server/tools/run-tool.ts';
import type { ToolContext } from '#lib/server/tools/tool-context.ts';

export type Structured = Record<string, unknown>;

export async function callTool(
	name: string,
	input: Record<string, unknown>,
	ctx: ToolContext
): Promise<Structured> {
	const tool = findTool(name);
	if (!tool) throw new Error(`a ferramenta ${name} não está no registro`);
	const outcome = await runTool(tool, input, ctx);
	if (!outcome.ok) throw new Error(`${name}(${JSON.stringify(input)}): ${outcome.message}`);
	return outcome.structured;
}

/** Every row of a paginated list tool (`listKey`: "customers", "opportunities"…). */
export async function allRows<T = Structured>(
	name: string,
	input: Record<string, unknown>,
	ctx: ToolContext,
	listKey: string
): Promise<{ rows: T[]; total: number; pages: Structured[] }> {
	const rows: T[] = [];
	const pages: Structured[] = [];
	let cursor: string | undefined;
	for (let page = 0; page < 1_000; page++) {
		const out = await callTool(name, { ...input, limit: 100, ...(cursor && { cursor }) }, ctx);
		pages.push(out);
		rows.push(...(out[listKey] as T[]));
		cursor = (out.nextCursor as string | null) ?? undefined;
		if (!cursor) return { rows, total: out.total as number, pages };
	}
	throw new Error(`${name}: mais de 1.000 páginas`);
}
