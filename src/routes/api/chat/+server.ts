/**
 * POST /api/chat — one streamed turn of the copilot for the signed-in user (the hook answers
 * 401 to anonymous calls). Everything else — body validation, the conversation's owner, the
 * tools with the user's scope on the `chat` door, approvals, pt-BR provider errors, saving the
 * conversation when the turn ends — is `chatTurn` (chat-turn.ts).
 */
import { chatTurn } from '#lib/server/chat/chat-turn.ts';
import { chooseModel } from '#lib/server/chat/choose-model.ts';
import { draftWriterFor } from '#lib/server/chat/draft-writer.ts';
import { appEnv } from '#lib/server/app-env.ts';
import { pageContext } from '#lib/server/web/page-context.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, request }) => {
	const { tools: ctx } = await pageContext(locals);
	const chosen = chooseModel(appEnv());
	return chatTurn({
		body: await request.json().catch(() => null),
		ctx: {
			...ctx,
			door: 'chat',
			draftWriter: draftWriterFor(chosen, { abortSignal: request.signal })
		},
		chosen,
		abortSignal: request.signal
	});
};
