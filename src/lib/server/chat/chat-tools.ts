/**
 * The AI SDK `tools` object of the chat, built from the one tool list (TOOLS) for one
 * ToolContext: description and zod input schema as they are, `execute` = runTool. A failure
 * comes back as a normal tool result ({ ok: false, code, message }) so the model can read it
 * and correct the call, never as an exception.
 *
 * Writing tools: the chat asks the person first (`toolApproval`, see run-chat.ts). When the
 * messages hold the person's approval of this very call, execute asks the tool for its preview
 * and confirms it with the token in the same step — the human approval is the confirmation,
 * so an approved call writes exactly once and a denied one never reaches the tool. Without an
 * approval (e.g. tools used without `toolApproval`) the call only gets the preview. A call
 * that already carries a token is passed through as it is (the tool checks the token).
 */
import { tool, type ModelMessage, type Tool } from 'ai';
import { TOOLS } from '../tools/registry.ts';
import { runTool, type ToolOutcome } from '../tools/run-tool.ts';
import type { AnyObjectSchema, ToolDefinition } from '../tools/define-tool.ts';
import type { ToolContext } from '../tools/tool-context.ts';

export type ChatTools = Record<string, Tool<Record<string, unknown>, ToolOutcome>>;

/** Names of the tools that write (the chat asks before running them). */
export const WRITING_TOOLS: readonly string[] = TOOLS.filter((t) => t.writes).map((t) => t.name);

/** True when the messages approve the tool call `toolCallId` (a person said yes in the chat). */
export function approvedByPerson(messages: readonly ModelMessage[], toolCallId: string): boolean {
	const approvalIds = new Set<string>();
	for (const m of messages)
		if (m.role === 'assistant' && Array.isArray(m.content))
			for (const part of m.content)
				if (part.type === 'tool-approval-request' && part.toolCallId === toolCallId)
					approvalIds.add(part.approvalId);
	return messages.some(
		(m) =>
			m.role === 'tool' &&
			m.content.some(
				(part) =>
					part.type === 'tool-approval-response' &&
					part.approved &&
					approvalIds.has(part.approvalId)
			)
	);
}

export async function executeForChat(
	definition: ToolDefinition<AnyObjectSchema, AnyObjectSchema>,
	input: Record<string, unknown>,
	ctx: ToolContext,
	approved = false
): Promise<ToolOutcome> {
	const first = await runTool(definition, input, ctx);
	if (!definition.writes || !approved || input.confirmationToken || !first.ok) return first;
	const token = first.structured.confirmationToken;
	if (first.structured.status !== 'preview' || typeof token !== 'string') return first;
	return runTool(definition, { ...input, confirmationToken: token }, ctx);
}

export function chatTools(ctx: ToolContext): ChatTools {
	const tools: ChatTools = {};
	for (const definition of TOOLS)
		tools[definition.name] = tool({
			title: definition.title,
			description: definition.description,
			inputSchema: definition.inputSchema,
			execute: (input: Record<string, unknown>, { toolCallId, messages }) =>
				executeForChat(definition, input, ctx, approvedByPerson(messages, toolCallId))
		}) as Tool<Record<string, unknown>, ToolOutcome>;
	return tools;
}
