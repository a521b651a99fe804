/**
 * The follow-up agenda (list_follow_ups; decisions in that tool's header): the window's dates —
 * the week is Monday–Sunday, the one containing `asOf` — and the follow-ups of the scope's
 * customers in it, oldest first, each in its urgency bucket with its overdue calendar days.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '../../db/client.ts';
import type {
	CHANNELS,
	FOLLOW_UP_PURPOSES,
	FOLLOW_UP_STATUSES,
	INTERACTION_OUTCOMES
} from '../../db/schema.ts';
import { addDays, dayOfWeek, daysBetween } from '../calendar/iso-date.ts';
import { scopeCondition, type PortfolioScope } from '../portfolio/scope.ts';

export type AgendaWindow =
	'agenda' | 'overdue' | 'today' | 'this_week' | 'next_week' | 'range' | 'all';
export type Bucket = 'overdue' | 'today' | 'this_week' | 'later' | 'past';

export interface AgendaRow {
	followUpId: number;
	dueDate: string;
	status: (typeof FOLLOW_UP_STATUSES)[number];
	bucket: Bucket;
	overdueDays: number;
	customerId: number;
	customerName: string;
	contactName: string | null;
	channel: (typeof CHANNELS)[number];
	purpose: (typeof FOLLOW_UP_PURPOSES)[number];
	attempt: number;
	note: string | null;
	opportunityId: number | null;
	opportunityTitle: string | null;
	repId: number;
	outcome: (typeof INTERACTION_OUTCOMES)[number] | null;
}

export function weekOf(date: string): { monday: string; sunday: string } {
	const monday = addDays(date, -((dayOfWeek(date) + 6) % 7));
	return { monday, sunday: addDays(monday, 6) };
}

export function resolveWindow(
	input: { window: AgendaWindow; from?: string; to?: string },
	asOf: string
): { from: string | null; to: string | null } {
	const week = weekOf(asOf);
	switch (input.window) {
		case 'agenda':
			return { from: null, to: week.sunday };
		case 'overdue':
			return { from: null, to: addDays(asOf, -1) };
		case 'today':
			return { from: asOf, to: asOf };
		case 'this_week':
			return { from: week.monday, to: week.sunday };
		case 'next_week':
			return { from: addDays(week.monday, 7), to: addDays(week.sunday, 7) };
		case 'all':
			return { from: null, to: null };
		case 'range':
			if (!input.from || !input.to)
				throw new RangeError('from, to: com window = "range", informe as duas datas (AAAA-MM-DD).');
			if (input.from > input.to)
				throw new RangeError('from: o início precisa vir antes do fim (to).');
			return { from: input.from, to: input.to };
	}
}

function bucketOf(row: { dueDate: string; status: string }, asOf: string, sunday: string): Bucket {
	if (row.dueDate < asOf) return row.status === 'pending' ? 'overdue' : 'past';
	if (row.dueDate === asOf) return 'today';
	return row.dueDate <= sunday ? 'this_week' : 'later';
}

const NOTE_MAX = 100;
const clip = (text: string | null) =>
	text !== null && text.length > NOTE_MAX ? `${text.slice(0, NOTE_MAX - 1)}…` : text;

/** Every follow-up of `scope` in the window, oldest first, with its bucket. */
export async function followUpAgenda({
	db,
	asOf,
	scope,
	window,
	status,
	purpose
}: {
	db: GiroDatabase;
	asOf: string;
	scope: PortfolioScope;
	window: { from: string | null; to: string | null };
	status: string;
	purpose?: string;
}): Promise<AgendaRow[]> {
	const { sunday } = weekOf(asOf);
	const conditions = [scopeCondition(scope, 'c')];
	if (window.from) conditions.push(sql`f.due_date >= ${window.from}::date`);
	if (window.to) conditions.push(sql`f.due_date <= ${window.to}::date`);
	if (status !== 'any') conditions.push(sql`f.status = ${status}`);
	if (purpose) conditions.push(sql`f.purpose = ${purpose}`);
	const rows = await db.rows<Omit<AgendaRow, 'bucket' | 'overdueDays'>>(sql`
			select f.id as "followUpId", f.due_date::text as "dueDate", f.status,
				c.id as "customerId", coalesce(c.trade_name, c.legal_name) as "customerName",
				k.name as "contactName", f.channel, f.purpose, f.attempt, f.note,
				o.id as "opportunityId", o.title as "opportunityTitle", f.rep_id as "repId", f.outcome
			from follow_ups f
			join customers c on c.id = f.customer_id
			left join contacts k on k.id = f.contact_id
			left join opportunities o on o.id = f.opportunity_id
			where ${sql.join(conditions, sql` and `)}
			order by f.due_date, f.id`);
	const all: AgendaRow[] = rows.map((r) => {
		const bucket = bucketOf(r, asOf, sunday);
		return {
			...r,
			bucket,
			overdueDays: bucket === 'overdue' ? daysBetween(r.dueDate, asOf) : 0,
			note: clip(r.note)
		};
	});
	return all;
}
