/**
 * One-tap links wherever a contact shows (issue #15): `tel:` for any phone, WhatsApp's
 * `https://wa.me/<digits>` only for a contact that gave consent (SPEC: WhatsApp only with
 * consent, LGPD). Brazilian numbers become digits with the country code 55.
 */

/** `+55 (19) 99999-0001` → `5519999990001`; null when it cannot be a phone number. */
export function phoneDigits(raw: string | null | undefined): string | null {
	if (!raw) return null;
	let digits = raw.replace(/\D/g, '');
	if (digits.startsWith('00')) digits = digits.slice(2);
	if (digits.length === 10 || digits.length === 11) digits = `55${digits}`;
	return digits.length >= 12 && digits.length <= 13 ? digits : null;
}

export function telHref(number: string | null | undefined): string | null {
	const digits = phoneDigits(number);
	return digits ? `tel:+${digits}` : null;
}

/** null without consent or without a number. */
export function whatsappHref(number: string | null | undefined, consent: boolean): string | null {
	const digits = phoneDigits(number);
	return consent && digits ? `https://wa.me/${digits}` : null;
}
