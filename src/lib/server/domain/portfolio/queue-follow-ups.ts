/**
 * Group 1 of the rep queue (SPEC "What to do next"): follow-ups due today or overdue, oldest
 * first, each with the channel it was scheduled on — unless that is WhatsApp and the contact
 * gave no consent (SPEC "Follow-up cadence"), in which case `suggest-channel.ts` falls back
 * and says so.
 *
 * Decisions: "due" means status `pending` and due date ≤ `asOf`; the scope is over the
 * customer (a rep sees the follow-ups of the customers they own, whoever scheduled them);
 * the contact is the follow-up's own, else the customer's primary one. Overdue days are
 * calendar days, as a person says them ("vencido há 3 dias").
 */
import { sql } from 'drizzle-orm';
import { formatInteger, plural } from '#lib/format.ts';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { daysBetween } from '#lib/server/domain/calendar/index.ts';
import type { EngineConfig } from './engine-config.ts';
import {
	channelContactColumns,
	toChannelContact,
	type ContactColumns
} from './primary-contacts.ts';
import type { FollowUpQueueItem } from './queue-item.ts';
import { scopeCondition, type PortfolioScope } from './scope.ts';
import { suggestChannel, type Channel } from './suggest-channel.ts';

interface DueRow extends ContactColumns {
	followUpId: number;
	customerId: number;
	customerName: string;
	repId: number;
	dueDate: string;
	channel: Channel;
	purpose: string;
	attempt: number;
	sequenceId: number | null;
	opportunityId: number | null;
	opportunityTitle: string | null;
	note: string | null;
}

const PURPOSE: Record<string, string> = {
	commercial: 'comercial',
	service: 'de atendimento',
	post_sale: 'de pós-venda',
	reactivation: 'de reativação'
};

export function followUpReason(
	purpose: string,
	overdueDays: number,
	attempt: number,
	maxAttempts: number
): string {
	const what = `Follow-up ${PURPOSE[purpose] ?? purpose}`;
	const when = overdueDays > 0 ? `vencido há ${plural(overdueDays, 'dia', 'dias')}` : 'para hoje';
	return `${what} ${when} (tentativa ${formatInteger(attempt)} de ${formatInteger(maxAttempts)}).`;
}

export async function dueFollowUps(
	db: GiroDatabase,
	options: { asOf: string; scope: PortfolioScope; config: EngineConfig }
): Promise<Omit<FollowUpQueueItem, 'position'>[]> {
	const { asOf, config } = options;
	const rows = await db.rows<DueRow>(sql`
		select f.id::int as "followUpId", c.id::int as "customerId",
			coalesce(c.trade_name, c.legal_name) as "customerName", f.rep_id::int as "repId",
			f.due_date::text as "dueDate", f.channel, f.purpose, f.attempt::int as attempt,
			f.sequence_id::int as "sequenceId", o.id::int as "opportunityId",
			o.title as "opportunityTitle", f.note, ${channelContactColumns('k')}
		from follow_ups f
		join customers c on c.id = f.customer_id
		left join opportunities o on o.id = f.opportunity_id
		left join lateral (
			select * from contacts k where k.customer_id = f.customer_id
			order by coalesce(k.id = f.contact_id, false) desc, k.is_primary desc, k.id
			limit 1
		) k on true
		where f.status = 'pending' and f.due_date <= ${asOf}::date
			and ${scopeCondition(options.scope, 'c')}
		order by f.due_date, f.id`);
	const maxAttempts = config.cadence.maxAttempts;
	return rows.map((r) => {
		const overdueDays = daysBetween(r.dueDate, asOf);
		return {
			kind: 'follow_up',
			group: 1,
			customerId: r.customerId,
			customerName: r.customerName,
			reason: followUpReason(r.purpose, overdueDays, r.attempt, maxAttempts),
			suggestedChannel: suggestChannel(toChannelContact(r), r.channel),
			figures: {
				followUpId: r.followUpId,
				dueDate: r.dueDate,
				overdueDays,
				purpose: r.purpose,
				attempt: r.attempt,
				maxAttempts,
				sequenceId: r.sequenceId,
				scheduledChannel: r.channel,
				opportunityId: r.opportunityId,
				opportunityTitle: r.opportunityTitle,
				repId: r.repId,
				note: r.note
			}
		};
	});
}
