/**
 * The rows of the rep queue (SPEC "What to do next (fila do vendedor)"): three kinds, one per
 * group, each with the customer, one pt-BR sentence saying why it is there, the figures behind
 * that sentence and a suggested channel with its why.
 */
import type { RiskState } from './classify-customer.ts';
import type { StalledOpportunity } from './stalled-opportunities.ts';
import type { Channel, SuggestedChannel } from './suggest-channel.ts';

interface QueueRow {
	/** 1-based position in the whole queue. */
	position: number;
	customerId: number;
	customerName: string;
	/** One pt-BR sentence. */
	reason: string;
	suggestedChannel: SuggestedChannel;
}

/** Group 1: a pending follow-up due today or overdue. */
export interface FollowUpQueueItem extends QueueRow {
	kind: 'follow_up';
	group: 1;
	figures: {
		followUpId: number;
		dueDate: string;
		/** Calendar days past the due date (0 = due today). */
		overdueDays: number;
		purpose: string;
		attempt: number;
		maxAttempts: number;
		sequenceId: number | null;
		/** The channel the follow-up was scheduled on (the suggestion may differ). */
		scheduledChannel: Channel;
		opportunityId: number | null;
		opportunityTitle: string | null;
		repId: number;
		note: string | null;
	};
}

/** Group 2: an at-risk or declining customer. */
export interface CustomerQueueItem extends QueueRow {
	kind: 'customer';
	group: 2;
	figures: {
		state: RiskState;
		declining: boolean;
		usualMonthlyCents: number | null;
		/** SPEC "Risk score": probability of no purchase in the next 90 days. */
		riskScore: number | null;
		/** usualMonthlyCents × riskScore, the ranking key (cents per month). */
		priorityCents: number;
		lastOccasion: string | null;
		overdueDays: number | null;
		repId: number | null;
		/** Every sentence of the assessment (the reason is one of them). */
		reasons: string[];
	};
}

/** Group 3: a stalled opportunity. */
export interface OpportunityQueueItem extends QueueRow {
	kind: 'opportunity';
	group: 3;
	figures: Omit<StalledOpportunity, 'customerId' | 'customerName' | 'reason'>;
}

export type QueueItem = FollowUpQueueItem | CustomerQueueItem | OpportunityQueueItem;

/** A row before it gets its place in the queue. */
export type UnplacedQueueItem =
	| Omit<FollowUpQueueItem, 'position'>
	| Omit<CustomerQueueItem, 'position'>
	| Omit<OpportunityQueueItem, 'position'>;
