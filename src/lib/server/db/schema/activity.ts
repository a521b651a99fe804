/** Interactions (contacts with customers) and follow-ups. See ../schema.ts for the conventions. */
import { sql } from 'drizzle-orm';
import {
	check,
	date,
	index,
	integer,
	pgTable,
	serial,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import {
	tsvector,
	createdAt,
	oneOf,
	CHANNELS,
	DIRECTIONS,
	INTERACTION_OUTCOMES,
	FOLLOW_UP_PURPOSES,
	FOLLOW_UP_STATUSES,
	CREATED_BY
} from './columns.ts';
import { customers, contacts } from './customers.ts';
import { users } from './people.ts';
import { opportunities } from './sales.ts';

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
