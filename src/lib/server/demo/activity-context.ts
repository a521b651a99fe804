/**
 * What the activity generators (opportunities, interactions, follow-ups) know about one
 * customer, and the interaction draft they produce before ids are assigned. Kept apart so each
 * generator stays small and they all read the same facts.
 */
import type { Behaviour } from '#lib/server/demo/behaviour-plan.ts';
import type { CatalogueItem } from '#lib/server/demo/catalogue.ts';
import type { DemoContact } from '#lib/server/demo/contacts.ts';
import type { CustomerIdentity } from '#lib/server/demo/customer-identity.ts';
import type { Topic } from '#lib/server/demo/note-templates.ts';
import type { PortfolioFrame } from '#lib/server/demo/portfolio-frame.ts';
import type { Random } from '#lib/server/demo/random.ts';
import type { TeamMember } from '#lib/server/demo/team.ts';

export type Channel = 'phone' | 'email' | 'whatsapp' | 'visit' | 'meeting';
export type Outcome = 'answered' | 'no_answer' | 'order_placed' | 'lost' | 'rescheduled';

export interface ActivityContext {
	rng: Random;
	frame: PortfolioFrame;
	behaviour: Behaviour;
	customer: CustomerIdentity;
	contacts: readonly DemoContact[];
	manager: TeamMember;
	products: readonly CatalogueItem[];
	ticketCents: number;
	/** Invoiced purchase days, ascending. */
	purchaseDays: readonly number[];
	/** First day the customer is in touch with the company (first purchase or first contact). */
	since: number;
}

export interface InteractionDraft {
	day: number;
	minute: number;
	contact: DemoContact | null;
	repId: number;
	/** Index into the customer's opportunities, when the contact moved one. */
	opportunity: number | null;
	channel: Channel;
	direction: 'inbound' | 'outbound';
	topic: Topic | 'prompt_injection';
	summary: string;
	notes: string;
	outcome: Outcome | null;
	createdBy: 'person' | 'import';
}

/** A contact and a channel it may be reached on (WhatsApp only with consent). */
export function reachable(
	ctx: ActivityContext,
	wanted?: Channel
): { contact: DemoContact | null; channel: Channel } {
	const { rng, contacts } = ctx;
	const contact = contacts.length > 0 ? (rng.chance(0.7) ? contacts[0] : rng.pick(contacts)) : null;
	let channel: Channel =
		wanted ??
		rng.weighted<Channel>([
			['phone', 30],
			['whatsapp', 30],
			['email', 20],
			['visit', 12],
			['meeting', 8]
		]);
	if (channel === 'whatsapp' && !contact?.consent) channel = 'phone';
	return { contact, channel };
}

/** Minutes after midnight in business hours (08:00–18:00). */
export function workMinute(rng: Random, from = 8 * 60, to = 18 * 60): number {
	return rng.int(from, to - 1);
}
