/**
 * Who to reach at each customer, for the suggested channel of the rep queue (SPEC "What to do
 * next"): the primary contact, else the oldest one. Only what the channel rule needs is read
 * (consent, preference, whether an e-mail or phone exists) — never the addresses themselves.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import type { ChannelContact } from './suggest-channel.ts';

/** The columns `ChannelContact` needs, from a `contacts` row aliased as `alias`. */
export function channelContactColumns(alias: string) {
	const k = sql.raw(alias);
	return sql`${k}.id::int as "contactId", ${k}.name as "contactName",
		${k}.preferred_channel as "preferredChannel",
		coalesce(${k}.whatsapp_consent, false) as "whatsappConsent",
		(${k}.email is not null and ${k}.email <> '') as "hasEmail",
		(${k}.phone is not null and ${k}.phone <> '') as "hasPhone"`;
}

export interface ContactColumns {
	contactId: number | null;
	contactName: string | null;
	preferredChannel: ChannelContact['preferredChannel'];
	whatsappConsent: boolean;
	hasEmail: boolean;
	hasPhone: boolean;
}

/** A row read with `channelContactColumns` as a contact, or null when the join found none. */
export function toChannelContact(row: ContactColumns): ChannelContact | null {
	if (row.contactId === null) return null;
	return {
		contactId: row.contactId,
		name: row.contactName ?? '',
		preferredChannel: row.preferredChannel,
		whatsappConsent: row.whatsappConsent,
		hasEmail: row.hasEmail,
		hasPhone: row.hasPhone
	};
}

/** The contact to reach per customer id (customers without contacts are absent). */
export async function primaryContacts(
	db: GiroDatabase,
	customerIds: readonly number[]
): Promise<Map<number, ChannelContact>> {
	const found = new Map<number, ChannelContact>();
	if (customerIds.length === 0) return found;
	const ids = sql.join(
		customerIds.map((id) => sql`${id}`),
		sql`, `
	);
	const rows = await db.rows<ContactColumns & { customerId: number }>(sql`
		select distinct on (k.customer_id) k.customer_id::int as "customerId",
			${channelContactColumns('k')}
		from contacts k
		where k.customer_id in (${ids})
		order by k.customer_id, k.is_primary desc, k.id`);
	for (const row of rows) {
		const contact = toChannelContact(row);
		if (contact) found.set(row.customerId, contact);
	}
	return found;
}
