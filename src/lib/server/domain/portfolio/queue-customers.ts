/**
 * Group 2 of the rep queue (SPEC "What to do next"): at-risk and declining customers, by usual
 * monthly revenue × risk score, skipping those contacted in the last 3 business days
 * (`EngineConfig.queue.skipContactedWithinBusinessDays`).
 *
 * Decisions where SPEC is silent:
 * - "At-risk and declining" = state `at_risk`, or the declining flag on an `active` or `new`
 *   customer (still buying, but less). `inactive` customers are left out even when flagged:
 *   past 3 cycles their recent window is empty, so the flag is mechanical, and with a risk
 *   score near 1 they would crowd out the customers that can still be kept. Prospects have no
 *   history to decline from.
 * - "Contacted in the last N business days" = any interaction (either direction, any channel)
 *   on or after the date N business days before `asOf`, up to `asOf`: with N = 3 and `asOf` a
 *   Wednesday, contacts since the previous Friday (weekend included) skip the customer.
 * - Customers with a follow-up already in group 1 are skipped too (one row per customer).
 * - A missing risk score (no BG/NBD fit: fewer than 2 buying customers) counts as 1, so the
 *   order falls back to usual monthly revenue; a missing usual revenue (no cycle) counts as 0.
 * - The reason is the assessment's own sentence: the cycle sentence for `at_risk`, the
 *   decline sentence (the last one `explain-state.ts` writes) for a declining active customer.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { addBusinessDays } from '#lib/server/domain/calendar/index.ts';
import { assessPortfolio, type CustomerAssessment } from './assess-portfolio.ts';
import type { EngineConfig } from './engine-config.ts';
import { primaryContacts } from './primary-contacts.ts';
import type { CustomerQueueItem } from './queue-item.ts';
import { endOfDaySql, startOfDaySql } from './sao-paulo-sql.ts';
import type { PortfolioScope } from './scope.ts';
import { suggestChannel } from './suggest-channel.ts';

export interface CustomersToCall {
	items: Omit<CustomerQueueItem, 'position'>[];
	/** Candidates left out because someone talked to them in the last N business days. */
	skippedRecentlyContacted: number;
	/** Candidates left out because they already have a due follow-up (group 1). */
	skippedWithDueFollowUp: number;
}

export function needsAttention(a: CustomerAssessment): boolean {
	if (a.state === 'at_risk') return true;
	return a.decline.declining && (a.state === 'active' || a.state === 'new');
}

export function priorityCents(a: CustomerAssessment): number {
	return (a.usualMonthlyCents ?? 0) * (a.riskScore ?? 1);
}

/** Customer ids among `ids` with an interaction from `since` to the end of `asOf`. */
export async function contactedSince(
	db: GiroDatabase,
	ids: readonly number[],
	since: string,
	asOf: string
): Promise<Set<number>> {
	if (ids.length === 0) return new Set();
	const list = sql.join(
		ids.map((id) => sql`${id}`),
		sql`, `
	);
	const rows = await db.rows<{ customerId: number }>(sql`
		select distinct i.customer_id::int as "customerId" from interactions i
		where i.customer_id in (${list})
			and i.occurred_at >= ${startOfDaySql(since)} and i.occurred_at < ${endOfDaySql(asOf)}`);
	return new Set(rows.map((r) => r.customerId));
}

export async function customersToCall(
	db: GiroDatabase,
	options: {
		asOf: string;
		scope: PortfolioScope;
		config: EngineConfig;
		/** Customers already in group 1. */
		withDueFollowUp: ReadonlySet<number>;
	}
): Promise<CustomersToCall> {
	const { asOf, config } = options;
	const assessed = await assessPortfolio(db, { asOf, scope: options.scope, config });
	const candidates = assessed.filter(needsAttention);
	const since = addBusinessDays(asOf, -config.queue.skipContactedWithinBusinessDays);
	const contacted = await contactedSince(
		db,
		candidates.map((a) => a.customerId),
		since,
		asOf
	);
	const withFollowUp = candidates.filter((a) => options.withDueFollowUp.has(a.customerId));
	const kept = candidates
		.filter((a) => !options.withDueFollowUp.has(a.customerId) && !contacted.has(a.customerId))
		.map((a) => ({ a, priority: priorityCents(a) }))
		.sort((x, y) => y.priority - x.priority || x.a.customerId - y.a.customerId);
	const contacts = await primaryContacts(
		db,
		kept.map(({ a }) => a.customerId)
	);
	return {
		skippedRecentlyContacted: candidates.filter(
			(a) => contacted.has(a.customerId) && !options.withDueFollowUp.has(a.customerId)
		).length,
		skippedWithDueFollowUp: withFollowUp.length,
		items: kept.map(({ a, priority }) => ({
			kind: 'customer',
			group: 2,
			customerId: a.customerId,
			customerName: a.name,
			reason: a.state === 'at_risk' ? a.reasons[0] : a.reasons[a.reasons.length - 1],
			suggestedChannel: suggestChannel(contacts.get(a.customerId) ?? null),
			figures: {
				state: a.state,
				declining: a.decline.declining,
				usualMonthlyCents: a.usualMonthlyCents,
				riskScore: a.riskScore,
				priorityCents: Math.round(priority),
				lastOccasion: a.lastOccasion,
				overdueDays: a.overdueDays,
				repId: a.repId,
				reasons: a.reasons
			}
		}))
	};
}
