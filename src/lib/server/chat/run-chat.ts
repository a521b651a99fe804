/**
 * One chat turn, ready for the `/api/chat` route: the system prompt (prompts/system.md, with the
 * team's reps and their ids for a manager, so "a fila da Ana" becomes `repId`), the
 * UI messages converted for the model, Giro's tools for this ToolContext, up to 6 steps, and
 * human approval for the three writing tools. The route returns
 * `runChat(...).toUIMessageStreamResponse()`; approvals are single use (recorded when asked,
 * consumed with the write: domain/chat-approvals.ts); a provider failure reaches the person as a
 * short pt-BR message (`chatErrorMessage`), never a stack trace.
 */
import {
	APICallError,
	convertToModelMessages,
	stepCountIs,
	streamText,
	type LanguageModel,
	type ToolApprovalConfiguration,
	type UIMessage
} from 'ai';
import { recordApprovalRequests } from '../domain/chat-approvals.ts';
import { fillPrompt, loadPrompt } from '../prompts/load-prompts.ts';
import { TOOLS } from '../tools/registry.ts';
import type { ToolContext } from '../tools/tool-context.ts';
import { chatTools, WRITING_TOOLS, type ChatTools } from './chat-tools.ts';
import { teamLine, teamOf, type TeamMember } from './team.ts';

export const MAX_STEPS = 6;

/** The system prompt for this person and date; `team`: the reps a manager may name (teamOf). */
export function chatInstructions(
	ctx: ToolContext,
	promptsDir?: string,
	team: readonly TeamMember[] = []
): string {
	const prompt = loadPrompt('system', promptsDir);
	const role = ctx.user.role === 'manager' ? 'gestor(a)' : 'vendedor(a)';
	return fillPrompt(prompt, {
		today: ctx.asOf,
		user: `${ctx.user.name} (${role})`,
		team: teamLine(ctx, team),
		tools: TOOLS.map((t) => `- \`${t.name}\`: ${t.title}`).join('\n')
	});
}

export interface RunChatOptions {
	messages: UIMessage[];
	ctx: ToolContext;
	model: LanguageModel;
	abortSignal?: AbortSignal;
	/** Where prompts/ is (tests); default: see promptsDir(). */
	promptsDir?: string;
	/** The conversation the turn belongs to: approvals asked in it are valid only in it. */
	conversationId?: string;
}

export async function runChat({
	messages,
	ctx,
	model,
	abortSignal,
	promptsDir,
	conversationId
}: RunChatOptions) {
	const conversation = conversationId ?? null;
	const tools = chatTools(ctx, conversation);
	const toolApproval = Object.fromEntries(
		WRITING_TOOLS.map((name) => [name, 'user-approval'])
	) as ToolApprovalConfiguration<ChatTools, Record<string, never>>;
	return streamText({
		model,
		instructions: chatInstructions(ctx, promptsDir, await teamOf(ctx)),
		messages: await convertToModelMessages(messages, { tools }),
		tools,
		toolApproval,
		// Approvals replayed from the browser must carry the server's signature: a client can't
		// forge an approval (or change the arguments after approving).
		experimental_toolApprovalSecret: ctx.secret,
		// The offline model's "hoje" (offline-model.ts); other providers ignore the `giro` key.
		providerOptions: { giro: { today: ctx.asOf } },
		stopWhen: stepCountIs(MAX_STEPS),
		// Every approval the chat asks for is recorded on the server (user, conversation, tool
		// call, payload hash, expiry); the write it allows consumes it (domain/chat-approvals.ts).
		onStepEnd: async (step) => {
			const requests = step.content.flatMap((part) =>
				part.type === 'tool-approval-request'
					? [
							{
								approvalId: part.approvalId,
								conversationId: conversation,
								toolCallId: part.toolCall.toolCallId,
								tool: part.toolCall.toolName,
								input: part.toolCall.input
							}
						]
					: []
			);
			await recordApprovalRequests(ctx.db.orm, ctx.user.id, requests);
		},
		abortSignal
	});
}

/** What the person reads when the model provider fails (for toUIMessageStreamResponse's onError). */
export function chatErrorMessage(error: unknown): string {
	if (APICallError.isInstance(error)) {
		if (error.statusCode === 401 || error.statusCode === 403)
			return 'O provedor do modelo recusou a chave de acesso. Confira OPENAI_API_KEY ou LLM_API_KEY.';
		if (error.statusCode === 429)
			return 'O provedor do modelo está limitando as chamadas agora. Tente de novo em instantes.';
		if (error.statusCode === 404)
			return 'O provedor do modelo não encontrou o modelo configurado. Confira LLM_MODEL.';
		return 'O modelo de linguagem não respondeu. Tente de novo em instantes; se persistir, use o modelo offline do Giro.';
	}
	return 'Não consegui falar com o modelo de linguagem agora. Tente de novo em instantes.';
}
