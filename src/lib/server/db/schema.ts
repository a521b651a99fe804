/**
 * Giro's data model (SPEC "Domain"): reps/users, customers, contacts, products,
 * orders and items, interactions, opportunities, follow-ups, and the audit log.
 *
 * - Money is integer cents (`bigint`, read as a JS number: exact up to R$ 90 trillion).
 * - Business dates are `date` columns read as 'YYYY-MM-DD' strings (America/Sao_Paulo);
 *   instants (interactions, audit) are `timestamptz`.
 * - Every enum is a `text` column with a CHECK constraint, so a bad value is rejected by the
 *   database itself with the constraint's name in the error, whatever door it came through.
 * - ERP ids are unique per table so imports can upsert.
 * - Interaction notes carry a generated Portuguese `tsvector` (GIN-indexed). The pgvector
 *   embedding lives in `interaction_embeddings`, created by `ensure-vector.ts` only where the
 *   `vector` extension exists (see that file for why it is not a plain migration).
 */
import { sql } from 'drizzle-orm';
import {
	bigint,
	bigserial,
	boolean,
	check,
	customType,
	date,
	index,
	integer,
	jsonb,
	numeric,
	pgTable,
	real,
	serial,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** Quote a list of literals for an `IN (...)` check constraint. */
const oneOf = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export const USER_ROLES = ['rep', 'manager'] as const;
export const CHANNELS = ['phone', 'email', 'whatsapp', 'visit', 'meeting'] as const;
export const DIRECTIONS = ['inbound', 'outbound'] as const;
export const ORDER_STATUSES = ['invoiced', 'cancelled'] as const;
export const INTERACTION_OUTCOMES = [
	'answered',
	'no_answer',
	'order_placed',
	'lost',
	'rescheduled'
] as const;
export const OPPORTUNITY_STAGES = [
	'qualification',
	'proposal',
	'negotiation',
	'evaluation',
	'won',
	'lost'
] as const;
export const FOLLOW_UP_PURPOSES = ['commercial', 'service', 'post_sale', 'reactivation'] as const;
export const FOLLOW_UP_STATUSES = ['pending', 'done', 'cancelled'] as const;
export const CREATED_BY = ['person', 'copilot', 'import'] as const;
export const DOORS = ['chat', 'mcp', 'cli', 'web', 'import', 'system'] as const;

export const users = pgTable(
	'users',
	{
		id: serial('id').primaryKey(),
		name: text('name').notNull(),
		email: text('email').notNull(),
		role: text('role', { enum: USER_ROLES }).notNull(),
		region: text('region'),
		/** ERP seller code, when the ERP has one. */
		externalId: text('external_id'),
		active: boolean('active').notNull().default(true),
		/** Login (better-auth's `user` model): e-mail confirmed, avatar, last change. */
		emailVerified: boolean('email_verified').notNull().default(false),
		image: text('image'),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		uniqueIndex('users_email_unique').on(sql`lower(${t.email})`),
		uniqueIndex('users_external_id_unique').on(t.externalId),
		check('users_role_check', sql`${t.role} in (${oneOf(USER_ROLES)})`)
	]
);

/**
 * Login sessions, credentials and one-time verification values of better-auth (see
 * `src/lib/server/auth/`), on numeric ids like every other table. Prefixed `auth_` so an
 * "account" here is never mistaken for a customer account. Passwords live only in
 * `auth_accounts.password`, as scrypt hashes; sessions are opaque random tokens.
 */
export const authSessions = pgTable(
	'auth_sessions',
	{
		id: serial('id').primaryKey(),
		token: text('token').notNull(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		ipAddress: text('ip_address'),
		userAgent: text('user_agent'),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		uniqueIndex('auth_sessions_token_unique').on(t.token),
		index('auth_sessions_user_idx').on(t.userId)
	]
);

export const authAccounts = pgTable(
	'auth_accounts',
	{
		id: serial('id').primaryKey(),
		/** For the `credential` provider: the user id, as text. */
		accountId: text('account_id').notNull(),
		providerId: text('provider_id').notNull(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		accessToken: text('access_token'),
		refreshToken: text('refresh_token'),
		idToken: text('id_token'),
		accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
		refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
		scope: text('scope'),
		/** scrypt hash (`salt:key`), never the password. */
		password: text('password'),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		uniqueIndex('auth_accounts_provider_account_unique').on(t.providerId, t.accountId),
		index('auth_accounts_user_idx').on(t.userId)
	]
);

export const authVerifications = pgTable(
	'auth_verifications',
	{
		id: serial('id').primaryKey(),
		identifier: text('identifier').notNull(),
		value: text('value').notNull(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [index('auth_verifications_identifier_idx').on(t.identifier)]
);

export const customers = pgTable(
	'customers',
	{
		id: serial('id').primaryKey(),
		erpCode: text('erp_code').notNull(),
		legalName: text('legal_name').notNull(),
		tradeName: text('trade_name'),
		/** 14 digits, no punctuation (check digits validated at the door). */
		cnpj: text('cnpj'),
		segment: text('segment'),
		city: text('city'),
		uf: text('uf'),
		country: text('country').notNull().default('BR'),
		repId: integer('rep_id').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		updatedAt: updatedAt()
	},
	(t) => [
		uniqueIndex('customers_erp_code_unique').on(t.erpCode),
		uniqueIndex('customers_cnpj_unique').on(t.cnpj),
		index('customers_rep_idx').on(t.repId),
		index('customers_segment_idx').on(t.segment),
		index('customers_uf_idx').on(t.uf),
		// Alphanumeric CNPJ (Receita Federal, from July 2026): 12 letters or digits, 2 check digits.
		check('customers_cnpj_check', sql`${t.cnpj} ~ '^[0-9A-Z]{12}[0-9]{2}$'`),
		check('customers_uf_check', sql`${t.uf} ~ '^[A-Z]{2}$'`)
	]
);

export const contacts = pgTable(
	'contacts',
	{
		id: serial('id').primaryKey(),
		externalId: text('external_id'),
		customerId: integer('customer_id')
			.notNull()
			.references(() => customers.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		role: text('role'),
		email: text('email'),
		phone: text('phone'),
		whatsapp: text('whatsapp'),
		/** LGPD opt-in: WhatsApp messages only when true. */
		whatsappConsent: boolean('whatsapp_consent').notNull().default(false),
		whatsappConsentAt: timestamp('whatsapp_consent_at', { withTimezone: true }),
		preferredChannel: text('preferred_channel', { enum: CHANNELS }),
		isPrimary: boolean('is_primary').notNull().default(false),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('contacts_external_id_unique').on(t.externalId),
		index('contacts_customer_idx').on(t.customerId),
		check('contacts_preferred_channel_check', sql`${t.preferredChannel} in (${oneOf(CHANNELS)})`),
		check(
			'contacts_consent_needs_whatsapp_check',
			sql`not ${t.whatsappConsent} or ${t.whatsapp} is not null`
		)
	]
);

export const products = pgTable(
	'products',
	{
		id: serial('id').primaryKey(),
		sku: text('sku').notNull(),
		name: text('name').notNull(),
		unit: text('unit'),
		category: text('category')
	},
	(t) => [uniqueIndex('products_sku_unique').on(t.sku)]
);

export const orders = pgTable(
	'orders',
	{
		id: serial('id').primaryKey(),
		erpId: text('erp_id').notNull(),
		customerId: integer('customer_id')
			.notNull()
			.references(() => customers.id, { onDelete: 'cascade' }),
		orderDate: date('order_date', { mode: 'string' }).notNull(),
		totalCents: bigint('total_cents', { mode: 'number' }).notNull(),
		/** Units or kg; null when the ERP export has no volume. */
		volume: numeric('volume', { precision: 14, scale: 3, mode: 'number' }),
		status: text('status', { enum: ORDER_STATUSES }).notNull().default('invoiced'),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('orders_erp_id_unique').on(t.erpId),
		// The analytics read one customer's invoiced orders in date order.
		index('orders_customer_date_idx')
			.on(t.customerId, t.orderDate)
			.where(sql`${t.status} = 'invoiced'`),
		index('orders_date_idx').on(t.orderDate),
		check('orders_total_nonnegative_check', sql`${t.totalCents} >= 0`),
		check('orders_volume_nonnegative_check', sql`${t.volume} >= 0`),
		check('orders_status_check', sql`${t.status} in (${oneOf(ORDER_STATUSES)})`)
	]
);

/**
 * Each customer's purchase occasions (invoiced orders of one day merged), as parallel arrays in
 * date order with everything about them that does not depend on `asOf`: running totals (cents,
 * volume in thousandths, how many occasions had a volume) and, at each occasion, the median of
 * the last ≤ 12 intervals and its MAD. Maintained only by the triggers of migration 0007 (every
 * change to `orders` recomputes the customers it touched, in the same transaction); never
 * written by the application. `customer-facts.ts` reads the figures at any `asOf` from it by
 * binary search (`width_bucket`), so the whole portfolio costs one row per customer. Cycles and
 * MADs are medians of whole days, i.e. multiples of ¼ day: exact in `real`.
 */
export const customerPurchaseHistory = pgTable('customer_purchase_history', {
	customerId: integer('customer_id')
		.primaryKey()
		.references(() => customers.id, { onDelete: 'cascade' }),
	occasionDates: date('occasion_dates', { mode: 'string' }).array().notNull(),
	cumCents: bigint('cum_cents', { mode: 'number' }).array().notNull(),
	cumVolumeMilli: bigint('cum_volume_milli', { mode: 'number' }).array().notNull(),
	volumeCounts: integer('volume_counts').array().notNull(),
	cycles: real('cycles').array().notNull(),
	mads: real('mads').array().notNull()
});

export const orderItems = pgTable(
	'order_items',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		orderId: integer('order_id')
			.notNull()
			.references(() => orders.id, { onDelete: 'cascade' }),
		productId: integer('product_id').references(() => products.id, { onDelete: 'set null' }),
		sku: text('sku').notNull(),
		productName: text('product_name'),
		quantity: numeric('quantity', { precision: 14, scale: 3, mode: 'number' }).notNull(),
		valueCents: bigint('value_cents', { mode: 'number' })
	},
	(t) => [
		index('order_items_order_idx').on(t.orderId),
		index('order_items_product_idx').on(t.productId),
		check('order_items_quantity_positive_check', sql`${t.quantity} > 0`),
		check('order_items_value_nonnegative_check', sql`${t.valueCents} >= 0`)
	]
);

export const interactions = pgTable(
	'interactions',
	{
		id: serial('id').primaryKey(),
		externalId: text('external_id'),
		customerId: integer('customer_id')
			.notNull()
			.references(() => customers.id, { onDelete: 'cascade' }),
		contactId: integer('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
		repId: integer('rep_id').references(() => users.id, { onDelete: 'set null' }),
		/** The negotiation this contact moved, if any (stalled deals are measured from it). */
		opportunityId: integer('opportunity_id').references(() => opportunities.id, {
			onDelete: 'set null'
		}),
		channel: text('channel', { enum: CHANNELS }).notNull(),
		direction: text('direction', { enum: DIRECTIONS }).notNull().default('outbound'),
		occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
		summary: text('summary').notNull(),
		notes: text('notes'),
		outcome: text('outcome', { enum: INTERACTION_OUTCOMES }),
		createdBy: text('created_by', { enum: CREATED_BY }).notNull().default('person'),
		createdAt: createdAt(),
		/**
		 * Portuguese stemming of the text as written *and* accent-folded: the first lets
		 * "reclamaram" match "reclamação" (the stemmer needs the accents), the second lets
		 * "reclamacao", typed without accents, match too. A query ORs the same two forms:
		 * `plainto_tsquery('portuguese', q) || plainto_tsquery('portuguese', giro_unaccent(q))`.
		 */
		searchVector: tsvector('search_vector').generatedAlwaysAs(
			sql`to_tsvector('portuguese'::regconfig, coalesce(summary, '') || ' ' || coalesce(notes, '')) || to_tsvector('portuguese'::regconfig, giro_unaccent(coalesce(summary, '') || ' ' || coalesce(notes, '')))`
		)
	},
	(t) => [
		uniqueIndex('interactions_external_id_unique').on(t.externalId),
		index('interactions_customer_time_idx').on(t.customerId, t.occurredAt),
		index('interactions_rep_time_idx').on(t.repId, t.occurredAt),
		index('interactions_opportunity_idx').on(t.opportunityId),
		index('interactions_search_idx').using('gin', t.searchVector),
		check('interactions_channel_check', sql`${t.channel} in (${oneOf(CHANNELS)})`),
		check('interactions_direction_check', sql`${t.direction} in (${oneOf(DIRECTIONS)})`),
		check('interactions_outcome_check', sql`${t.outcome} in (${oneOf(INTERACTION_OUTCOMES)})`),
		check('interactions_created_by_check', sql`${t.createdBy} in (${oneOf(CREATED_BY)})`)
	]
);

export const opportunities = pgTable(
	'opportunities',
	{
		id: serial('id').primaryKey(),
		externalId: text('external_id'),
		customerId: integer('customer_id')
			.notNull()
			.references(() => customers.id, { onDelete: 'cascade' }),
		repId: integer('rep_id').references(() => users.id, { onDelete: 'set null' }),
		title: text('title').notNull(),
		valueCents: bigint('value_cents', { mode: 'number' }).notNull(),
		stage: text('stage', { enum: OPPORTUNITY_STAGES }).notNull(),
		stageChangedAt: timestamp('stage_changed_at', { withTimezone: true }).notNull(),
		lastActivityAt: timestamp('last_activity_at', { withTimezone: true }),
		expectedClose: date('expected_close', { mode: 'string' }),
		/** For the `evaluation` stage: the date the customer agreed to answer by. */
		agreedReturnDate: date('agreed_return_date', { mode: 'string' }),
		lostReason: text('lost_reason'),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('opportunities_external_id_unique').on(t.externalId),
		index('opportunities_customer_idx').on(t.customerId),
		index('opportunities_rep_stage_idx').on(t.repId, t.stage),
		check('opportunities_value_nonnegative_check', sql`${t.valueCents} >= 0`),
		check('opportunities_stage_check', sql`${t.stage} in (${oneOf(OPPORTUNITY_STAGES)})`)
	]
);

export const followUps = pgTable(
	'follow_ups',
	{
		id: serial('id').primaryKey(),
		externalId: text('external_id'),
		customerId: integer('customer_id')
			.notNull()
			.references(() => customers.id, { onDelete: 'cascade' }),
		opportunityId: integer('opportunity_id').references(() => opportunities.id, {
			onDelete: 'set null'
		}),
		contactId: integer('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
		repId: integer('rep_id')
			.notNull()
			.references(() => users.id),
		dueDate: date('due_date', { mode: 'string' }).notNull(),
		channel: text('channel', { enum: CHANNELS }).notNull(),
		purpose: text('purpose', { enum: FOLLOW_UP_PURPOSES }).notNull(),
		status: text('status', { enum: FOLLOW_UP_STATUSES }).notNull().default('pending'),
		/** Attempts of one sequence share `sequenceId` (the id of its first follow-up). */
		sequenceId: integer('sequence_id'),
		attempt: integer('attempt').notNull().default(1),
		note: text('note'),
		outcome: text('outcome', { enum: INTERACTION_OUTCOMES }),
		completedAt: timestamp('completed_at', { withTimezone: true }),
		createdBy: text('created_by', { enum: CREATED_BY }).notNull().default('person'),
		createdByUserId: integer('created_by_user_id').references(() => users.id, {
			onDelete: 'set null'
		}),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('follow_ups_external_id_unique').on(t.externalId),
		index('follow_ups_rep_status_due_idx').on(t.repId, t.status, t.dueDate),
		index('follow_ups_customer_idx').on(t.customerId),
		check('follow_ups_channel_check', sql`${t.channel} in (${oneOf(CHANNELS)})`),
		check('follow_ups_purpose_check', sql`${t.purpose} in (${oneOf(FOLLOW_UP_PURPOSES)})`),
		check('follow_ups_status_check', sql`${t.status} in (${oneOf(FOLLOW_UP_STATUSES)})`),
		check('follow_ups_attempt_check', sql`${t.attempt} between 1 and 5`),
		check('follow_ups_outcome_check', sql`${t.outcome} in (${oneOf(INTERACTION_OUTCOMES)})`),
		check('follow_ups_created_by_check', sql`${t.createdBy} in (${oneOf(CREATED_BY)})`)
	]
);

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

/** API tokens of the MCP server: each belongs to one user; only a SHA-256 is stored. */
export const apiTokens = pgTable(
	'api_tokens',
	{
		id: serial('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		name: text('name').notNull(),
		/** First characters of the token, to recognise it in listings ("giro_ab12…"). */
		prefix: text('prefix').notNull(),
		tokenHash: text('token_hash').notNull(),
		createdAt: createdAt(),
		lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
		revokedAt: timestamp('revoked_at', { withTimezone: true })
	},
	(t) => [
		uniqueIndex('api_tokens_hash_unique').on(t.tokenHash),
		index('api_tokens_user_idx').on(t.userId)
	]
);

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
