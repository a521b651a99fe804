/**
 * Recording a contact with a customer (SPEC "Domain": an interaction has a channel, direction,
 * date-time, rep, summary/notes and outcome): the row written, the deal it moved — whose
 * `last_activity_at` goes forward so it stops counting as stalled (SPEC "Definitions",
 * stalled deal) — and the São Paulo wall-time rules for when it happened: times without an
 * offset are São Paulo local time, a date alone means noon.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase, Orm } from '../../db/client.ts';
import { INTERACTION_OUTCOMES, interactions } from '../../db/schema.ts';

const SP = 'America/Sao_Paulo';

export const OUTCOME_LABEL: Record<(typeof INTERACTION_OUTCOMES)[number], string> = {
	answered: 'atendeu',
	no_answer: 'sem resposta',
	order_promised: 'prometeu pedido',
	order_placed: 'fez pedido',
	lost: 'venda perdida',
	rescheduled: 'remarcado'
};

/**
 * The instant (ISO, UTC) of a date-time as the tools accept it (AAAA-MM-DD → noon in São Paulo;
 * no offset → São Paulo wall time), or null when PostgreSQL does not read it as one.
 */
export async function saoPauloInstant(options: {
	db: GiroDatabase;
	text: string;
}): Promise<string | null> {
	const { db, text } = options;
	const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
	const withOffset = !dateOnly && /(?:Z|[+-]\d{2}:?\d{2})$/.test(text.slice(10));
	const value = dateOnly
		? sql`((${text}::date + time '12:00') at time zone ${SP})`
		: withOffset
			? sql`${text}::timestamptz`
			: sql`(${text}::timestamp at time zone ${SP})`;
	try {
		const [row] = await db.rows<{ iso: string }>(
			sql`select to_char(${value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as iso`
		);
		return row.iso;
	} catch {
		return null;
	}
}

/** "em dd/mm/aaaa hh:mm" (São Paulo wall time of an ISO instant), or "agora". */
export function describeInstant(iso: string | null): string {
	if (!iso) return 'agora (no momento da confirmação)';
	const parts = new Intl.DateTimeFormat('pt-BR', {
		timeZone: SP,
		day: '2-digit',
		month: '2-digit',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit'
	}).format(new Date(iso));
	return `em ${parts.replace(',', '')}`;
}

/** A contact of the customer (name and WhatsApp consent), or undefined when not this customer's. */
export async function customerContact(options: {
	db: GiroDatabase;
	customerId: number;
	contactId: number;
}): Promise<{ id: number; name: string; consent: boolean } | undefined> {
	const [contact] = await options.db.rows<{ id: number; name: string; consent: boolean }>(sql`
		select id, name, whatsapp_consent as consent from contacts
		where id = ${options.contactId} and customer_id = ${options.customerId}`);
	return contact;
}

/** Moves a deal's last activity forward to `at` (never back). */
export async function touchOpportunity(options: {
	tx: Orm;
	opportunityId: number;
	at: Date;
}): Promise<void> {
	const instant = sql`${options.at.toISOString()}::timestamptz`;
	await options.tx.execute(sql`
		update opportunities set last_activity_at = greatest(coalesce(last_activity_at, ${instant}), ${instant})
		where id = ${options.opportunityId}`);
}

type InteractionRow = typeof interactions.$inferInsert;

/**
 * Writes the interaction (its fields picked from `interaction`) at `occurredAt` and, when it
 * moved a deal, moves the deal's last activity to that instant (never back); returns its id.
 */
export async function recordInteraction(options: {
	tx: Orm;
	interaction: Pick<
		InteractionRow,
		'customerId' | 'contactId' | 'repId' | 'opportunityId' | 'channel' | 'direction'
	> &
		Pick<InteractionRow, 'summary' | 'notes' | 'outcome'>;
	occurredAt: Date;
	createdBy: 'copilot' | 'person';
}): Promise<number> {
	const { tx, interaction: i, occurredAt, createdBy } = options;
	const [row] = await tx
		.insert(interactions)
		.values({
			customerId: i.customerId,
			contactId: i.contactId,
			repId: i.repId,
			opportunityId: i.opportunityId,
			channel: i.channel,
			direction: i.direction,
			occurredAt,
			summary: i.summary,
			notes: i.notes,
			outcome: i.outcome,
			createdBy
		})
		.returning({ id: interactions.id });
	if (i.opportunityId)
		await touchOpportunity({ tx, opportunityId: i.opportunityId, at: occurredAt });
	return row.id;
}

/** The LGPD warning for an outbound WhatsApp to a contact who did not consent, else null. */
export function whatsappConsentWarning(options: {
	channel: string;
	direction: string;
	contact: { name: string; consent: boolean } | null | undefined;
}): string | null {
	const { channel, direction, contact } = options;
	return channel === 'whatsapp' && direction === 'outbound' && contact && !contact.consent
		? `${contact.name} não autorizou contato por WhatsApp (LGPD): prefira e-mail ou telefone nos próximos contatos.`
		: null;
}
