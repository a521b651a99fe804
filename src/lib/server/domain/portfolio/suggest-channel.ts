/**
 * The channel a queue row suggests, with its why (SPEC "What to do next": "a suggested
 * channel"; "Follow-up cadence": "WhatsApp only to contacts that gave consent" — LGPD opt-in).
 * Pure: the contact comes in, a channel and one pt-BR sentence go out.
 *
 * Rules (decisions where SPEC is silent):
 * - A follow-up keeps its own channel; any other row uses the contact's preferred channel.
 * - WhatsApp is never suggested without the contact's consent. The fallback is e-mail when the
 *   contact has one (a written message replaces a written message, so a drafted text still
 *   fits), else phone; the why says so.
 * - Any other wanted channel is kept as asked, even if the address looks missing: the person
 *   who scheduled it (or set the preference) knows more than the contact record.
 * - No preference: the first the contact can be reached on of phone (a call is the strongest
 *   reactivation touch), e-mail, WhatsApp with consent. No contact at all: phone.
 */
import type { CHANNELS } from '#lib/server/db/schema.ts';

export type Channel = (typeof CHANNELS)[number];

export interface ChannelContact {
	contactId: number;
	name: string;
	preferredChannel: Channel | null;
	whatsappConsent: boolean;
	hasEmail: boolean;
	hasPhone: boolean;
}

export interface SuggestedChannel {
	channel: Channel;
	contactId: number | null;
	contactName: string | null;
	/** One pt-BR sentence: why this channel. */
	why: string;
	/** True when the wanted channel (follow-up's or preferred) could not be used. */
	fellBack: boolean;
}

const WORD: Record<Channel, string> = {
	phone: 'telefone',
	email: 'e-mail',
	whatsapp: 'WhatsApp',
	visit: 'visita',
	meeting: 'reunião'
};

function reachable(contact: ChannelContact, channel: Channel): boolean {
	if (channel === 'whatsapp') return contact.whatsappConsent;
	if (channel === 'email') return contact.hasEmail;
	if (channel === 'phone') return contact.hasPhone;
	return true;
}

/** The first channel of `order` the contact can be reached on; phone when none. */
function firstReachable(contact: ChannelContact | null, order: readonly Channel[]): Channel {
	return (contact && order.find((c) => reachable(contact, c))) || 'phone';
}

/**
 * @param contact the person to reach (the follow-up's contact, else the customer's primary one)
 * @param followUpChannel the channel a follow-up was scheduled on; omit for other rows
 */
export function suggestChannel(
	contact: ChannelContact | null,
	followUpChannel?: Channel | null
): SuggestedChannel {
	const base = { contactId: contact?.contactId ?? null, contactName: contact?.name ?? null };
	const who = contact?.name ?? 'o cliente';
	const wanted = followUpChannel ?? contact?.preferredChannel ?? null;
	if (wanted === null) {
		const channel = firstReachable(contact, ['phone', 'email', 'whatsapp']);
		const why = contact
			? `${who} não tem canal preferido: ${WORD[channel]}.`
			: `Cliente sem contato cadastrado: ${WORD[channel]}.`;
		return { ...base, channel, why, fellBack: false };
	}
	const asked = followUpChannel
		? `Follow-up agendado por ${WORD[wanted]}`
		: `Canal preferido de ${who}: ${WORD[wanted]}`;
	if (wanted !== 'whatsapp') return { ...base, channel: wanted, why: `${asked}.`, fellBack: false };
	if (contact?.whatsappConsent)
		return { ...base, channel: wanted, why: `${asked} (com consentimento).`, fellBack: false };
	const channel = firstReachable(contact, ['email', 'phone']);
	const problem = contact
		? `${who} não deu consentimento para WhatsApp (LGPD)`
		: 'o cliente não tem contato com consentimento para WhatsApp (LGPD)';
	return {
		...base,
		channel,
		why: `${asked}, mas ${problem}: use ${WORD[channel]}.`,
		fellBack: true
	};
}
