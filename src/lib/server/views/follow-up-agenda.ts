/**
 * The Agenda page until login exists: every pending follow-up, grouped as overdue, today and
 * the rest of the week, relative to `asOf` (today in São Paulo, passed in).
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '../db/client.ts';

export interface AgendaRow {
	id: number;
	dueDate: string;
	customerId: number;
	customerName: string;
	repName: string;
	channel: string;
	purpose: string;
	attempt: number;
	note: string | null;
}

export async function followUpAgenda(db: GiroDatabase, asOf: string, weekEnd: string) {
	const rows = await db.rows<AgendaRow>(sql`
		select f.id, f.due_date::text as "dueDate", c.id as "customerId",
			coalesce(c.trade_name, c.legal_name) as "customerName", u.name as "repName",
			f.channel, f.purpose, f.attempt, f.note
		from follow_ups f
		join customers c on c.id = f.customer_id
		join users u on u.id = f.rep_id
		where f.status = 'pending' and f.due_date <= ${weekEnd}::date
		order by f.due_date, c.legal_name`);
	return {
		overdue: rows.filter((r) => r.dueDate < asOf),
		today: rows.filter((r) => r.dueDate === asOf),
		thisWeek: rows.filter((r) => r.dueDate > asOf)
	};
}
