/**
 * POST /api/chat — one streamed turn of the copilot for the signed-in user (the hook answers
 * 401 to anonymous calls). The body is validated; the tools run with the user's scope on the
 * `chat` door; writes wait for the person's approval; a provider failure becomes a short pt-BR
 * message in the conversation.
 */
import { error } from '@sveltejs/kit';
import type { UIMessage } from 'ai';
import { z } from 'zod';
import { chooseModel } from '#lib/server/chat/choose-model.ts';
import { draftWriterFor } from '#lib/server/chat/draft-writer.ts';
import { chatErrorMessage, runChat } from '#lib/server/chat/run-chat.ts';
import { parseEnv } from '#lib/server/config.ts';
import { pageContext } from '#lib/server/web/page-context.ts';
import type { RequestHandler } from './$types';

const ChatRequest = z.object({
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

export const POST: RequestHandler = async ({ locals, request }) => {
	const body = ChatRequest.safeParse(await request.json().catch(() => null));
	if (!body.success) error(400, 'Corpo inválido: envie { messages: [...] } no formato do chat.');
	const { tools: ctx } = await pageContext(locals);
	const chosen = chooseModel(parseEnv());
	const draftWriter = draftWriterFor(chosen, { abortSignal: request.signal });
	const result = await runChat({
		messages: body.data.messages as unknown as UIMessage[],
		ctx: { ...ctx, door: 'chat', draftWriter },
		model: chosen.model,
		abortSignal: request.signal
	});
	return result.toUIMessageStreamResponse({ onError: chatErrorMessage });
};
