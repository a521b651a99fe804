/** The rep's day (issue #15): automatic follow-up settings and runs, digest views, calendar feeds. See ../schema.ts for the conventions. */
import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	integer,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns.ts';
import { users } from './people.ts';

/** Automatic follow-ups (SPEC "Automatic follow-ups"): one row, changed by managers. */
export const automationSettings = pgTable(
	'automation_settings',
	{
		id: integer('id').primaryKey().default(1),
		enabled: boolean('enabled').notNull().default(true),
		maxPerRep: integer('max_per_rep').notNull().default(5),
		updatedAt: updatedAt(),
		updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [
		check('automation_settings_single_row', sql`${t.id} = 1`),
		check('automation_settings_max_check', sql`${t.maxPerRep} between 0 and 50`)
	]
);

/** One row per business date the daily run ran: its primary key makes the run once a day. */
export const dailyRuns = pgTable('daily_runs', {
	runDate: date('run_date', { mode: 'string' }).primaryKey(),
	startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
	created: integer('created').notNull().default(0)
});

/** The day a user first saw "Seu dia" (the digest shows on the first open of each day). */
export const digestViews = pgTable(
	'digest_views',
	{
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		day: date('day', { mode: 'string' }).notNull(),
		seenAt: timestamp('seen_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.userId, t.day] })]
);

/** A user's secret iCalendar feed (the hash of its token); deleting the row revokes it. */
export const calendarFeeds = pgTable(
	'calendar_feeds',
	{
		userId: integer('user_id')
			.primaryKey()
			.references(() => users.id, { onDelete: 'cascade' }),
		tokenHash: text('token_hash').notNull(),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('calendar_feeds_token_hash_unique').on(t.tokenHash)]
);
