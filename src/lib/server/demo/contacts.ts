/**
 * The people at a customer (1–3): buyer, purchasing manager, owner, finance — with e-mail,
 * Brazilian phone numbers "(11) 3456-7890" / WhatsApp "(11) 98765-4321", and WhatsApp consent
 * for about 60% of them (LGPD opt-in, SPEC "Domain": WhatsApp only to who consented). The
 * preferred channel never says WhatsApp without consent.
 */
import type { contacts } from '#lib/server/db/schema.ts';
import type { CustomerIdentity } from '#lib/server/demo/customer-identity.ts';
import { instantAt } from '#lib/server/demo/day-numbers.ts';
import { FEMALE_NAMES, MALE_NAMES, plainText, SURNAMES } from '#lib/server/demo/names-pt-br.ts';
import type { Random } from '#lib/server/demo/random.ts';

export type ContactRow = typeof contacts.$inferInsert;

export interface DemoContact {
	id: number;
	firstName: string;
	role: string;
	consent: boolean;
	channel: 'phone' | 'email' | 'whatsapp' | 'visit';
}

const digits = (rng: Random, n: number) => {
	let out = '';
	for (let i = 0; i < n; i++) out += String(rng.int(0, 9));
	return out;
};

export function landline(rng: Random, ddd: number): string {
	return `(${ddd}) ${rng.int(2, 3)}${digits(rng, 3)}-${digits(rng, 4)}`;
}

export function mobile(rng: Random, ddd: number): string {
	return `(${ddd}) 9${rng.int(6, 9)}${digits(rng, 3)}-${digits(rng, 4)}`;
}

export function demoContacts(
	rng: Random,
	customer: CustomerIdentity,
	firstId: number,
	createdDay: number,
	asOfDay: number
): { rows: ContactRow[]; people: DemoContact[] } {
	const count = rng.weighted([
		[1, 40],
		[2, 40],
		[3, 20]
	]);
	const roles = rng.chance(0.35)
		? ['proprietário', 'comprador', 'financeiro']
		: rng.shuffle(['comprador', 'gerente de compras', 'financeiro']);
	const rows: ContactRow[] = [];
	const people: DemoContact[] = [];
	const taken = new Set<string>();
	for (let i = 0; i < count; i++) {
		let first: string;
		let last: string;
		do {
			first = rng.chance(0.5) ? rng.pick(FEMALE_NAMES) : rng.pick(MALE_NAMES);
			last = rng.pick(SURNAMES);
		} while (taken.has(first));
		taken.add(first);
		const role = roles[i];
		const hasWhatsapp = rng.chance(0.88);
		const consent = hasWhatsapp && rng.chance(0.68);
		const channel =
			consent && rng.chance(0.6)
				? 'whatsapp'
				: rng.weighted<DemoContact['channel']>([
						['phone', 5],
						['email', 4],
						['visit', 1]
					]);
		const user = `${plainText(first)}.${plainText(last).replace(/ /g, '')}`;
		const email = rng.chance(0.12)
			? `${user.replace('.', '')}${rng.int(1, 99)}@gmail.com`
			: role === 'financeiro' && rng.chance(0.5)
				? `financeiro@${customer.domain}`
				: `${user}@${customer.domain}`;
		const id = firstId + i;
		rows.push({
			id,
			customerId: customer.id,
			name: `${first} ${last}`,
			role,
			email,
			phone: landline(rng, customer.city.ddd),
			whatsapp: hasWhatsapp ? mobile(rng, customer.city.ddd) : null,
			whatsappConsent: consent,
			whatsappConsentAt: consent
				? instantAt(Math.min(asOfDay, createdDay + rng.int(0, 30)), rng.int(8, 17), rng.int(0, 59))
				: null,
			preferredChannel: channel,
			isPrimary: i === 0,
			createdAt: instantAt(createdDay, 10, 0)
		});
		people.push({ id, firstName: first, role, consent, channel });
	}
	return { rows, people };
}
