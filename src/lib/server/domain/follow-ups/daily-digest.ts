/**
 * "Seu dia" (issue #15, item 6): the rep's day in one message — overdue and today's
 * follow-ups, the top customers to contact with their reason, stalled deals — each with a link.
 * Built from the rep queue (SPEC "What to do next"), scoped to that rep, so nothing of another
 * rep's portfolio can be in it. Plain text and HTML, pt-BR.
 */
import { sql } from 'drizzle-orm';
import { formatDate, formatMoney } from '#lib/format.ts';
import type { GiroDatabase } from '../../db/client.ts';
import type { EngineConfig } from '../portfolio/engine-config.ts';
import { repQueue } from '../portfolio/rep-queue.ts';

export interface DigestLine {
	text: string;
	link: string;
}

export interface Digest {
	subject: string;
	greeting: string;
	sections: { title: string; lines: DigestLine[]; empty: string }[];
	text: string;
	html: string;
}

const TOP = 5;

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function buildDigest(
	db: GiroDatabase,
	options: {
		user: { id: number; name: string };
		asOf: string;
		config: EngineConfig;
		origin: string;
	}
): Promise<Digest> {
	const { user, asOf, origin } = options;
	const queue = await repQueue(db, {
		asOf,
		scope: { repId: user.id },
		config: options.config,
		limit: 200
	});
	const customerLink = (id: number) => `${origin}/clientes/${id}`;
	const followUps: DigestLine[] = [];
	const customers: DigestLine[] = [];
	const deals: DigestLine[] = [];
	for (const item of queue.items) {
		if (item.kind === 'follow_up') {
			const f = item.figures;
			const when =
				f.overdueDays > 0
					? `atrasado desde ${formatDate(f.dueDate)}`
					: `hoje (${formatDate(f.dueDate)})`;
			followUps.push({
				text: `${item.customerName} — ${when}: ${item.reason}`,
				link: customerLink(item.customerId)
			});
		} else if (item.kind === 'customer' && customers.length < TOP)
			customers.push({
				text: `${item.customerName}: ${item.reason}`,
				link: customerLink(item.customerId)
			});
		else if (item.kind === 'opportunity' && deals.length < TOP)
			deals.push({
				text: `${item.customerName} — ${item.figures.title} (${formatMoney(item.figures.valueCents)}): ${item.reason}`,
				link: customerLink(item.customerId)
			});
	}
	const first = user.name.split(' ')[0];
	const greeting = `Bom dia, ${first}! Seu dia em ${formatDate(asOf)}:`;
	const sections = [
		{
			title: 'Follow-ups atrasados e de hoje',
			lines: followUps,
			empty: 'Nenhum follow-up atrasado ou para hoje.'
		},
		{
			title: 'Clientes para contatar',
			lines: customers,
			empty: 'Nenhum cliente em risco sem contato recente.'
		},
		{ title: 'Negociações paradas', lines: deals, empty: 'Nenhuma negociação parada.' }
	];
	const subject = `Seu dia no Giro — ${formatDate(asOf)}: ${followUps.length} follow-ups, ${customers.length} clientes, ${deals.length} negociações`;
	const agenda = `${origin}/agenda`;
	const text = [
		greeting,
		'',
		...sections.flatMap((s) => [
			`${s.title}:`,
			...(s.lines.length ? s.lines.map((l) => `- ${l.text}\n  ${l.link}`) : [`- ${s.empty}`]),
			''
		]),
		`Agenda completa: ${agenda}`
	].join('\n');
	const html = [
		`<p>${escapeHtml(greeting)}</p>`,
		...sections.map(
			(s) =>
				`<h3>${escapeHtml(s.title)}</h3><ul>${
					s.lines.length
						? s.lines
								.map((l) => `<li><a href="${escapeHtml(l.link)}">${escapeHtml(l.text)}</a></li>`)
								.join('')
						: `<li>${escapeHtml(s.empty)}</li>`
				}</ul>`
		),
		`<p><a href="${escapeHtml(agenda)}">Agenda completa</a></p>`
	].join('\n');
	return { subject, greeting, sections, text, html };
}

/** True the first time a user opens the app on `day` (and records it): "Seu dia" shows then. */
export async function firstOpenOfDay(
	db: GiroDatabase,
	userId: number,
	day: string
): Promise<boolean> {
	const rows = await db.rows<{ u: number }>(sql`
		insert into digest_views (user_id, day) values (${userId}, ${day}::date)
		on conflict do nothing returning user_id as u`);
	return rows.length > 0;
}
