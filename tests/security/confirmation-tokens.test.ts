/**
 * Confirmation tokens (issue #13, finding 2), on PGlite and on a real PostgreSQL server: a used
 * token `T` never writes again under another spelling (`T.`, `T.x`, `T..`, `T ` …); tokens of
 * another payload, another user or past their expiry are refused; 20 concurrent confirms with
 * `T`, `T.1` … `T.19` write exactly once. Single use is keyed on the token's signed identity.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { contacts } from '#lib/server/db/schema.ts';
import { TOKEN_TTL_MS } from '#lib/server/tools/confirmation.ts';
import { scheduleFollowUp } from '#lib/server/tools/follow-ups/schedule-follow-up.ts';
import { runTool, type ToolOutcome } from '#lib/server/tools/run-tool.ts';
import { freshPglite, freshServer } from '../support/databases.ts';
import { testContext } from '../support/tool-context.ts';
import { regularOrders, writeTinyPortfolio } from '../support/tiny-portfolio.ts';

const AS_OF = '2026-11-23'; // a Monday

function structured(outcome: ToolOutcome) {
	if (!outcome.ok) throw new Error(`expected success, got: ${outcome.message}`);
	return outcome.structured as { status: string; confirmationToken: string | null };
}

for (const [name, open] of [
	['PGlite', freshPglite],
	['PostgreSQL server', freshServer]
] as const) {
	describe(`confirmation tokens on ${name}`, () => {
		let db: GiroDatabase;
		beforeAll(async () => {
			db = await open();
			await writeTinyPortfolio(db, [
				{ id: 1, repId: 10, orders: regularOrders('2026-01-05', 21, 10) },
				{ id: 2, repId: 11, orders: regularOrders('2026-01-05', 30, 8) }
			]);
			await db.orm.insert(contacts).values([
				{
					customerId: 1,
					name: 'Paula',
					whatsapp: '+5511999990000',
					whatsappConsent: true,
					preferredChannel: 'whatsapp',
					isPrimary: true
				}
			]);
		});
		afterAll(() => db?.close());

		const rep = (id = 10) => testContext(db, { id, role: 'rep' }, AS_OF, 'mcp');
		const count = async () =>
			(await db.rows<{ n: number }>(sql`select count(*)::int as n from follow_ups`))[0].n;

		async function previewToken(dueDate: string): Promise<string> {
			const preview = structured(
				await runTool(scheduleFollowUp, { customerId: 1, allowDuplicate: true, dueDate }, rep())
			);
			expect(preview.status).toBe('preview');
			return preview.confirmationToken as string;
		}

		test('a used token never writes again, whatever is appended or changed', async () => {
			const input = { customerId: 1, allowDuplicate: true, dueDate: '2026-11-26' };
			const token = await previewToken(input.dueDate);
			const before = await count();
			const done = await runTool(scheduleFollowUp, { ...input, confirmationToken: token }, rep());
			expect(structured(done).status).toBe('done');
			expect(await count()).toBe(before + 1);
			const variants = [
				token,
				`${token}.`,
				`${token}.x`,
				`${token}..`,
				`${token}.${token.split('.')[1]}`,
				`${token}=`,
				`${token} `,
				` ${token}`,
				`${token}\u0000`,
				token.replace('.', '..'),
				`${token}${'A'.repeat(5000)}`
			];
			for (const variant of variants) {
				const again = await runTool(
					scheduleFollowUp,
					{ ...input, confirmationToken: variant },
					rep()
				);
				const label = JSON.stringify(variant.slice(-12));
				expect(again.ok, label).toBe(false);
				if (!again.ok) expect(['confirmation', 'invalid_input'], label).toContain(again.code);
			}
			expect(await count()).toBe(before + 1);
		});

		test('another payload, another user, an expired token: refused, nothing written', async () => {
			const token = await previewToken('2026-11-27');
			const before = await count();
			const otherPayload = await runTool(
				scheduleFollowUp,
				{ customerId: 1, allowDuplicate: true, dueDate: '2026-11-30', confirmationToken: token },
				rep()
			);
			expect(otherPayload).toMatchObject({ ok: false, code: 'confirmation' });
			const otherUser = await runTool(
				scheduleFollowUp,
				{ customerId: 1, allowDuplicate: true, dueDate: '2026-11-27', confirmationToken: token },
				testContext(db, { id: 12, role: 'manager' }, AS_OF, 'mcp')
			);
			expect(otherUser.ok).toBe(false);
			const realNow = Date.now;
			Date.now = () => realNow() + TOKEN_TTL_MS + 1000;
			try {
				const expired = await runTool(
					scheduleFollowUp,
					{ customerId: 1, allowDuplicate: true, dueDate: '2026-11-27', confirmationToken: token },
					rep()
				);
				expect(expired).toMatchObject({ ok: false, code: 'confirmation' });
				expect((expired as { message: string }).message).toMatch(/expirou/);
			} finally {
				Date.now = realNow;
			}
			expect(await count()).toBe(before);
		});

		test('20 concurrent confirms with T, T.1 … T.19 write exactly once', async () => {
			const input = { customerId: 1, allowDuplicate: true, dueDate: '2026-12-01' };
			const token = await previewToken(input.dueDate);
			const before = await count();
			const variants = [token, ...Array.from({ length: 19 }, (_, i) => `${token}.${i + 1}`)];
			const outcomes = await Promise.all(
				variants.map((confirmationToken) =>
					runTool(scheduleFollowUp, { ...input, confirmationToken }, rep())
				)
			);
			expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
			for (const o of outcomes.filter((o) => !o.ok))
				expect(o).toMatchObject({ ok: false, code: 'confirmation' });
			expect(await count()).toBe(before + 1);
		});
	});
}
