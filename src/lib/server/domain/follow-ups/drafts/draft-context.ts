/**
 * The grounded context of a follow-up draft (issue #7): who (customer, contact, rep), why
 * (purpose) and the facts that matter — last order and its products, usual cycle and how late
 * it is, the open deal and its stage, the last interactions, a promise made, an open
 * complaint. Every draft, from a template or a model, may only say what is here
 * (`draft-facts.ts` lists the exact strings; `grounding.ts` checks a draft against them).
 *
 * Decisions: interaction summaries are kept (clipped) for the model and the phone script, but
 * free-text notes never enter the context — they are long, private, and where planted
 * prompt-injection text lives. A complaint or a promise is recognised from the summary and
 * outcome (see `infer-purpose.ts`); the draft only names its date, never quotes it.
 */
import type { RiskState } from '../../portfolio/classify-customer.ts';

export const DRAFT_PURPOSES = ['commercial', 'service', 'post_sale', 'reactivation'] as const;
export type DraftPurpose = (typeof DRAFT_PURPOSES)[number];

export const DRAFT_CHANNELS = ['whatsapp', 'email', 'phone'] as const;
export type DraftChannel = (typeof DRAFT_CHANNELS)[number];

export type ContactChannel = 'phone' | 'email' | 'whatsapp' | 'visit' | 'meeting';

export interface DraftContact {
	contactId: number;
	name: string;
	firstName: string;
	role: string | null;
	email: string | null;
	phone: string | null;
	whatsapp: string | null;
	whatsappConsent: boolean;
	preferredChannel: ContactChannel | null;
}

export interface DraftInteraction {
	/** AAAA-MM-DD, São Paulo. */
	date: string;
	channel: ContactChannel;
	direction: 'inbound' | 'outbound';
	/** Clipped to 120 characters. */
	summary: string;
	outcome: string | null;
}

export interface DraftContext {
	asOf: string;
	customer: {
		customerId: number;
		/** Trade name, else legal name. */
		name: string;
		legalName: string;
		city: string | null;
		uf: string | null;
		state: RiskState;
		repId: number | null;
	};
	/** Who signs: the customer's rep. */
	rep: { name: string; firstName: string } | null;
	contact: DraftContact | null;
	purpose: DraftPurpose;
	/** True when the purpose was inferred, not asked for. */
	purposeInferred: boolean;
	/** One pt-BR sentence: why this purpose. */
	purposeWhy: string;
	lastOrder: {
		date: string;
		totalCents: number;
		/** Product names of that order, by value (up to 3). */
		products: string[];
	} | null;
	cycle: {
		/** Usual repurchase cycle, whole days. */
		days: number;
		expectedNext: string;
		/** Whole days past the expected purchase; 0 when not late. */
		lateDays: number;
	} | null;
	opportunity: {
		opportunityId: number;
		title: string;
		stage: string;
		valueCents: number;
		/** When it reached its stage, AAAA-MM-DD. */
		stageSince: string;
	} | null;
	/** Up to 3, most recent first. */
	lastInteractions: DraftInteraction[];
	/** Latest contact where a return was agreed (last 30 days). */
	promise: DraftInteraction | null;
	/** Latest complaint not followed by an order (last 30 days). */
	complaint: DraftInteraction | null;
}
