/**
 * Saved copilot conversations (`chat_conversations`): one row per AI SDK `Chat` id, owned by
 * one user, holding the whole UIMessage array and the model that answered last. Every query
 * takes the owner's id: a conversation of someone else reads exactly like a missing one, and
 * a save over someone else's id changes nothing (the upsert's `where` refuses it in the same
 * statement, so there is no check-then-write race).
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { UIMessage } from 'ai';
import { z } from 'zod';
import { conversationTitle } from '#lib/conversation-title.ts';
import type { GiroDatabase } from '../db/client.ts';
import { chatConversations } from '../db/schema.ts';

export { conversationTitle };

/** The id the browser's `Chat` generates (AI SDK `generateId`: 16 alphanumerics) or ours. */
export const ConversationId = z
	.string({ error: 'Conversa inválida: informe o id da conversa.' })
	.regex(/^[A-Za-z0-9_-]{8,64}$/, 'Conversa inválida: o id tem de 8 a 64 letras, números, - ou _.');

export interface ConversationSummary {
	id: string;
	title: string;
	model: string | null;
	/** ISO 8601 instants. */
	createdAt: string;
	updatedAt: string;
}

export interface Conversation extends ConversationSummary {
	messages: UIMessage[];
}

const summaryColumns = {
	id: chatConversations.id,
	title: chatConversations.title,
	model: chatConversations.model,
	createdAt: chatConversations.createdAt,
	updatedAt: chatConversations.updatedAt
};

type SummaryRow = {
	id: string;
	title: string;
	model: string | null;
	createdAt: Date;
	updatedAt: Date;
};

const toSummary = (r: SummaryRow): ConversationSummary => ({
	id: r.id,
	title: r.title,
	model: r.model,
	createdAt: r.createdAt.toISOString(),
	updatedAt: r.updatedAt.toISOString()
});

/** The user's conversations, the most recently updated first. */
export async function listConversations(
	db: GiroDatabase,
	{ userId, limit = 50 }: { userId: number; limit?: number }
): Promise<ConversationSummary[]> {
	const rows = await db.orm
		.select(summaryColumns)
		.from(chatConversations)
		.where(eq(chatConversations.userId, userId))
		.orderBy(desc(chatConversations.updatedAt), desc(chatConversations.createdAt))
		.limit(limit);
	return rows.map(toSummary);
}

/** One conversation of this user; null when it does not exist or belongs to someone else. */
export async function loadConversation(
	db: GiroDatabase,
	{ userId, id }: { userId: number; id: string }
): Promise<Conversation | null> {
	const [row] = await db.orm
		.select({ ...summaryColumns, messages: chatConversations.messages })
		.from(chatConversations)
		.where(and(eq(chatConversations.id, id), eq(chatConversations.userId, userId)));
	return row ? { ...toSummary(row), messages: row.messages as UIMessage[] } : null;
}

/** True when `id` is taken by another user (a new id, or one of this user's, is free). */
export async function ownedBySomeoneElse(
	db: GiroDatabase,
	{ userId, id }: { userId: number; id: string }
): Promise<boolean> {
	const [row] = await db.orm
		.select({ userId: chatConversations.userId })
		.from(chatConversations)
		.where(eq(chatConversations.id, id));
	return row !== undefined && row.userId !== userId;
}

/**
 * Creates or replaces the user's conversation `id` with these messages and model. Returns
 * false (and writes nothing) when the id belongs to another user.
 */
export async function saveConversation(
	db: GiroDatabase,
	{
		userId,
		id,
		messages,
		model
	}: { userId: number; id: string; messages: UIMessage[]; model: string | null }
): Promise<boolean> {
	const saved = await db.orm
		.insert(chatConversations)
		.values({ id, userId, title: conversationTitle(messages), messages, model })
		.onConflictDoUpdate({
			target: chatConversations.id,
			set: {
				title: sql`excluded.title`,
				messages: sql`excluded.messages`,
				model: sql`excluded.model`,
				updatedAt: sql`now()`
			},
			setWhere: eq(chatConversations.userId, userId)
		})
		.returning({ id: chatConversations.id });
	return saved.length === 1;
}

/** Deletes the user's conversation; false when there was none of theirs with that id. */
export async function deleteConversation(
	db: GiroDatabase,
	{ userId, id }: { userId: number; id: string }
): Promise<boolean> {
	const deleted = await db.orm
		.delete(chatConversations)
		.where(and(eq(chatConversations.id, id), eq(chatConversations.userId, userId)))
		.returning({ id: chatConversations.id });
	return deleted.length === 1;
}
