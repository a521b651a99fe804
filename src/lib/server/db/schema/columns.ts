/** Column helpers and the allowed values of every enum column (CHECK constraints). */
import { sql } from 'drizzle-orm';
import { customType, timestamp } from 'drizzle-orm/pg-core';

export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const createdAt = () =>
	timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () =>
	timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** Quote a list of literals for an `IN (...)` check constraint. */
export const oneOf = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

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
