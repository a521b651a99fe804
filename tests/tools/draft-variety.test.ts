/**
 * Issue #15 item 8, measured: offline drafts (templates, no language model) for 50 different
 * customers of the seeded demo, through draft_follow_up, must each cite a concrete fact of
 * that customer's history — a fact this test reads itself from the database: a product it
 * bought, a word of an interaction's topic, an open deal's subject, a date of an order, a
 * contact or a deal, or the number of days since its last order — and no sentence other than
 * a greeting or sign-off may repeat in more than 10% of the drafts. A deal's title is never
 * pasted raw (capitalised) in the middle of a sentence, openings vary, WhatsApp stays short,
 * and every draft passes the grounding check.
 */
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { daysBetween } from '#lib/server/domain/calendar/index.ts';
import { gatherDraftContext, ungroundedFacts } from '#lib/server/domain/follow-ups/drafts/index.ts';
import { DEFAULT_ENGINE_CONFIG } from '#lib/server/domain/portfolio/engine-config.ts';
import { draftFollowUp } from '#lib/server/tools/follow-ups/draft-follow-up.ts';
import type { DraftOutput } from '#lib/server/tools/follow-ups/draft-output.ts';
import { runTool } from '#lib/server/tools/run-tool.ts';
import { demoPglite } from '../support/databases.ts';
import { testContext } from '../support/tool-context.ts';

const AS_OF = '2026-11-23';
const SAMPLE = 50;

interface Sampled {
	customerId: number;
	consent: boolean;
	email: boolean;
}
interface Drafted {
	customerId: number;
	channel: string;
	purpose: string;
	body: string;
	facts: string[];
	titles: string[];
	contactFirstName: string | null;
	repName: string | null;
	ungrounded: string[];
}

const fold = (text: string) =>
	text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase();
const br = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
/** Words of an interaction's summary that name its topic (not "cliente", "pedido"…). */
const GENERIC = new Set(
	'cliente clientes pedido pedidos contato retorno produto produtos novo nova sobre ficou'.split(
		' '
	)
);
const topicWords = (summary: string) =>
	fold(summary)
		.split(/[^a-z0-9]+/)
		.filter((w) => w.length >= 5 && !GENERIC.has(w));

/** Greeting or sign-off: not counted as a repeated sentence. */
const GREETING =
	/^(ol[aá]|oi|bom dia|boa tarde|boa noite|tudo bem|espero que|aqui [eé]|sou |atenciosamente|abra[cç]os?|um abra[cç]o|obrigad[oa])\b/i;

/** The sentences of a draft's body (split on . ! ? and line breaks; not inside dates/money). */
function sentences(body: string): string[] {
	return body
		.split(/(?<=[.!?])\s+|\n+/)
		.map((s) => s.trim())
		.filter((s) => s.length > 0);
}

let db: GiroDatabase;
let drafts: Drafted[];

beforeAll(async () => {
	({ db } = await demoPglite({ seed: 20261123, asOf: AS_OF, customers: 600 }));
	const [manager] = await db.rows<{ id: number; name: string }>(
		sql`select id, name from users where role = 'manager' order by id limit 1`
	);
	const ctx = testContext(db, { ...manager, role: 'manager' }, AS_OF, 'chat');
	// 50 customers with a history (an invoiced order or a contact logged) whose primary contact
	// can receive a written message, spread over the portfolio by a fixed hash of the id.
	const sample = await db.rows<Sampled>(sql`
		select c.id as "customerId", k.whatsapp_consent as consent, (k.email is not null) as email
		from customers c
		join lateral (select * from contacts k where k.customer_id = c.id
			order by k.is_primary desc, k.id limit 1) k on true
		where (k.whatsapp_consent or k.email is not null)
			and (exists (select 1 from orders o where o.customer_id = c.id and o.status = 'invoiced'
					and o.order_date <= ${AS_OF}::date)
				or exists (select 1 from interactions i where i.customer_id = c.id
					and i.occurred_at < ${AS_OF}::date))
		order by md5(c.id::text) limit ${SAMPLE}`);
	drafts = [];
	for (const [index, s] of sample.entries()) {
		const channel =
			index % 2 === 0 ? (s.consent ? 'whatsapp' : 'email') : s.email ? 'email' : 'whatsapp';
		const outcome = await runTool(draftFollowUp, { customerId: s.customerId, channel }, ctx);
		if (!outcome.ok) throw new Error(`cliente ${s.customerId}: ${outcome.message}`);
		const o = outcome.structured as DraftOutput;
		const context = (await gatherDraftContext(db, {
			customerId: s.customerId,
			purpose: o.context.purpose as 'commercial',
			asOf: AS_OF,
			config: DEFAULT_ENGINE_CONFIG
		}))!;
		drafts.push({
			customerId: s.customerId,
			channel: o.draft.channel,
			purpose: o.context.purpose,
			body: o.draft.body,
			...(await historyFacts(s.customerId)),
			contactFirstName: o.context.contact?.firstName ?? null,
			repName: context.rep?.name ?? null,
			ungrounded: ungroundedFacts([o.draft.subject ?? '', o.draft.body].join('\n'), context)
		});
	}
}, 300_000);

/** What the test itself reads as the customer's history (up to the day of the drafts). */
async function historyFacts(customerId: number): Promise<{ facts: string[]; titles: string[] }> {
	const [products, interactions, deals, orders] = await Promise.all([
		db.rows<{ name: string }>(sql`
			select distinct coalesce(p.name, i.product_name) as name
			from order_items i join orders o on o.id = i.order_id
			left join products p on p.id = i.product_id
			where o.customer_id = ${customerId} and o.status = 'invoiced' and o.order_date <= ${AS_OF}::date`),
		db.rows<{ summary: string; date: string }>(sql`
			select summary, (occurred_at at time zone 'America/Sao_Paulo')::date::text as date
			from interactions where customer_id = ${customerId} and occurred_at < ${AS_OF}::date + 1`),
		db.rows<{ title: string; date: string }>(sql`
			select title, (stage_changed_at at time zone 'America/Sao_Paulo')::date::text as date
			from opportunities where customer_id = ${customerId} and stage_changed_at < ${AS_OF}::date + 1`),
		db.rows<{ date: string }>(sql`
			select order_date::text as date from orders
			where customer_id = ${customerId} and status = 'invoiced' and order_date <= ${AS_OF}::date
			order by order_date desc`)
	]);
	const dates = [...interactions, ...deals, ...orders].map((r) => br(r.date));
	const facts = [
		...products.map((p) => fold(p.name)),
		...interactions.flatMap((i) => topicWords(i.summary)),
		...deals.map((d) => fold(d.title)),
		...dates,
		...dates.map((d) => d.slice(0, 5)),
		...(orders[0] ? [`${daysBetween(orders[0].date, AS_OF)} dias`] : [])
	];
	return { facts: [...new Set(facts)], titles: deals.map((d) => d.title) };
}

const cites = (d: Drafted) => {
	const body = fold(d.body);
	return d.facts.some((f) =>
		/^\d/.test(f) ? new RegExp(`(?<![\\d/])${f}`).test(body) : body.includes(f)
	);
};

describe(`offline drafts for ${SAMPLE} demo customers`, () => {
	test('the sample is 50 different customers, over several purposes and both written channels', () => {
		expect(new Set(drafts.map((d) => d.customerId)).size).toBe(SAMPLE);
		expect(new Set(drafts.map((d) => d.purpose)).size).toBeGreaterThanOrEqual(3);
		expect(new Set(drafts.map((d) => d.channel))).toEqual(new Set(['whatsapp', 'email']));
	});

	test('every draft cites a concrete fact of that customer’s history', () => {
		const without = drafts.filter((d) => !cites(d));
		const share = (drafts.length - without.length) / drafts.length;
		console.info(`drafts citing a fact of the history: ${(share * 100).toFixed(0)}%`);
		expect(without.map((d) => `${d.customerId} (${d.purpose}, ${d.channel}): ${d.body}`)).toEqual(
			[]
		);
	});

	test('no sentence other than a greeting or sign-off repeats in more than 10% of the drafts', () => {
		const count = new Map<string, number>();
		for (const d of drafts)
			for (const s of new Set(sentences(d.body)))
				if (!GREETING.test(s) && s !== d.repName) count.set(s, (count.get(s) ?? 0) + 1);
		const ranked = [...count].sort((a, b) => b[1] - a[1]);
		const [top, n] = ranked[0] ?? ['', 0];
		console.info(
			`most repeated non-greeting sentence: "${top}" in ${n}/${drafts.length} (${((n / drafts.length) * 100).toFixed(0)}%)`
		);
		expect(ranked.filter(([, k]) => k > drafts.length * 0.1)).toEqual([]);
	});

	test('openings vary: no one greeting form opens more than half of the drafts', () => {
		const forms = new Map<string, number>();
		for (const d of drafts) {
			let first = sentences(d.body).slice(0, 2).join(' ');
			if (d.contactFirstName) first = first.replaceAll(d.contactFirstName, '{contato}');
			if (d.repName) first = first.replaceAll(d.repName, '{rep}');
			forms.set(first, (forms.get(first) ?? 0) + 1);
		}
		expect(forms.size).toBeGreaterThanOrEqual(3);
		expect(Math.max(...forms.values())).toBeLessThanOrEqual(drafts.length / 2);
	});

	test('a deal’s title is never pasted capitalised in the middle of a sentence', () => {
		const pasted = drafts.filter((d) =>
			d.titles.some((t) =>
				new RegExp(`\\p{Ll},? ${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(d.body)
			)
		);
		expect(pasted.map((d) => d.body)).toEqual([]);
	});

	test('only facts of the context; WhatsApp stays short', () => {
		for (const d of drafts) {
			expect(d.ungrounded, d.body).toEqual([]);
			if (d.channel === 'whatsapp') {
				expect(d.body.length, d.body).toBeLessThan(420);
				expect(d.body).not.toMatch(/\n/);
			}
		}
	});
});
