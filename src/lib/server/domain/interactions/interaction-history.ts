/**
 * A contact history (SPEC "Domain", interaction; "Who sees what"): the interactions in the
 * caller's scope up to the end of `asOf` (later ones do not exist for the answer), optionally
 * in a period and by channel, direction and outcome, newest first — ids first, so a page reads
 * only its rows; long texts are cut so a page stays compact.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '../../db/client.ts';
import type { CHANNELS, DIRECTIONS, INTERACTION_OUTCOMES } from '../../db/schema.ts';
import type { Period } from '../portfolio/period.ts';
import { endOfDaySql, startOfDaySql } from '../portfolio/sao-paulo-sql.ts';
import { scopeCondition, type PortfolioScope } from '../portfolio/scope.ts';

export interface HistoryRow {
	interactionId: number;
	occurredAt: string;
	customerId: number;
	customerName: string;
	contactName: string | null;
	repId: number | null;
	channel: (typeof CHANNELS)[number];
	direction: (typeof DIRECTIONS)[number];
	summary: string;
	notes: string | null;
	outcome: (typeof INTERACTION_OUTCOMES)[number] | null;
	opportunityId: number | null;
}

/** The ids of the matching interactions, newest first. */
export async function interactionHistoryIds(options: {
	db: GiroDatabase;
	scope: PortfolioScope;
	asOf: string;
	period: Period | null;
	channel?: string;
	direction?: string;
	outcome?: string;
}): Promise<{ id: number }[]> {
	const { scope, period, asOf } = options;
	const conditions = [
		scopeCondition(scope, 'c'),
		sql`i.occurred_at < ${endOfDaySql(period?.to ?? asOf)}`
	];
	if (period) conditions.push(sql`i.occurred_at >= ${startOfDaySql(period.from)}`);
	if (options.channel) conditions.push(sql`i.channel = ${options.channel}`);
	if (options.direction) conditions.push(sql`i.direction = ${options.direction}`);
	if (options.outcome) conditions.push(sql`i.outcome = ${options.outcome}`);
	return options.db.rows<{ id: number }>(sql`
		select i.id from interactions i join customers c on c.id = i.customer_id
		where ${sql.join(conditions, sql` and `)}
		order by i.occurred_at desc, i.id desc`);
}

/** The rows of these interactions (São Paulo wall time), newest first. */
export async function interactionHistoryRows(options: {
	db: GiroDatabase;
	ids: readonly number[];
}): Promise<HistoryRow[]> {
	if (!options.ids.length) return [];
	return options.db.rows<HistoryRow>(sql`
		select i.id as "interactionId",
			to_char(i.occurred_at at time zone 'America/Sao_Paulo', 'YYYY-MM-DD"T"HH24:MI') as "occurredAt",
			c.id as "customerId", coalesce(c.trade_name, c.legal_name) as "customerName",
			k.name as "contactName", i.rep_id as "repId", i.channel, i.direction, i.summary,
			i.notes, i.outcome, i.opportunity_id as "opportunityId"
		from interactions i
		join customers c on c.id = i.customer_id
		left join contacts k on k.id = i.contact_id
		where i.id in (${sql.join(
			options.ids.map((id) => sql`${id}`),
			sql`, `
		)})
		order by i.occurred_at desc, i.id desc`);
}

const SUMMARY_MAX = 160;
const NOTES_MAX = 300;

function clip(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A row as a page shows it: summary cut to 160 characters, notes (300) only when asked. */
export function historyLine({ notes, ...r }: HistoryRow, includeNotes: boolean) {
	return {
		...r,
		summary: clip(r.summary, SUMMARY_MAX),
		hasNotes: !!notes,
		...(includeNotes && { notes: notes === null ? null : clip(notes, NOTES_MAX) })
	};
}
