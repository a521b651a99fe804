/**
 * The HTTP answers of `/api/conversations` (list) and `/api/conversations/[id]` (open,
 * delete), apart from SvelteKit so tests can call them: 401 without a user (the hook already
 * refuses anonymous API calls; this is the second lock), 400 for a malformed id, 404 for a
 * conversation that is not this user's — whether it is missing or someone else's.
 */
import type { GiroDatabase } from '../db/client.ts';
import { describeIssues } from '../tools/run-tool.ts';
import {
	ConversationId,
	deleteConversation,
	listConversations,
	loadConversation
} from './conversations.ts';

type Caller = { id: number } | null | undefined;

const NO_STORE = { 'cache-control': 'no-store' };

function problem(status: 400 | 401 | 404, message: string): Response {
	const error = { 400: 'invalid', 401: 'unauthenticated', 404: 'not_found' }[status];
	return Response.json({ error, message }, { status, headers: NO_STORE });
}

const UNAUTHENTICATED = () => problem(401, 'Sessão ausente ou expirada: faça login no Giro.');
const NOT_FOUND = () => problem(404, 'Conversa não encontrada.');

export async function listConversationsResponse(db: GiroDatabase, user: Caller) {
	if (!user) return UNAUTHENTICATED();
	const conversations = await listConversations(db, { userId: user.id });
	return Response.json({ conversations }, { headers: NO_STORE });
}

function parseId(raw: string | undefined): { id: string } | { response: Response } {
	const parsed = ConversationId.safeParse(raw);
	return parsed.success
		? { id: parsed.data }
		: { response: problem(400, describeIssues(parsed.error)) };
}

export async function getConversationResponse(db: GiroDatabase, user: Caller, rawId?: string) {
	if (!user) return UNAUTHENTICATED();
	const id = parseId(rawId);
	if ('response' in id) return id.response;
	const conversation = await loadConversation(db, { userId: user.id, id: id.id });
	return conversation ? Response.json({ conversation }, { headers: NO_STORE }) : NOT_FOUND();
}

export async function deleteConversationResponse(db: GiroDatabase, user: Caller, rawId?: string) {
	if (!user) return UNAUTHENTICATED();
	const id = parseId(rawId);
	if ('response' in id) return id.response;
	return (await deleteConversation(db, { userId: user.id, id: id.id }))
		? new Response(null, { status: 204 })
		: NOT_FOUND();
}
