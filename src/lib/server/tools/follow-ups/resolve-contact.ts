/**
 * Which contact and channel a follow-up or message uses: the asked contact (it must belong to
 * the customer) or the primary one, the asked channel or the contact's preferred one — and
 * WhatsApp only to a contact that gave consent (LGPD), otherwise a clear refusal that offers
 * e-mail or phone.
 */
import { sql } from 'drizzle-orm';
import type { ToolContext } from '../tool-context.ts';
import { ToolError } from '../tool-error.ts';

type Channel = 'phone' | 'email' | 'whatsapp' | 'visit' | 'meeting';

export interface ResolvedContact {
	id: number | null;
	name: string | null;
	channel: Channel;
}

export async function resolveContact(
	ctx: ToolContext,
	customerId: number,
	contactId: number | undefined,
	channel: Channel | undefined
): Promise<ResolvedContact> {
	const contacts = await ctx.db.rows<{
		id: number;
		name: string;
		consent: boolean;
		preferred: Channel | null;
		email: string | null;
		phone: string | null;
	}>(sql`
		select id, name, whatsapp_consent as consent, preferred_channel as preferred, email, phone
		from contacts where customer_id = ${customerId}
		order by is_primary desc, id`);
	const contact = contactId ? contacts.find((c) => c.id === contactId) : contacts[0];
	if (contactId && !contact)
		throw new ToolError('not_found', `O contato ${contactId} não é deste cliente.`);
	if (!contact)
		return { id: null, name: null, channel: channel && channel !== 'whatsapp' ? channel : 'phone' };
	let chosen: Channel = channel ?? contact.preferred ?? (contact.phone ? 'phone' : 'email');
	if (chosen === 'whatsapp' && !contact.consent) {
		if (channel === 'whatsapp') {
			const alternatives = [contact.email && 'email', contact.phone && 'phone']
				.filter(Boolean)
				.join(' ou ');
			throw new ToolError(
				'invalid_input',
				`${contact.name} não autorizou contato por WhatsApp (LGPD). Use ${alternatives || 'outro canal'}.`
			);
		}
		chosen = contact.phone ? 'phone' : 'email';
	}
	return { id: contact.id, name: contact.name, channel: chosen };
}
