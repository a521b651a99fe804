/**
 * Issue #15 items 1 and 4 through the tools (PGlite fixture, asOf 23/11/2026): a contact logged
 * for a due follow-up completes it with its outcome — it leaves the queue and the follow-up
 * list at once — keeps the sequence's purpose in the next attempt, which is offered on the
 * cadence's date; "pedido feito" and "sem interesse" close the sequence; scope and mismatched
 * customers are refused. A second pending follow-up for the same customer and purpose is
 * refused with the existing one's date unless asked explicitly.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { logInteraction } from '#lib/server/tools/customers/log-interaction.ts';
import { getRepQueue } from '#lib/server/tools/follow-ups/get-rep-queue.ts';
import { listFollowUps } from '#lib/server/tools/follow-ups/list-follow-ups.ts';
import { scheduleFollowUp } from '#lib/server/tools/follow-ups/schedule-follow-up.ts';
import { runTool, type ToolOutcome } from '#lib/server/tools/run-tool.ts';
import { freshPglite } from '../support/databases.ts';
import { ana, bruno, seedFixture, type Fixture } from './fixture.ts';

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

/** Preview then confirm, as every door does. */
async function confirmed(tool: Any, input: Record<string, unknown>, ctx = ana(db)) {
	const preview = ok(await runTool(tool, input, ctx));
	expect(preview.status).toBe('preview');
	return {
		preview,
		done: ok(await runTool(tool, { ...input, confirmationToken: preview.confirmationToken }, ctx))
	};
}

const statusOf = async (id: number) =>
	(
		await db.rows<{ status: string; outcome: string | null }>(sql`
		select status, outcome from follow_ups where id = ${id}`)
	)[0];

describe('done work leaves the list', () => {
	test('a WhatsApp logged for the due follow-up completes it, keeps its purpose, offers the next attempt', async () => {
		const queueBefore = ok(await runTool(getRepQueue, {}, ana(db)));
		const dueIds = queueBefore.items.filter((i: Any) => i.followUpId).map((i: Any) => i.followUpId);
		expect(dueIds).toContain(fx.followUps.f2);

		const { preview, done } = await confirmed(logInteraction, {
			customerId: 2,
			channel: 'whatsapp',
			summary: 'Mensagem de WhatsApp enviada (follow-up reativação)',
			followUpId: fx.followUps.f2
		});
		expect(preview.preview.followUp).toMatchObject({
			followUpId: fx.followUps.f2,
			purpose: 'reactivation',
			outcome: 'no_answer',
			next: { sequenceContinues: true, nextAttempt: 3, suggestedDate: '2026-11-26' }
		});
		expect(done.result.followUp.next.why).toMatch(
			/Enviado sem resposta \(tentativa 2 de 5\).*26\/11\/2026/
		);
		expect(await statusOf(fx.followUps.f2)).toEqual({ status: 'done', outcome: 'no_answer' });

		// Gone from the queue and from the pending list at once.
		const queueAfter = ok(await runTool(getRepQueue, {}, ana(db)));
		expect(queueAfter.items.map((i: Any) => i.followUpId)).not.toContain(fx.followUps.f2);
		const pending = ok(await runTool(listFollowUps, { status: 'pending' }, ana(db)));
		expect(pending.followUps.map((f: Any) => f.followUpId)).not.toContain(fx.followUps.f2);

		// The next attempt keeps the purpose (no purpose given) and is not a duplicate.
		const next = await confirmed(scheduleFollowUp, {
			customerId: 2,
			continueSequenceOf: fx.followUps.f2
		});
		expect(next.preview.preview).toMatchObject({
			purpose: 'reactivation',
			attempt: 3,
			dueDate: '2026-11-26',
			sequenceId: fx.followUps.f0
		});
	});

	test('"pedido feito" and "sem interesse" close the sequence', async () => {
		const placed = ok(
			await runTool(
				logInteraction,
				{
					customerId: 1,
					channel: 'phone',
					summary: 'Fechou o pedido',
					outcome: 'order_placed',
					followUpId: fx.followUps.f1
				},
				ana(db)
			)
		);
		expect(placed.preview.followUp.next).toMatchObject({
			sequenceContinues: false,
			suggestedDate: null
		});
		const lost = ok(
			await runTool(
				logInteraction,
				{
					customerId: 1,
					channel: 'phone',
					summary: 'Sem interesse agora',
					outcome: 'lost',
					followUpId: fx.followUps.f1
				},
				ana(db)
			)
		);
		expect(lost.preview.followUp.next.why).toMatch(/Sem interesse/);
		const promised = ok(
			await runTool(
				logInteraction,
				{
					customerId: 1,
					channel: 'phone',
					summary: 'Vai pedir sexta',
					outcome: 'order_promised',
					followUpId: fx.followUps.f1
				},
				ana(db)
			)
		);
		expect(promised.preview.followUp.next.sequenceContinues).toBe(true);
	});

	test('another customer, another rep, a closed follow-up: refused, nothing written', async () => {
		const wrongCustomer = await runTool(
			logInteraction,
			{ customerId: 3, channel: 'phone', summary: 'Liguei', followUpId: fx.followUps.f1 },
			ana(db)
		);
		expect(wrongCustomer).toMatchObject({ ok: false, code: 'invalid_input' });
		const otherRep = await runTool(
			logInteraction,
			{ customerId: 6, channel: 'phone', summary: 'Liguei', followUpId: fx.followUps.f6 },
			ana(db)
		);
		expect(otherRep).toMatchObject({ ok: false, code: 'not_in_portfolio' });
		const cancelled = await runTool(
			logInteraction,
			{ customerId: 2, channel: 'phone', summary: 'Liguei', followUpId: fx.followUps.f5 },
			ana(db)
		);
		expect(cancelled).toMatchObject({ ok: false, code: 'conflict' });
		const mine = await runTool(
			logInteraction,
			{ customerId: 6, channel: 'phone', summary: 'Liguei', followUpId: fx.followUps.f6 },
			bruno(db)
		);
		expect(mine.ok).toBe(true);
	});
});

describe('no duplicates', () => {
	test('a second pending follow-up for the same purpose is refused with the date, unless asked', async () => {
		// f3: Comercial Vale Verde (3), service, pending on 25/11.
		const twice = await runTool(scheduleFollowUp, { customerId: 3, purpose: 'service' }, ana(db));
		expect(twice).toMatchObject({ ok: false, code: 'conflict' });
		expect((twice as Any).message).toMatch(
			/pendente para 25\/11\/2026 \(follow-up \d+\).*allowDuplicate/
		);
		const other = await runTool(
			scheduleFollowUp,
			{ customerId: 3, purpose: 'commercial' },
			ana(db)
		);
		expect(other.ok).toBe(true);
		const asked = await runTool(
			scheduleFollowUp,
			{ customerId: 3, purpose: 'service', allowDuplicate: true },
			ana(db)
		);
		expect(asked.ok).toBe(true);
	});
});
