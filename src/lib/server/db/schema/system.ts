/** The audit log, app facts, confirmation tokens of writes and saved chat conversations. See ../schema.ts for the conventions. */
import { sql } from 'drizzle-orm';
import {
	bigserial,
	check,
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, oneOf, DOORS } from './columns.ts';
import { users } from './people.ts';

export const auditLog = pgTable(
	'audit_log',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
		door: text('door', { enum: DOORS }).notNull(),
		action: text('action').notNull(),
		entity: text('entity').notNull(),
		entityId: text('entity_id'),
		payload: jsonb('payload')
	},
	(t) => [
		index('audit_log_at_idx').on(t.at),
		index('audit_log_entity_idx').on(t.entity, t.entityId),
		check('audit_log_door_check', sql`${t.door} in (${oneOf(DOORS)})`)
	]
);

/** Key/value facts about this database: the demo generation date and seed, the schema notes. */
export const appMeta = pgTable('app_meta', {
	key: text('key').primaryKey(),
	value: jsonb('value').notNull(),
	updatedAt: updatedAt()
});

/**
 * Confirmed writes of the tool layer: one row per confirmation token used (its SHA-256, never
 * the token), inserted in the same transaction as the write it confirms — so a token performs
 * its action once, even when two calls race with it.
 */
export const toolConfirmations = pgTable('tool_confirmations', {
	tokenHash: text('token_hash').primaryKey(),
	tool: text('tool').notNull(),
	userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
	performedAt: timestamp('performed_at', { withTimezone: true }).notNull().defaultNow(),
	result: jsonb('result')
});

/**
 * Approvals the chat asked a person for (issue #13): recorded when the approval is requested,
 * bound to user, conversation, tool call and payload hash, with an expiry; consumed in the same
 * transaction as the write, so one "Aprovar" writes once, whatever is replayed.
 */
export const chatApprovals = pgTable('chat_approvals', {
	approvalId: text('approval_id').primaryKey(),
	userId: integer('user_id')
		.notNull()
		.references(() => users.id, { onDelete: 'cascade' }),
	conversationId: text('conversation_id'),
	toolCallId: text('tool_call_id').notNull(),
	tool: text('tool').notNull(),
	payloadHash: text('payload_hash').notNull(),
	createdAt: createdAt(),
	expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
	consumedAt: timestamp('consumed_at', { withTimezone: true })
});

/**
 * Saved copilot conversations, one row per conversation, private to its user. `messages` is
 * the AI SDK's UIMessage array as the chat last saw it (text, tool calls and their outputs,
 * approvals), so reopening a conversation shows exactly what was on screen.
 */
export const chatConversations = pgTable(
	'chat_conversations',
	{
		/** The chat id the browser generated (AI SDK `Chat` id). */
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		title: text('title').notNull(),
		messages: jsonb('messages').notNull().default([]),
		/** The model that answered last ("offline", "openai:gpt-4.1-mini", …). */
		model: text('model'),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('chat_conversations_user_time_idx').on(t.userId, t.updatedAt)]
);
