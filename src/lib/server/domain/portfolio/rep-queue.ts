/**
 * SPEC "What to do next (fila do vendedor)": one ranked list per rep —
 * 1. follow-ups due today or overdue (oldest first, `queue-follow-ups.ts`);
 * 2. at-risk and declining customers, by usual monthly revenue × risk score, skipping those
 *    contacted in the last 3 business days (`queue-customers.ts`);
 * 3. stalled opportunities, by value (`stalled-opportunities.ts`);
 * each row with its reason in one sentence and a suggested channel (`suggest-channel.ts`).
 * The scope follows SPEC "Who sees what": a rep passes `{ repId }` and sees only the customers
 * they own; a manager may pass any scope. `asOf` is an input, as everywhere in the engine.
 */
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { DEFAULT_ENGINE_CONFIG, type EngineConfig } from './engine-config.ts';
import { customersToCall } from './queue-customers.ts';
import { dueFollowUps } from './queue-follow-ups.ts';
import type { OpportunityQueueItem, QueueItem, UnplacedQueueItem } from './queue-item.ts';
import type { PortfolioScope } from './scope.ts';
import { stalledOpportunities, type StalledOpportunity } from './stalled-opportunities.ts';
import { primaryContacts } from './primary-contacts.ts';
import { suggestChannel } from './suggest-channel.ts';

export const DEFAULT_QUEUE_LIMIT = 20;

export interface RepQueueOptions {
	asOf: string;
	scope?: PortfolioScope;
	config?: EngineConfig;
	/** Rows returned, across the three groups in order (default 20). */
	limit?: number;
}

export interface RepQueue {
	asOf: string;
	/** The first `limit` rows: group 1, then 2, then 3. */
	items: QueueItem[];
	/** Rows per group before the limit. */
	totals: { followUps: number; customers: number; opportunities: number; all: number };
	/** Group-2 candidates left out, and why. */
	skipped: { recentlyContacted: number; withDueFollowUp: number };
	limit: number;
	truncated: boolean;
}

export async function repQueue(db: GiroDatabase, options: RepQueueOptions): Promise<RepQueue> {
	const { asOf } = options;
	const scope = options.scope ?? {};
	const config = options.config ?? DEFAULT_ENGINE_CONFIG;
	const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_QUEUE_LIMIT));

	const followUps = await dueFollowUps(db, { asOf, scope, config });
	const withDueFollowUp = new Set(followUps.map((f) => f.customerId));
	const customers = await customersToCall(db, { asOf, scope, config, withDueFollowUp });
	const deals = await stalledOpportunities(db, { asOf, scope, config });
	const opportunities = await opportunityItems(db, deals);

	const all: UnplacedQueueItem[] = [...followUps, ...customers.items, ...opportunities];
	const items = all.slice(0, limit).map((item, i) => ({ ...item, position: i + 1 }) as QueueItem);
	return {
		asOf,
		items,
		totals: {
			followUps: followUps.length,
			customers: customers.items.length,
			opportunities: opportunities.length,
			all: all.length
		},
		skipped: {
			recentlyContacted: customers.skippedRecentlyContacted,
			withDueFollowUp: customers.skippedWithDueFollowUp
		},
		limit,
		truncated: all.length > limit
	};
}

/** Group 3 rows: already ordered by value by `stalledOpportunities`. */
async function opportunityItems(
	db: GiroDatabase,
	deals: StalledOpportunity[]
): Promise<Omit<OpportunityQueueItem, 'position'>[]> {
	const contacts = await primaryContacts(db, [...new Set(deals.map((d) => d.customerId))]);
	return deals.map(({ customerId, customerName, reason, ...figures }) => ({
		kind: 'opportunity',
		group: 3,
		customerId,
		customerName,
		reason,
		suggestedChannel: suggestChannel(contacts.get(customerId) ?? null),
		figures
	}));
}
