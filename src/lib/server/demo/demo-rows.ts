/**
 * The rows of a demo batch, table by table, in the order they must be inserted (parents before
 * children), with the next explicit id of every table. Ids are assigned by the generator so the
 * truth can name them before anything touches a database.
 */
import type { interactions, orderItems, orders } from '#lib/server/db/schema.ts';
import type { ProductRow } from '#lib/server/demo/catalogue.ts';
import type { ContactRow } from '#lib/server/demo/contacts.ts';
import type { CustomerRow } from '#lib/server/demo/customer-identity.ts';
import type { FollowUpRow } from '#lib/server/demo/follow-ups.ts';
import type { OpportunityRow } from '#lib/server/demo/opportunities.ts';
import type { UserRow } from '#lib/server/demo/team.ts';

export type OrderRow = typeof orders.$inferInsert;
export type OrderItemRow = typeof orderItems.$inferInsert;
export type InteractionRow = typeof interactions.$inferInsert;

export interface DemoRows {
	users: UserRow[];
	products: ProductRow[];
	customers: CustomerRow[];
	contacts: ContactRow[];
	orders: OrderRow[];
	orderItems: OrderItemRow[];
	opportunities: OpportunityRow[];
	interactions: InteractionRow[];
	followUps: FollowUpRow[];
}

/** Insertion order: every foreign key points to a table earlier in the list. */
export const TABLE_ORDER = [
	'users',
	'products',
	'customers',
	'contacts',
	'orders',
	'orderItems',
	'opportunities',
	'interactions',
	'followUps'
] as const satisfies readonly (keyof DemoRows)[];

export type DemoTable = (typeof TABLE_ORDER)[number];

export function emptyRows(): DemoRows {
	return {
		users: [],
		products: [],
		customers: [],
		contacts: [],
		orders: [],
		orderItems: [],
		opportunities: [],
		interactions: [],
		followUps: []
	};
}

export function rowCount(rows: DemoRows): number {
	return TABLE_ORDER.reduce((sum, table) => sum + rows[table].length, 0);
}

/** The next id to give in each table. */
export interface IdCounters {
	contact: number;
	order: number;
	item: number;
	interaction: number;
	opportunity: number;
	followUp: number;
}

export function firstIds(): IdCounters {
	return { contact: 1, order: 1, item: 1, interaction: 1, opportunity: 1, followUp: 1 };
}
