/**
 * The safe-write flow of the tool layer, on PGlite and on a real PostgreSQL server: preview →
 * token → done; a reused token is refused; a token for another payload is refused; a
 * concurrent double submit performs once (on the server, where two connections really race).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { contacts, users } from '#lib/server/db/schema.ts';
import { scheduleFollowUp } from '#lib/server/tools/follow-ups/schedule-follow-up.ts';
import { runTool, type ToolOutcome } from '#lib/server/tools/run-tool.ts';
import { freshPglite, freshServer } from './support/databases.ts';
import { testContext } from './support/tool-context.ts';
import { regularOrders, writeTinyPortfolio } from './support/tiny-portfolio.ts';

const AS_OF = '2026-11-23'; // a Monday

function ok(outcome: ToolOutcome) {
	if (!outcome.ok) throw new Error(`expected success, got: ${outcome.message}`);
	return outcome.structured as {
		status: string;
		confirmationToken: string | null;
		preview: { dueDate: string; channel: string };
		result: { followUpId: number } | null;
	};
}

for (const [name, open] of [
	['PGlite', freshPglite],
	['PostgreSQL server', freshServer]
] as const) {
	describe(`confirmed writes on ${name}`, () => {
		let db: GiroDatabase;
		beforeAll(async () => {
			db = await open();
			await writeTinyPortfolio(db, [
				{ id: 1, repId: 10, orders: regularOrders('2026-01-05', 21, 10) },
				{ id: 2, repId: 11, orders: regularOrders('2026-01-05', 30, 8) }
			]);
			await db.orm
				.insert(users)
				.values({ id: 12, name: 'Gestora', email: 'g@giro.test', role: 'manager' });
			await db.orm.insert(contacts).values([
				{
					customerId: 1,
					name: 'Paula',
					whatsapp: '+5511999990000',
					whatsappConsent: true,
					preferredChannel: 'whatsapp',
					isPrimary: true
				},
				{
					customerId: 2,
					name: 'Jorge',
					phone: '+5511333330000',
					email: 'j@x.com',
					whatsapp: '+5511999991111',
					whatsappConsent: false,
					preferredChannel: 'whatsapp',
					isPrimary: true
				}
			]);
		});
		afterAll(() => db?.close());

		const rep = () => testContext(db, { id: 10, role: 'rep' }, AS_OF, 'mcp');
		const count = async () =>
			(await db.rows<{ n: number }>(sql`select count(*)::int as n from follow_ups`))[0].n;

		test('preview writes nothing; the token performs it once, with an audit entry', async () => {
			const input = { customerId: 1, dueDate: '2026-11-26', purpose: 'reactivation' };
			const preview = ok(await runTool(scheduleFollowUp, input, rep()));
			expect(preview.status).toBe('preview');
			expect(preview.preview).toMatchObject({ dueDate: '2026-11-26', channel: 'whatsapp' });
			expect(await count()).toBe(0);
			const done = ok(
				await runTool(
					scheduleFollowUp,
					{ ...input, confirmationToken: preview.confirmationToken },
					rep()
				)
			);
			expect(done.status).toBe('done');
			expect(await count()).toBe(1);
			const [audit] = await db.rows<{ door: string; user_id: number; action: string }>(
				sql`select door, user_id, action from audit_log order by id desc limit 1`
			);
			expect(audit).toEqual({ door: 'mcp', user_id: 10, action: 'schedule_follow_up' });
			const again = await runTool(
				scheduleFollowUp,
				{ ...input, confirmationToken: preview.confirmationToken },
				rep()
			);
			// The token was used: that is what a replay hears, not that the follow-up it created is
			// now a pending duplicate (issue #15).
			expect(again).toMatchObject({ ok: false, code: 'confirmation' });
			expect((again as { message: string }).message).toMatch(/já foi usado/);
			expect(await count()).toBe(1);
		});

		test('a token cannot confirm a different payload', async () => {
			const preview = ok(
				await runTool(scheduleFollowUp, { customerId: 1, dueDate: '2026-11-27' }, rep())
			);
			const other = await runTool(
				scheduleFollowUp,
				{ customerId: 1, dueDate: '2026-11-30', confirmationToken: preview.confirmationToken },
				rep()
			);
			expect(other).toMatchObject({ ok: false, code: 'confirmation' });
			expect((other as { message: string }).message).toMatch(/não corresponde/);
		});

		test('cadence and consent refusals name the reason and the nearest valid date', async () => {
			const weekend = await runTool(
				scheduleFollowUp,
				{ customerId: 1, dueDate: '2026-11-28' },
				rep()
			);
			expect(weekend).toMatchObject({ ok: false, code: 'invalid_input' });
			expect((weekend as { message: string }).message).toMatch(/sábado.*30\/11\/2026/);
			const manager = testContext(db, { id: 12, role: 'manager' }, AS_OF);
			const noConsent = await runTool(
				scheduleFollowUp,
				{ customerId: 2, channel: 'whatsapp' },
				manager
			);
			expect((noConsent as { message: string }).message).toMatch(/Jorge não autorizou.*WhatsApp/);
		});

		test("a rep cannot schedule on another rep's customer, and learns nothing about it", async () => {
			const outcome = await runTool(scheduleFollowUp, { customerId: 2 }, rep());
			expect(outcome).toMatchObject({ ok: false, code: 'not_in_portfolio' });
			const missing = await runTool(scheduleFollowUp, { customerId: 999 }, rep());
			expect((missing as { message: string }).message).toBe(
				(outcome as { message: string }).message.replace('cliente 2', 'cliente 999')
			);
		});

		test('bad input comes back as a pt-BR message that says how to fix the call', async () => {
			const outcome = await runTool(
				scheduleFollowUp,
				{ customerId: 'um', dueDate: '26/11' },
				rep()
			);
			expect(outcome.ok).toBe(false);
			expect((outcome as { message: string }).message).toMatch(
				/customerId.*número.*dueDate.*AAAA-MM-DD/s
			);
		});

		test('a concurrent double submit performs once', async () => {
			const input = { customerId: 1, dueDate: '2026-12-01' };
			const preview = ok(await runTool(scheduleFollowUp, input, rep()));
			const before = await count();
			const results = await Promise.all(
				Array.from({ length: 4 }, () =>
					runTool(
						scheduleFollowUp,
						{ ...input, confirmationToken: preview.confirmationToken },
						rep()
					)
				)
			);
			expect(results.filter((r) => r.ok)).toHaveLength(1);
			// The others are refused: the token was used, or (issue #15, no duplicates) the follow-up
			// it created is already pending when they resolve their action.
			expect(
				results.filter((r) => !r.ok && (r.code === 'confirmation' || r.code === 'conflict'))
			).toHaveLength(3);
			expect(await count()).toBe(before + 1);
		});
	});
}
