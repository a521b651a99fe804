/**
 * Follow-ups in the rep's own calendar (issue #15, item 7): an iCalendar feed (RFC 5545) per
 * user at a secret URL. Only the token's SHA-256 is stored (`calendar_feeds`, one per user):
 * creating a new link replaces — revokes — the old one, deleting the row revokes it for good.
 * The feed holds the pending follow-ups of the user's own customers (and any assigned to
 * them), as all-day events with pt-BR titles.
 */
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '../../db/client.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A new secret token for the user's feed; the previous link stops working. */
export async function createFeedToken(db: GiroDatabase, userId: number): Promise<string> {
	const token = randomBytes(24).toString('base64url');
	await db.orm.execute(sql`
		insert into calendar_feeds (user_id, token_hash) values (${userId}, ${sha256(token)})
		on conflict (user_id) do update set token_hash = excluded.token_hash, created_at = now()`);
	return token;
}

export async function revokeFeed(db: GiroDatabase, userId: number): Promise<void> {
	await db.orm.execute(sql`delete from calendar_feeds where user_id = ${userId}`);
}

export async function hasFeed(db: GiroDatabase, userId: number): Promise<boolean> {
	const rows = await db.rows<{ u: number }>(
		sql`select user_id as u from calendar_feeds where user_id = ${userId}`
	);
	return rows.length > 0;
}

/** The user a feed token belongs to (active users only), or null. */
export async function feedOwner(
	db: GiroDatabase,
	token: string
): Promise<{ id: number; name: string } | null> {
	if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
	const [row] = await db.rows<{ id: number; name: string }>(sql`
		select u.id, u.name from calendar_feeds f join users u on u.id = f.user_id
		where f.token_hash = ${sha256(token)}`);
	return row ?? null;
}

export interface FeedItem {
	id: number;
	dueDate: string;
	customerId: number;
	customerName: string;
	channel: string;
	purpose: string;
	attempt: number;
	contactName: string | null;
	note: string | null;
}

export async function feedItems(db: GiroDatabase, userId: number): Promise<FeedItem[]> {
	return db.rows<FeedItem>(sql`
		select f.id, f.due_date::text as "dueDate", c.id as "customerId",
			coalesce(c.trade_name, c.legal_name) as "customerName", f.channel, f.purpose, f.attempt,
			k.name as "contactName", f.note
		from follow_ups f
		join customers c on c.id = f.customer_id
		left join contacts k on k.id = f.contact_id
		where f.status = 'pending' and (c.rep_id = ${userId} or f.rep_id = ${userId})
		order by f.due_date, f.id limit 1000`);
}

const PURPOSE: Record<string, string> = {
	commercial: 'comercial',
	service: 'de atendimento',
	post_sale: 'de pós-venda',
	reactivation: 'de reativação'
};
const CHANNEL: Record<string, string> = {
	phone: 'ligação',
	email: 'e-mail',
	whatsapp: 'WhatsApp',
	visit: 'visita',
	meeting: 'reunião'
};

/** RFC 5545 text escaping. */
const esc = (s: string) =>
	s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
function fold(line: string): string {
	const out: string[] = [];
	let current = '';
	let octets = 0;
	for (const ch of line) {
		const size = Buffer.byteLength(ch);
		if (octets + size > (out.length ? 74 : 75)) {
			out.push(current);
			current = '';
			octets = 0;
		}
		current += ch;
		octets += size;
	}
	out.push(current);
	return out.join('\r\n ');
}

const compact = (iso: string) => iso.replace(/-/g, '');
const nextDay = (iso: string) =>
	new Date(Date.parse(`${iso}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The feed as text/calendar; `origin` makes each event link to the customer's page. */
export function renderFeed(
	owner: { name: string },
	items: readonly FeedItem[],
	options: { origin: string; now: Date }
): string {
	const stamp = options.now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Giro//Follow-ups//PT-BR',
		'CALSCALE:GREGORIAN',
		`X-WR-CALNAME:${esc(`Follow-ups de ${owner.name} (Giro)`)}`,
		'X-WR-TIMEZONE:America/Sao_Paulo'
	];
	for (const f of items) {
		const link = `${options.origin}/clientes/${f.customerId}`;
		const summary = `Follow-up ${PURPOSE[f.purpose] ?? f.purpose}: ${f.customerName} (${CHANNEL[f.channel] ?? f.channel})`;
		const description = [
			`Tentativa ${f.attempt} de 5${f.contactName ? `, com ${f.contactName}` : ''}.`,
			f.note ?? '',
			`Abrir no Giro: ${link}`
		]
			.filter(Boolean)
			.join('\n');
		lines.push(
			'BEGIN:VEVENT',
			`UID:follow-up-${f.id}@giro`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${compact(f.dueDate)}`,
			`DTEND;VALUE=DATE:${compact(nextDay(f.dueDate))}`,
			`SUMMARY:${esc(summary)}`,
			`DESCRIPTION:${esc(description)}`,
			`URL:${link}`,
			'TRANSP:TRANSPARENT',
			'END:VEVENT'
		);
	}
	lines.push('END:VCALENDAR');
	return lines.map(fold).join('\r\n') + '\r\n';
}
