/**
 * The approval panel's preview (preview-write.ts): the writing tool's own resolved action,
 * never a token, nothing written — not even when the request smuggles a confirmation token —
 * only for writing tools, and with the caller's scope (another rep's customer is not found).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { previewWrite } from '#lib/server/chat/preview-write.ts';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { freshPglite } from '../support/databases.ts';
import { testContext } from '../support/tool-context.ts';
import { ANA, AS_OF, seedFixture } from '../tools/fixture.ts';

let db: GiroDatabase;
beforeAll(async () => {
	db = await freshPglite();
	await seedFixture(db);
});
afterAll(() => db?.close());

const ana = () => testContext(db, { id: ANA, role: 'rep', name: 'Ana' }, AS_OF, 'chat');
const writes = async () =>
	(
		await db.rows<{ n: number }>(
			sql`select (select count(*) from follow_ups)::int + (select count(*) from audit_log)::int as n`
		)
	)[0].n;

test('the preview names the customer and the resolved date, with no token, and writes nothing', async () => {
	const before = await writes();
	const result = await previewWrite(ana(), {
		tool: 'schedule_follow_up',
		// Mercado Bom Preço has commercial and post-sale follow-ups pending: a service one is new.
		input: { customerId: 1, dueDate: '2026-11-26', purpose: 'service' }
	});
	expect(result).toMatchObject({
		ok: true,
		preview: { customerName: 'Mercado Bom Preço', dueDate: '2026-11-26', attempt: 1 }
	});
	expect(JSON.stringify(result)).not.toMatch(/confirmationToken|\.[A-Za-z0-9_-]{40,}/);
	expect(await writes()).toBe(before);
});

test('a smuggled confirmation token is dropped: still only a preview', async () => {
	const before = await writes();
	const first = await previewWrite(ana(), {
		tool: 'schedule_follow_up',
		input: { customerId: 1, purpose: 'service' }
	});
	expect(first.ok).toBe(true);
	const result = await previewWrite(ana(), {
		tool: 'schedule_follow_up',
		input: { customerId: 1, purpose: 'service', confirmationToken: 'x.y' }
	});
	expect(result.ok).toBe(true);
	expect(await writes()).toBe(before);
});

test('only writing tools; the caller’s scope applies', async () => {
	expect(await previewWrite(ana(), { tool: 'get_rep_queue', input: {} })).toMatchObject({
		ok: false,
		message: expect.stringMatching(/Só ferramentas que gravam/)
	});
	const other = await previewWrite(ana(), {
		tool: 'schedule_follow_up',
		input: { customerId: 6 }
	});
	expect(other.ok).toBe(false);
	expect(await previewWrite(ana(), null)).toMatchObject({ ok: false });
});
