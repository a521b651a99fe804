/**
 * A customer's contacts: name, role, phone, e-mail and WhatsApp — the WhatsApp number only
 * with the contact's consent (LGPD): without it, the number is withheld and the row says so.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '../../db/client.ts';

export interface ContactLine {
	name: string;
	role: string | null;
	phone: string | null;
	email: string | null;
	whatsapp: string | null;
	whatsappConsent: boolean;
	preferredChannel: string | null;
	isPrimary: boolean;
}

export async function customerContacts(
	db: GiroDatabase,
	customerId: number
): Promise<ContactLine[]> {
	const rows = await db.rows<ContactLine>(sql`
		select name, role, phone, email, whatsapp, whatsapp_consent as "whatsappConsent",
			preferred_channel as "preferredChannel", is_primary as "isPrimary"
		from contacts where customer_id = ${customerId}
		order by is_primary desc, name, id`);
	return rows.map((r) => ({ ...r, whatsapp: r.whatsappConsent ? r.whatsapp : null }));
}
