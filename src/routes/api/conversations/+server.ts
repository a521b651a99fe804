/** GET /api/conversations — the signed-in user's saved conversations, newest first. */
import { listConversationsResponse } from '#lib/server/chat/conversation-api.ts';
import { appDatabase } from '#lib/server/db/app-database.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals }) =>
	listConversationsResponse(await appDatabase(), locals.user);
