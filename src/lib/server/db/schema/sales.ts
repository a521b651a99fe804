/** Products, orders and their items, the purchase history the triggers maintain, and opportunities. See ../schema.ts for the conventions. */
import { sql } from 'drizzle-orm';
import {
	bigint,
	bigserial,
	check,
	date,
	index,
	integer,
	numeric,
	pgTable,
	real,
	serial,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { createdAt, oneOf, ORDER_STATUSES, OPPORTUNITY_STAGES } from './columns.ts';
import { customers } from './customers.ts';
import { users } from './people.ts';

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

/**
 * Customers touched by each change to orders or customers, stamped with the data version
 * (migration 0009, written by triggers): the materialised portfolio assessment refreshes
 * those customers only. A null customer means everything changed (TRUNCATE).
 */
export const portfolioChanges = pgTable(
	'portfolio_changes',
	{
		version: bigint('version', { mode: 'number' }).notNull(),
		customerId: integer('customer_id')
	},
	(t) => [index('portfolio_changes_version_idx').on(t.version)]
);

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
