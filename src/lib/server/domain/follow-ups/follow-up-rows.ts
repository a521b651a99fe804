/**
 * The follow-up rows the writing tools read and change (issue #15): one follow-up with its
 * sequence, the pending one a customer already has for a purpose (no duplicates), the due one
 * a message answers, and the status changes — done with an outcome, a new date, cancelled.
 * Every change only touches a row that is still pending, and says whether it did, so two
 * concurrent confirmations cannot both complete, move or cancel one follow-up.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase, Orm } from '../../db/client.ts';
import { resultRows } from '../../db/client.ts';
import type { FollowUpOutcome } from './next-attempt.ts';

export interface FollowUpRecord {
	id: number;
	customerId: number;
	customerName: string;
	customerRepId: number | null;
	repId: number;
	contactId: number | null;
	contactName: string | null;
	opportunityId: number | null;
	channel: 'phone' | 'email' | 'whatsapp' | 'visit' | 'meeting';
	purpose: 'commercial' | 'service' | 'post_sale' | 'reactivation';
	status: 'pending' | 'done' | 'cancelled';
	outcome: FollowUpOutcome | null;
	dueDate: string;
	completedOn: string | null;
	attempt: number;
	sequenceId: number;
	/** Follow-ups in the sequence so far (this one included). */
	attempts: number;
	note: string | null;
}

export async function loadFollowUp(db: GiroDatabase, id: number): Promise<FollowUpRecord | null> {
	const [row] = await db.rows<FollowUpRecord>(sql`
		select f.id, f.customer_id as "customerId", coalesce(c.trade_name, c.legal_name) as "customerName",
			c.rep_id as "customerRepId", f.rep_id as "repId", f.contact_id as "contactId", k.name as "contactName",
			f.opportunity_id as "opportunityId", f.channel, f.purpose, f.status, f.outcome,
			f.due_date::text as "dueDate", f.note,
			(f.completed_at at time zone 'America/Sao_Paulo')::date::text as "completedOn",
			f.attempt, coalesce(f.sequence_id, f.id) as "sequenceId",
			(select count(*)::int from follow_ups g
				where coalesce(g.sequence_id, g.id) = coalesce(f.sequence_id, f.id)) as attempts
		from follow_ups f
		join customers c on c.id = f.customer_id
		left join contacts k on k.id = f.contact_id
		where f.id = ${id}`);
	return row ?? null;
}

/** The pending follow-up a customer already has for `purpose` (the earliest), if any. */
export async function pendingFollowUpFor(
	db: GiroDatabase,
	customerId: number,
	purpose: string
): Promise<{ id: number; dueDate: string } | null> {
	const [row] = await db.rows<{ id: number; dueDate: string }>(sql`
		select id, due_date::text as "dueDate" from follow_ups
		where customer_id = ${customerId} and purpose = ${purpose} and status = 'pending'
		order by due_date, id limit 1`);
	return row ?? null;
}

/** The follow-up a message to this customer today answers: the earliest pending one due by `asOf`. */
export async function dueFollowUpFor(
	db: GiroDatabase,
	customerId: number,
	asOf: string
): Promise<{ id: number; dueDate: string; purpose: FollowUpRecord['purpose'] } | null> {
	const [row] = await db.rows<{
		id: number;
		dueDate: string;
		purpose: FollowUpRecord['purpose'];
	}>(sql`
		select id, due_date::text as "dueDate", purpose from follow_ups
		where customer_id = ${customerId} and status = 'pending' and due_date <= ${asOf}::date
		order by due_date, id limit 1`);
	return row ?? null;
}

/** The last contact with a customer up to `asOf`: interaction or completed follow-up (AAAA-MM-DD). */
export async function lastContactDate(
	db: GiroDatabase,
	customerId: number,
	asOf: string
): Promise<string | null> {
	const [row] = await db.rows<{ d: string | null }>(sql`
		select greatest(
			(select max((occurred_at at time zone 'America/Sao_Paulo')::date) from interactions
				where customer_id = ${customerId} and (occurred_at at time zone 'America/Sao_Paulo')::date <= ${asOf}::date),
			(select max((completed_at at time zone 'America/Sao_Paulo')::date) from follow_ups
				where customer_id = ${customerId} and status = 'done'
					and (completed_at at time zone 'America/Sao_Paulo')::date <= ${asOf}::date)
		)::text as d`);
	return row?.d ?? null;
}

async function changed(tx: Orm, query: ReturnType<typeof sql>): Promise<boolean> {
	return resultRows<{ id: number }>(await tx.execute(query)).length > 0;
}

/** Marks a pending follow-up done with its outcome; false when it was no longer pending. */
export function markFollowUpDone(
	tx: Orm,
	id: number,
	outcome: FollowUpOutcome,
	at: Date
): Promise<boolean> {
	return changed(
		tx,
		sql`update follow_ups set status = 'done', outcome = ${outcome}, completed_at = ${at.toISOString()}::timestamptz
			where id = ${id} and status = 'pending' returning id`
	);
}

/** Moves a pending follow-up to another date; false when it was no longer pending. */
export function moveFollowUp(
	tx: Orm,
	id: number,
	dueDate: string,
	note: string | null
): Promise<boolean> {
	return changed(
		tx,
		sql`update follow_ups set due_date = ${dueDate}::date, note = coalesce(${note}, note)
			where id = ${id} and status = 'pending' returning id`
	);
}

/** Cancels a pending follow-up (its reason kept in the note); false when it was no longer pending. */
export function cancelPendingFollowUp(
	tx: Orm,
	id: number,
	reason: string | null
): Promise<boolean> {
	return changed(
		tx,
		sql`update follow_ups set status = 'cancelled', completed_at = now(),
				note = case when ${reason}::text is null then note
					else concat_ws(' · ', note, 'Cancelado: ' || ${reason}::text) end
			where id = ${id} and status = 'pending' returning id`
	);
}

/** A customer's pending follow-ups (optionally of one purpose), earliest first. */
export async function pendingFollowUpsOf(
	db: GiroDatabase,
	customerId: number,
	purpose?: string
): Promise<{ id: number; dueDate: string; purpose: string }[]> {
	return db.rows<{ id: number; dueDate: string; purpose: string }>(sql`
		select id, due_date::text as "dueDate", purpose from follow_ups
		where customer_id = ${customerId} and status = 'pending'
			and (${purpose ?? null}::text is null or purpose = ${purpose ?? null})
		order by due_date, id`);
}
