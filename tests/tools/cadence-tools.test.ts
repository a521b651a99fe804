/**
 * SPEC's cadence through the tools, on the fixture (PGlite): schedule_follow_up refuses a
 * holiday, a weekend, a past date, a date too close to yesterday's contact, and — when it
 * continues a sequence — a date too close to or too far from the attempt still pending, and a
 * sixth attempt; each refusal names the nearest valid date. complete_follow_up records every
 * outcome as an interaction and offers the next attempt only while the sequence continues.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { followUps } from '#lib/server/db/schema.ts';
import { completeFollowUp } from '#lib/server/tools/follow-ups/complete-follow-up.ts';
import { scheduleFollowUp } from '#lib/server/tools/follow-ups/schedule-follow-up.ts';
import { runTool, type ToolOutcome } from '#lib/server/tools/run-tool.ts';
import { freshPglite } from '../support/databases.ts';
import { testContext } from '../support/tool-context.ts';
import { ana, ANA, seedFixture, type Fixture } from './fixture.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

const ok = (outcome: ToolOutcome): Any => {
	if (!outcome.ok) throw new Error(`expected success, got: ${outcome.message}`);
	return outcome.structured;
};
const refusal = (outcome: ToolOutcome): string => {
	expect(outcome).toMatchObject({ ok: false, code: 'invalid_input' });
	return (outcome as { message: string }).message;
};

let db: GiroDatabase;
let fx: Fixture;
beforeAll(async () => {
	db = await freshPglite();
	fx = await seedFixture(db);
});
afterAll(() => db?.close());

const schedule = (input: Record<string, unknown>, ctx = ana(db)) =>
	runTool(scheduleFollowUp, input, ctx);

describe('schedule_follow_up', () => {
	test('holidays, weekends and past dates are refused with the nearest valid date', async () => {
		expect(refusal(await schedule({ customerId: 3, dueDate: '2026-12-25' }))).toBe(
			'Não dá para agendar em 25/12/2026: 25/12/2026 é feriado nacional (Natal). ' +
				'A data válida mais próxima é 28/12/2026 (2026-12-28).'
		);
		expect(refusal(await schedule({ customerId: 3, dueDate: '2027-02-09' }))).toMatch(
			/Terça-feira de Carnaval.*mais próxima é 10\/02\/2027/
		);
		expect(refusal(await schedule({ customerId: 3, dueDate: '2026-11-29' }))).toMatch(
			/29\/11\/2026 é domingo\. A data válida mais próxima é 30\/11\/2026/
		);
		expect(refusal(await schedule({ customerId: 3, dueDate: '2026-11-20' }))).toMatch(
			/20\/11\/2026 já passou\. A data válida mais próxima é 23\/11\/2026/
		);
	});

	test('a contact yesterday: the next one at least 2 business days later', async () => {
		// Thursday 26/11; Empório Novo (9) was contacted on Wednesday 25/11.
		await db.orm.execute(sql`
			insert into interactions (customer_id, rep_id, channel, occurred_at, summary)
			values (9, ${ANA}, 'phone', '2026-11-25T15:00:00-03:00', 'Primeira conversa')`);
		const thursday = testContext(db, { id: ANA, role: 'rep' }, '2026-11-26');
		expect(refusal(await schedule({ customerId: 9, dueDate: '2026-11-26' }, thursday))).toMatch(
			/último contato foi em 25\/11\/2026.*pelo menos 2 dias úteis.*mais próxima é 27\/11\/2026/
		);
		// "In 2 days" is Saturday.
		expect(refusal(await schedule({ customerId: 9, dueDate: '2026-11-28' }, thursday))).toMatch(
			/sábado.*30\/11\/2026/
		);
		expect(
			ok(await schedule({ customerId: 9, dueDate: '2026-11-27' }, thursday)).preview
		).toMatchObject({ dueDate: '2026-11-27', attempt: 1 });
		// No date: 3 business days after the contact.
		expect(ok(await schedule({ customerId: 9 }, thursday)).preview).toMatchObject({
			dueDate: '2026-11-30',
			suggestedDate: true
		});
	});

	test('continuing a sequence: spaced 2 to 5 business days from the pending attempt', async () => {
		// f2: Padaria São José, attempt 2 of the sequence of f0, still pending on 23/11: another
		// pending follow-up with its purpose is a duplicate unless asked for explicitly.
		const duplicate = await schedule({ customerId: 2, continueSequenceOf: fx.followUps.f2 });
		expect(duplicate).toMatchObject({ ok: false, code: 'conflict' });
		expect((duplicate as { message: string }).message).toMatch(
			/já tem um follow-up de reativação pendente para 23\/11\/2026 \(follow-up \d+\)/
		);
		const next = ok(
			await schedule({ customerId: 2, continueSequenceOf: fx.followUps.f2, allowDuplicate: true })
		);
		expect(next.preview).toMatchObject({
			dueDate: '2026-11-26',
			attempt: 3,
			sequenceId: fx.followUps.f0
		});
		expect(
			refusal(
				await schedule({
					customerId: 2,
					continueSequenceOf: fx.followUps.f2,
					dueDate: '2026-11-24'
				})
			)
		).toMatch(/último contato foi em 23\/11\/2026.*mais próxima é 25\/11\/2026/);
		expect(
			refusal(
				await schedule({
					customerId: 2,
					continueSequenceOf: fx.followUps.f2,
					dueDate: '2026-12-02'
				})
			)
		).toMatch(/no máximo 5 dias úteis.*mais próxima é 30\/11\/2026/);
	});

	test('a sequence with 5 attempts takes no sixth', async () => {
		const base = {
			customerId: 5,
			repId: ANA,
			channel: 'phone' as const,
			purpose: 'reactivation' as const
		};
		const [first] = await db.orm
			.insert(followUps)
			.values({ ...base, dueDate: '2026-11-02', status: 'done', outcome: 'no_answer' })
			.returning({ id: followUps.id });
		for (const [attempt, dueDate] of [
			[2, '2026-11-05'],
			[3, '2026-11-10'],
			[4, '2026-11-13'],
			[5, '2026-11-18']
		] as const)
			await db.orm.insert(followUps).values({
				...base,
				dueDate,
				attempt,
				sequenceId: first.id,
				status: 'done',
				outcome: 'no_answer'
			});
		expect(refusal(await schedule({ customerId: 5, continueSequenceOf: first.id }))).toMatch(
			/já teve 5 tentativas, o máximo/
		);
	});
});

describe('complete_follow_up records the outcome and offers the next attempt', () => {
	const complete = (followUpId: number, outcome: string) =>
		runTool(completeFollowUp, { followUpId, outcome }, ana(db));

	test.each([
		['order_placed', false, /Pedido feito/],
		['lost', false, /Sem interesse/],
		['answered', true, /respondeu \(tentativa 1 de 5\).*26\/11\/2026/],
		['order_promised', true, /Pedido prometido.*\(2 de 5\).*26\/11\/2026/],
		['rescheduled', true, /Remarcado.*tentativa \(2 de 5\).*26\/11\/2026/],
		['no_answer', true, /Enviado sem resposta \(tentativa 1 de 5\).*26\/11\/2026/]
	] as const)('%s: continues = %s', async (outcome, continues, why) => {
		const preview = ok(await complete(fx.followUps.f3, outcome));
		expect(preview.preview.outcome).toBe(outcome);
		expect(preview.preview.next).toMatchObject({
			sequenceContinues: continues,
			nextAttempt: continues ? 2 : null,
			suggestedDate: continues ? '2026-11-26' : null
		});
		expect(preview.preview.next.why).toMatch(why);
	});

	test('done: the interaction carries the outcome', async () => {
		const preview = ok(await complete(fx.followUps.f4, 'order_placed'));
		const done = ok(
			await runTool(
				completeFollowUp,
				{
					followUpId: fx.followUps.f4,
					outcome: 'order_placed',
					confirmationToken: preview.confirmationToken
				},
				ana(db)
			)
		);
		const [row] = await db.rows<Any>(
			sql`select customer_id, channel, outcome from interactions where id = ${done.result.interactionId}`
		);
		expect(row).toEqual({ customer_id: 1, channel: 'email', outcome: 'order_placed' });
		expect(done.result.next).toMatchObject({ sequenceContinues: false, suggestedDate: null });
	});
});
