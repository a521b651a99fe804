/**
 * GET /api/conversations/[id] — one of the user's conversations with its messages;
 * DELETE — deletes it. Someone else's id answers 404, like a missing one.
 */
import {
	deleteConversationResponse,
	getConversationResponse
} from '#lib/server/chat/conversation-api.ts';
import { appDatabase } from '#lib/server/db/app-database.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) =>
	getConversationResponse(await appDatabase(), locals.user, params.id);

export const DELETE: RequestHandler = async ({ locals, params }) =>
	deleteConversationResponse(await appDatabase(), locals.user, params.id);
