/**
 * One turn of `POST /api/chat`, apart from SvelteKit so tests can drive it: validate the body
 * (the browser's `Chat` sends `{ id, messages, trigger, messageId }`), refuse a conversation id
 * that belongs to someone else (404, exactly like a missing one), stream runChat's answer, and
 * save the conversation when the stream ends — also when the provider failed, so the question
 * is kept and can be retried. Each answer carries the label of the model that wrote it
 * (message metadata), so a reopened conversation still says who answered.
 *
 * The browser sends the whole conversation on every turn (approvals are changes to the last
 * assistant message, so the server cannot rebuild it from the last message alone). Trusting
 * it is safe: it is the person's own conversation, an approval only counts when it carries
 * the server's signature (run-chat.ts), and it counts once, in this conversation only
 * (domain/chat-approvals.ts).
 */
import { createIdGenerator, type UIMessage } from 'ai';
import { z } from 'zod';
import { logEvent } from '../log-event.ts';
import type { ToolContext } from '../tools/tool-context.ts';
import type { ChosenModel } from './choose-model.ts';
import { ConversationId, ownedBySomeoneElse, saveConversation } from './conversations.ts';
import { chatErrorMessage, runChat } from './run-chat.ts';

export const ChatRequest = z.object({
	id: ConversationId,
	messages: z
		.array(
			z
				.object({
					id: z.string(),
					role: z.enum(['user', 'assistant', 'system']),
					parts: z.array(z.unknown())
				})
				.loose()
		)
		.min(1)
		.max(200)
});

/** What the browser reads in `message.metadata` of each answer. */
export interface ChatMessageMetadata {
	model?: string;
}

const generateMessageId = createIdGenerator({ prefix: 'msg', size: 16 });

const json = (status: number, message: string) =>
	Response.json({ error: status === 404 ? 'not_found' : 'invalid', message }, { status });

/** Messages worth keeping: an answer that failed before writing anything is dropped. */
function keepable(messages: UIMessage[]): UIMessage[] {
	return messages.filter(
		(m) => m.role !== 'assistant' || m.parts.some((p) => p.type !== 'step-start')
	);
}

export interface ChatTurnOptions {
	body: unknown;
	/** The signed-in person's context on the `chat` door. */
	ctx: ToolContext;
	chosen: Pick<ChosenModel, 'model' | 'id' | 'label'>;
	abortSignal?: AbortSignal;
	/** Called once the conversation is saved (tests wait on it). */
	onSaved?: (saved: boolean) => void;
}

export async function chatTurn({
	body,
	ctx,
	chosen,
	abortSignal,
	onSaved
}: ChatTurnOptions): Promise<Response> {
	const parsed = ChatRequest.safeParse(body);
	if (!parsed.success)
		return json(
			400,
			'Corpo inválido: envie { id, messages: [...] } no formato do chat' +
				(parsed.error.issues[0]?.path[0] === 'id' ? ` (${parsed.error.issues[0].message})` : '') +
				'.'
		);
	const { id } = parsed.data;
	const userId = ctx.user.id;
	if (await ownedBySomeoneElse(ctx.db, { userId, id }))
		return json(404, 'Conversa não encontrada.');
	const messages = parsed.data.messages as unknown as UIMessage[];
	const result = await runChat({
		messages,
		ctx,
		model: chosen.model,
		abortSignal,
		conversationId: id
	});
	return result.toUIMessageStreamResponse({
		originalMessages: messages,
		generateMessageId,
		onError: chatErrorMessage,
		messageMetadata: ({ part }): ChatMessageMetadata | undefined =>
			part.type === 'start' ? { model: chosen.label } : undefined,
		onEnd: async ({ messages: all }) => {
			let saved = false;
			try {
				saved = await saveConversation(ctx.db, {
					userId,
					id,
					messages: keepable(all),
					model: chosen.id
				});
			} catch (error) {
				logEvent({
					event: 'chat_save_failed',
					door: 'chat',
					userId,
					input: { conversationId: id },
					error
				});
			}
			onSaved?.(saved);
		}
	});
}
