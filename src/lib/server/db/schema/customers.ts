/** Customers and their contacts. See ../schema.ts for the conventions. */
import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	index,
	integer,
	pgTable,
	serial,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, oneOf, CHANNELS } from './columns.ts';
import { users } from './people.ts';

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
