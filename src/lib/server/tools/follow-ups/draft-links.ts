/**
 * The links a follow-up draft opens: `mailto:` with the subject and body encoded, WhatsApp's
 * `https://wa.me/<digits>?text=…` — only for a contact that gave consent (SPEC: "WhatsApp only
 * to contacts that gave consent") — and `tel:` for a call. Brazilian numbers are normalised
 * to digits with the country code 55 (a number with DDD alone, 10 or 11 digits, gets it).
 */

/** `+55 (19) 99999-0001` → `5519999990001`; null when it cannot be a phone number. */
export function phoneDigits(raw: string | null): string | null {
	if (!raw) return null;
	let digits = raw.replace(/\D/g, '');
	if (digits.startsWith('00')) digits = digits.slice(2);
	if (digits.length === 10 || digits.length === 11) digits = `55${digits}`;
	return digits.length >= 12 && digits.length <= 13 ? digits : null;
}

export function mailtoLink(email: string | null, subject: string | null, body: string): string {
	const params = [
		subject ? `subject=${encodeURIComponent(subject)}` : null,
		`body=${encodeURIComponent(body)}`
	].filter(Boolean);
	return `mailto:${email ? encodeURIComponent(email).replace('%40', '@') : ''}?${params.join('&')}`;
}

/** WhatsApp link, or null without consent or without a number. */
export function whatsappLink(number: string | null, consent: boolean, body: string): string | null {
	const digits = phoneDigits(number);
	if (!consent || !digits) return null;
	return `https://wa.me/${digits}?text=${encodeURIComponent(body)}`;
}

export function telLink(number: string | null): string | null {
	const digits = phoneDigits(number);
	return digits ? `tel:+${digits}` : null;
}
