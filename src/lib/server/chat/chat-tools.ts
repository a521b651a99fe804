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
 * approval (e.g. tools used without `toolApproval`) the call only gets the preview. A token
 * the model puts in a writing call is dropped: in the chat only a person's approval confirms,
 * and that approval is single use (recorded by run-chat.ts, consumed with the write).
 */
import { tool, type ModelMessage, type Tool } from 'ai';
import { TOOLS } from '../tools/registry.ts';
import { runTool, type ToolOutcome } from '../tools/run-tool.ts';
import type { AnyObjectSchema, ToolDefinition } from '../tools/define-tool.ts';
import type { ToolContext } from '../tools/tool-context.ts';
import type { ChatApproval } from '../domain/chat-approvals.ts';

export type ChatTools = Record<string, Tool<Record<string, unknown>, ToolOutcome>>;

/** Names of the tools that write (the chat asks before running them). */
export const WRITING_TOOLS: readonly string[] = TOOLS.filter((t) => t.writes).map((t) => t.name);

/**
 * The id of the approval the person gave to the tool call `toolCallId` in these messages, or
 * null. (The AI SDK has already checked its server signature; single use is checked at the
 * write, against the server's record: domain/chat-approvals.ts.)
 */
export function approvalOf(messages: readonly ModelMessage[], toolCallId: string): string | null {
	const approvalIds = new Set<string>();
	for (const m of messages)
		if (m.role === 'assistant' && Array.isArray(m.content))
			for (const part of m.content)
				if (part.type === 'tool-approval-request' && part.toolCallId === toolCallId)
					approvalIds.add(part.approvalId);
	for (const m of messages)
		if (m.role === 'tool')
			for (const part of m.content)
				if (
					part.type === 'tool-approval-response' &&
					part.approved &&
					approvalIds.has(part.approvalId)
				)
					return part.approvalId;
	return null;
}

/** True when the messages approve the tool call `toolCallId` (a person said yes in the chat). */
export function approvedByPerson(messages: readonly ModelMessage[], toolCallId: string): boolean {
	return approvalOf(messages, toolCallId) !== null;
}

export async function executeForChat(
	definition: ToolDefinition<AnyObjectSchema, AnyObjectSchema>,
	input: Record<string, unknown>,
	ctx: ToolContext,
	approval: ChatApproval | null = null
): Promise<ToolOutcome> {
	// A call that brings its own token is the tool's business; in the chat only an approval
	// confirms, and it is consumed with the write (one approval, one write).
	const { confirmationToken: _own, ...request } = input;
	void _own;
	const first = await runTool(definition, definition.writes ? request : input, ctx);
	if (!definition.writes || !approval || !first.ok) return first;
	const token = first.structured.confirmationToken;
	if (first.structured.status !== 'preview' || typeof token !== 'string') return first;
	return runTool(definition, { ...request, confirmationToken: token }, { ...ctx, approval });
}

/** The tools for one chat turn; `conversationId` binds the approvals given in it. */
export function chatTools(ctx: ToolContext, conversationId: string | null = null): ChatTools {
	const tools: ChatTools = {};
	for (const definition of TOOLS)
		tools[definition.name] = tool({
			title: definition.title,
			description: definition.description,
			inputSchema: definition.inputSchema,
			execute: (input: Record<string, unknown>, { toolCallId, messages }) => {
				const approvalId = approvalOf(messages, toolCallId);
				return executeForChat(
					definition,
					input,
					ctx,
					approvalId === null
						? null
						: {
								approvalId,
								conversationId,
								toolCallId,
								tool: definition.name,
								input
							}
				);
			}
		}) as Tool<Record<string, unknown>, ToolOutcome>;
	return tools;
}
