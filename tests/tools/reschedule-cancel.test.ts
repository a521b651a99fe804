/**
 * reschedule_follow_up and cancel_follow_up through every door (issue #15 item 3), on the
 * fixture (asOf 23/11/2026): the tool itself (CLI door), the MCP server (SDK client over the
 * in-memory transport) and the chat (offline model, approval): preview first, nothing written
 * until confirmed, written once with an audit entry naming the door; a rep cannot touch another
 * rep's follow-up (answered like a missing one); a weekend or a past date is refused with the
 * nearest valid date; a customer with several pending follow-ups is asked which.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { readUIMessageStream, type UIMessage } from 'ai';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createGiroServer } from '../../mcp-server/create-server.ts';
import { OfflineModel } from '#lib/server/chat/offline-model/offline-model.ts';
import { runChat } from '#lib/server/chat/run-chat.ts';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { cancelFollowUp } from '#lib/server/tools/follow-ups/cancel-follow-up.ts';
import { rescheduleFollowUp } from '#lib/server/tools/follow-ups/reschedule-follow-up.ts';
import { runTool, type ToolOutcome } from '#lib/server/tools/run-tool.ts';
import { freshPglite } from '../support/databases.ts';
import { testContext } from '../support/tool-context.ts';
import { ana, ANA, AS_OF, bruno, seedFixture, type Fixture } from './fixture.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

const ok = (outcome: ToolOutcome): Any => {
	if (!outcome.ok) throw new Error(`expected success, got: ${outcome.message}`);
	return outcome.structured;
};

let db: GiroDatabase;
let fx: Fixture;
beforeAll(async () => {
	db = await freshPglite();
	fx = await seedFixture(db);
});
afterAll(() => db?.close());

const row = async (id: number) =>
	(
		await db.rows<{ status: string; due: string; note: string | null }>(sql`
			select status, due_date::text as due, note from follow_ups where id = ${id}`)
	)[0];
const audits = async (action: string, id: number) =>
	db.rows<{ door: string; user_id: number }>(sql`
		select door, user_id from audit_log where action = ${action} and entity_id = ${String(id)}`);

describe('the tools (CLI door)', () => {
	test('reschedule: preview, confirm once, audited; weekends and past dates refused', async () => {
		const input = { followUpId: fx.followUps.f3, dueDate: '2026-11-27', note: 'Rita pediu sexta' };
		const preview = ok(await runTool(rescheduleFollowUp, input, ana(db)));
		expect(preview.preview).toMatchObject({ fromDate: '2026-11-25', dueDate: '2026-11-27' });
		expect((await row(fx.followUps.f3)).due).toBe('2026-11-25'); // a preview writes nothing
		const done = ok(
			await runTool(
				rescheduleFollowUp,
				{ ...input, confirmationToken: preview.confirmationToken },
				ana(db)
			)
		);
		expect(done.status).toBe('done');
		expect(await row(fx.followUps.f3)).toMatchObject({ due: '2026-11-27', status: 'pending' });
		const again = await runTool(
			rescheduleFollowUp,
			{ ...input, confirmationToken: preview.confirmationToken },
			ana(db)
		);
		expect(again).toMatchObject({ ok: false, code: 'confirmation' });
		expect(await audits('reschedule_follow_up', fx.followUps.f3)).toEqual([
			{ door: 'cli', user_id: ANA }
		]);

		const saturday = await runTool(
			rescheduleFollowUp,
			{ followUpId: fx.followUps.f3, dueDate: '2026-11-28' },
			ana(db)
		);
		expect(saturday).toMatchObject({ ok: false, code: 'invalid_input' });
		expect((saturday as Any).message).toMatch(/28\/11\/2026 é sábado.*mais próxima é 30\/11\/2026/);
		const past = await runTool(
			rescheduleFollowUp,
			{ followUpId: fx.followUps.f3, dueDate: '2026-11-20' },
			ana(db)
		);
		expect((past as Any).message).toMatch(/já passou/);
	});

	test("scope: another rep's follow-up is answered like a missing one", async () => {
		const other = await runTool(
			rescheduleFollowUp,
			{ followUpId: fx.followUps.f6, dueDate: '2026-11-27' },
			ana(db)
		);
		const missing = await runTool(
			rescheduleFollowUp,
			{ followUpId: 999999, dueDate: '2026-11-27' },
			ana(db)
		);
		expect(other).toMatchObject({ ok: false, code: 'not_in_portfolio' });
		expect((other as Any).message.replace(/\d+/g, 'N')).toBe(
			(missing as Any).message.replace(/\d+/g, 'N')
		);
		const cancel = await runTool(cancelFollowUp, { followUpId: fx.followUps.f6 }, ana(db));
		expect(cancel).toMatchObject({ ok: false, code: 'not_in_portfolio' });
		expect((await row(fx.followUps.f6)).status).toBe('pending');
	});

	test('by customer: the only pending one, or the list to choose from', async () => {
		const several = await runTool(cancelFollowUp, { customerId: 1 }, ana(db));
		expect(several).toMatchObject({ ok: false, code: 'invalid_input' });
		expect((several as Any).message).toMatch(
			/2 follow-ups pendentes: \d+ \(comercial, 18\/11\/2026\); \d+ \(pós-venda, 02\/12\/2026\)/
		);
		const byPurpose = ok(
			await runTool(cancelFollowUp, { customerId: 1, purpose: 'post_sale' }, ana(db))
		);
		expect(byPurpose.preview.followUpId).toBe(fx.followUps.f4);
	});

	test('cancel: preview, confirm once, out of the pending list, audited', async () => {
		const input = { followUpId: fx.followUps.f6, reason: 'Cliente fechou a loja' };
		const preview = ok(await runTool(cancelFollowUp, input, bruno(db)));
		const done = ok(
			await runTool(
				cancelFollowUp,
				{ ...input, confirmationToken: preview.confirmationToken },
				bruno(db)
			)
		);
		expect(done.result.followUpId).toBe(fx.followUps.f6);
		expect(await row(fx.followUps.f6)).toMatchObject({ status: 'cancelled' });
		expect((await row(fx.followUps.f6)).note).toMatch(/Cancelado: Cliente fechou a loja/);
		const twice = await runTool(cancelFollowUp, input, bruno(db));
		expect(twice).toMatchObject({ ok: false, code: 'conflict' });
	});
});

describe('MCP', () => {
	test('both tools listed with annotations; preview, then the token writes once', async () => {
		const server = createGiroServer({
			db,
			secret: 'x'.repeat(40),
			actingUser: async () => ({ id: ANA, name: 'Ana', role: 'rep' }),
			today: () => AS_OF
		});
		const [a, b] = InMemoryTransport.createLinkedPair();
		await server.connect(a);
		const client = new Client({ name: 'test', version: '1' });
		await client.connect(b);
		const { tools } = await client.listTools();
		const cancel = tools.find((t) => t.name === 'cancel_follow_up');
		expect(cancel?.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true });
		expect(tools.some((t) => t.name === 'reschedule_follow_up')).toBe(true);

		const args = { followUpId: fx.followUps.f2, dueDate: '2026-11-30' };
		const first = (await client.callTool({ name: 'reschedule_follow_up', arguments: args })) as Any;
		expect(first.structuredContent.status).toBe('preview');
		expect((await row(fx.followUps.f2)).due).toBe(AS_OF);
		const second = (await client.callTool({
			name: 'reschedule_follow_up',
			arguments: { ...args, confirmationToken: first.structuredContent.confirmationToken }
		})) as Any;
		expect(second.structuredContent.status).toBe('done');
		expect((await row(fx.followUps.f2)).due).toBe('2026-11-30');
		expect(await audits('reschedule_follow_up', fx.followUps.f2)).toEqual([
			{ door: 'mcp', user_id: ANA }
		]);
		const foreign = (await client.callTool({
			name: 'cancel_follow_up',
			arguments: { followUpId: fx.followUps.f6 }
		})) as Any;
		expect(foreign.isError).toBe(true);
		await client.close();
	});
});

describe('chat (offline model)', () => {
	const user = (text: string): UIMessage => ({
		id: `u-${text.length}`,
		role: 'user',
		parts: [{ type: 'text', text }]
	});
	async function lastAssistant(result: Awaited<ReturnType<typeof runChat>>) {
		let message: UIMessage | undefined;
		for await (const m of readUIMessageStream<UIMessage>({ stream: result.toUIMessageStream() }))
			message = m;
		return message!;
	}

	test('"cancela o follow-up do Comercial Vale Verde": approval, then cancelled once', async () => {
		const ctx = testContext(db, { id: ANA, role: 'rep', name: 'Ana' }, AS_OF, 'chat');
		const [{ name }] = await db.rows<{ name: string }>(
			sql`select coalesce(trade_name, legal_name) as name from customers where id = 3`
		);
		const model = new OfflineModel();
		const request = user(`cancela o follow-up do ${name}`);
		const assistant = await lastAssistant(await runChat({ messages: [request], ctx, model }));
		const part = assistant.parts.find((p) => p.type === 'tool-cancel_follow_up') as Any;
		expect(part).toMatchObject({ state: 'approval-requested', input: { customerId: 3 } });
		expect((await row(fx.followUps.f3)).status).toBe('pending');
		Object.assign(part, {
			state: 'approval-responded',
			approval: { ...part.approval, approved: true }
		});
		const second = await runChat({ messages: [request, assistant], ctx, model });
		expect(await second.text).toMatch(/^Cancelado: /);
		expect((await row(fx.followUps.f3)).status).toBe('cancelled');
		expect(await audits('cancel_follow_up', fx.followUps.f3)).toEqual([
			{ door: 'chat', user_id: ANA }
		]);
	});

	test('"remarca o follow-up do Mercado Bom Preço pra sexta" asks which of the two', async () => {
		const ctx = testContext(db, { id: ANA, role: 'rep', name: 'Ana' }, AS_OF, 'chat');
		const model = new OfflineModel();
		const request = user('remarca o follow-up de pós-venda do Mercado Bom Preço pra sexta');
		const assistant = await lastAssistant(await runChat({ messages: [request], ctx, model }));
		const part = assistant.parts.find((p) => p.type === 'tool-reschedule_follow_up') as Any;
		expect(part).toMatchObject({
			state: 'approval-requested',
			input: { customerId: 1, dueDate: '2026-11-27', purpose: 'post_sale' }
		});
	});
});
