/**
 * Every tool Giro has, in one list. The chat, the MCP server, the CLI and the evals all serve
 * exactly this list; adding a tool here adds it to every door.
 */
import type { AnyObjectSchema, ToolDefinition } from './define-tool.ts';
import { scheduleFollowUp } from './follow-ups/schedule-follow-up.ts';
import { listCustomers } from './portfolio/list-customers.ts';

export const TOOLS: readonly ToolDefinition<AnyObjectSchema, AnyObjectSchema>[] = [
	listCustomers,
	scheduleFollowUp
] as unknown as ToolDefinition<AnyObjectSchema, AnyObjectSchema>[];

export function findTool(
	name: string
): ToolDefinition<AnyObjectSchema, AnyObjectSchema> | undefined {
	return TOOLS.find((t) => t.name === name);
}
