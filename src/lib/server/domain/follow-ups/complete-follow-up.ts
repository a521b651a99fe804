/**
 * Completing a follow-up (SPEC "Definitions", follow-up cadence; issue #15): the follow-up as
 * the completion needs it — its customer and owner (for scope), contact, deal, status, attempt
 * and how many attempts its sequence has — and the guarded status change: only a pending
 * follow-up becomes done, so two concurrent completions write once.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { GiroDatabase, Orm } from '../../db/client.ts';
import { CHANNELS, INTERACTION_OUTCOMES, followUps } from '../../db/schema.ts';

export interface FollowUpToComplete {
	id: number;
	customerId: number;
	customerName: string;
	customerRepId: number | null;
	contactId: number | null;
	contactName: string | null;
	opportunityId: number | null;
	channel: (typeof CHANNELS)[number];
	purpose: string;
	status: string;
	outcome: (typeof INTERACTION_OUTCOMES)[number] | null;
	completedOn: string | null;
	attempt: number;
	sequenceId: number;
	attempts: number;
}

/** The follow-up with its customer, contact and sequence size, or undefined when missing. */
export async function followUpToComplete(options: {
	db: GiroDatabase;
	followUpId: number;
}): Promise<FollowUpToComplete | undefined> {
	const [f] = await options.db.rows<FollowUpToComplete>(sql`
		select f.id, f.customer_id as "customerId", coalesce(c.trade_name, c.legal_name) as "customerName",
			c.rep_id as "customerRepId", f.contact_id as "contactId", k.name as "contactName",
			f.opportunity_id as "opportunityId", f.channel, f.purpose, f.status, f.outcome,
			(f.completed_at at time zone 'America/Sao_Paulo')::date::text as "completedOn",
			f.attempt, coalesce(f.sequence_id, f.id) as "sequenceId",
			(select count(*)::int from follow_ups g
				where coalesce(g.sequence_id, g.id) = coalesce(f.sequence_id, f.id)) as attempts
		from follow_ups f
		join customers c on c.id = f.customer_id
		left join contacts k on k.id = f.contact_id
		where f.id = ${options.followUpId}`);
	return f;
}

/** Marks a pending follow-up done with its outcome at `at`; false when it was no longer pending. */
export async function markFollowUpDone(options: {
	tx: Orm;
	followUpId: number;
	outcome: (typeof INTERACTION_OUTCOMES)[number];
	at: Date;
}): Promise<boolean> {
	const { tx, followUpId, outcome, at } = options;
	const done = await tx
		.update(followUps)
		.set({ status: 'done', outcome, completedAt: at })
		.where(and(eq(followUps.id, followUpId), eq(followUps.status, 'pending')))
		.returning({ id: followUps.id });
	return done.length > 0;
}
