/**
 * The iCalendar feed (issue #15, item 7) on the tool fixture, parsed by ical.js (a maintained
 * RFC 5545 parser): one all-day event per pending follow-up of the user's customers, pt-BR
 * titles, a link to the customer, nothing of another rep's customers; a new link revokes the
 * old one; revoking ends it.
 */
import ICAL from 'ical.js';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import {
	createFeedToken,
	feedItems,
	feedOwner,
	renderFeed,
	revokeFeed
} from '#lib/server/domain/follow-ups/calendar-feed.ts';
import { freshPglite } from './support/databases.ts';
import { ANA, BRUNO_CUSTOMERS, seedFixture } from './tools/fixture.ts';

let db: GiroDatabase;
beforeAll(async () => {
	db = await freshPglite();
	await seedFixture(db);
});
afterAll(() => db?.close());

test("Ana's feed: her pending follow-ups as all-day events, in pt-BR, parsed by ical.js", async () => {
	const token = await createFeedToken(db, ANA);
	const owner = await feedOwner(db, token);
	expect(owner?.id).toBe(ANA);
	const text = renderFeed(owner!, await feedItems(db, ANA), {
		origin: 'https://giro.example.com',
		now: new Date('2026-11-23T12:00:00Z')
	});
	const calendar = new ICAL.Component(ICAL.parse(text));
	const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
	const pending = await db.rows<{ id: number; due: string; customerId: number }>(sql`
		select f.id, f.due_date::text as due, f.customer_id as "customerId" from follow_ups f
		join customers c on c.id = f.customer_id where f.status = 'pending' and c.rep_id = ${ANA}
		order by f.due_date, f.id`);
	expect(events.map((e) => e.uid)).toEqual(pending.map((p) => `follow-up-${p.id}@giro`));
	for (const [i, e] of events.entries()) {
		expect(e.startDate.isDate).toBe(true);
		expect(e.startDate.toString()).toBe(pending[i].due);
		expect(e.summary).toMatch(
			/^Follow-up (comercial|de atendimento|de pós-venda|de reativação): .+ \((ligação|e-mail|WhatsApp|visita|reunião)\)$/
		);
		expect(e.description).toContain(`https://giro.example.com/clientes/${pending[i].customerId}`);
	}
	const ids = new Set(pending.map((p) => p.customerId));
	for (const c of BRUNO_CUSTOMERS) expect(ids.has(c)).toBe(false);
	expect(text).not.toMatch(/Atacado Norte|Sérgio/);
	expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
});

test('a new link revokes the old one; revoking ends the feed', async () => {
	const first = await createFeedToken(db, ANA);
	const second = await createFeedToken(db, ANA);
	expect(await feedOwner(db, first)).toBeNull();
	expect((await feedOwner(db, second))?.id).toBe(ANA);
	await revokeFeed(db, ANA);
	expect(await feedOwner(db, second)).toBeNull();
	expect(await feedOwner(db, 'not a token')).toBeNull();
});
