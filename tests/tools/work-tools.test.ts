/**
 * The rep's work on the two-rep fixture (see fixture.ts): get_rep_queue, list_follow_ups,
 * list_stalled_opportunities, and the two writes, complete_follow_up and log_interaction
 * (preview → token → performed once, with its audit entry and the deal's last activity).
 *
 * Agenda at Monday 23/11/2026 (week 23–29/11): Ana has f1 overdue since 18/11, f2 due today
 * (attempt 2 of the sequence started by f0), f3 on 25/11, f4 on 02/12, f5 cancelled; Bruno
 * has f6 overdue since 19/11. Stalled: o1 R$ 50.000 (proposal since 02/11), o6 R$ 20.000
 * (Bruno's), o3 R$ 12.000 (evaluation, return agreed for 16/11), o2 R$ 8.000 (negotiation).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { followUps } from '#lib/server/db/schema.ts';
import type { AnyObjectSchema, ToolDefinition } from '#lib/server/tools/define-tool.ts';
import { completeFollowUp } from '#lib/server/tools/follow-ups/complete-follow-up.ts';
import { getRepQueue } from '#lib/server/tools/follow-ups/get-rep-queue.ts';
import { listFollowUps } from '#lib/server/tools/follow-ups/list-follow-ups.ts';
import { listInteractions } from '#lib/server/tools/customers/list-interactions.ts';
import { logInteraction } from '#lib/server/tools/customers/log-interaction.ts';
import { listStalledOpportunities } from '#lib/server/tools/opportunities/list-stalled-opportunities.ts';
import { runTool, type ToolOutcome } from '#lib/server/tools/run-tool.ts';
import type { ToolContext } from '#lib/server/tools/tool-context.ts';
import { freshPglite, freshServer } from '../support/databases.ts';
import { ana, AS_OF, carla, seedFixture, type Fixture } from './fixture.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

function ok(outcome: ToolOutcome): Any {
	if (!outcome.ok) throw new Error(`expected success, got: ${outcome.message}`);
	return outcome.structured;
}

const call = async (tool: unknown, input: Record<string, unknown>, ctx: ToolContext) =>
	runTool(tool as ToolDefinition<AnyObjectSchema, AnyObjectSchema>, input, ctx);

/** The São Paulo calendar date of an ISO instant. */
const spDate = (iso: string) =>
	new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' }).format(new Date(iso));

describe('rep work tools', () => {
	let db: GiroDatabase;
	let fx: Fixture;
	beforeAll(async () => {
		db = await freshPglite();
		fx = await seedFixture(db);
	});
	afterAll(() => db?.close());

	const count = async (table: 'interactions' | 'audit_log') =>
		(await db.rows<{ n: number }>(sql`select count(*)::int as n from ${sql.raw(table)}`))[0].n;

	test('queue: due follow-ups, then customers at risk, then stalled deals by value', async () => {
		const outcome = await call(getRepQueue, {}, ana(db));
		const q = ok(outcome);
		expect(q).toMatchObject({ repId: 10, repName: 'Ana', truncated: false });
		expect(q.totals).toEqual({ followUps: 2, customers: 1, opportunities: 3, all: 6 });
		expect(q.skipped).toEqual({ recentlyContacted: 0, withDueFollowUp: 1 });
		expect(q.items.map((i: Any) => [i.position, i.kind, i.customerId])).toEqual([
			[1, 'follow_up', 1],
			[2, 'follow_up', 2],
			[3, 'customer', 3],
			[4, 'opportunity', 1],
			[5, 'opportunity', 3],
			[6, 'opportunity', 2]
		]);
		expect(q.items[0]).toMatchObject({
			followUpId: fx.followUps.f1,
			overdueDays: 5,
			channel: 'whatsapp',
			contactName: 'Paula'
		});
		expect(q.items[2]).toMatchObject({ state: 'at_risk', usualMonthly: 'R$ 1.521,88' });
		expect(q.items[3]).toMatchObject({ opportunityId: fx.opportunities.o1, value: 'R$ 50.000,00' });
		expect((outcome as Any).summary).toMatch(/^Fila de Ana em 23\/11\/2026: 2 follow-ups/);
		const short = ok(await call(getRepQueue, { limit: 2 }, ana(db)));
		expect(short.items).toHaveLength(2);
		expect(short.truncated).toBe(true);
	});

	test('agenda: overdue, today and the rest of the week, oldest first', async () => {
		const outcome = await call(listFollowUps, {}, ana(db));
		const agenda = ok(outcome);
		expect(agenda.window).toMatchObject({ name: 'agenda', from: null, to: '2026-11-29' });
		expect(agenda.followUps.map((f: Any) => [f.followUpId, f.bucket, f.overdueDays])).toEqual([
			[fx.followUps.f1, 'overdue', 5],
			[fx.followUps.f2, 'today', 0],
			[fx.followUps.f3, 'this_week', 0]
		]);
		expect(agenda.counts).toEqual({ overdue: 1, today: 1, thisWeek: 1, later: 0, past: 0 });
		expect(agenda.followUps[1]).toMatchObject({
			attempt: 2,
			contactName: 'Jorge',
			customerName: 'Padaria São José'
		});
		expect((outcome as Any).summary).toMatch(
			/1 vencido, 1 para hoje, 1 no resto da semana, 0 depois/
		);
		const team = ok(await call(listFollowUps, { window: 'overdue' }, carla(db)));
		expect(team.followUps.map((f: Any) => f.followUpId)).toEqual([
			fx.followUps.f1,
			fx.followUps.f6
		]);
		const bruno = ok(await call(listFollowUps, { repId: 11 }, carla(db)));
		expect(bruno.followUps.map((f: Any) => f.followUpId)).toEqual([fx.followUps.f6]);
	});

	test('agenda: today, next week, a range, done ones, and a range without dates', async () => {
		const ids = async (input: Record<string, unknown>) =>
			ok(await call(listFollowUps, input, ana(db))).followUps.map((f: Any) => f.followUpId);
		expect(await ids({ window: 'today' })).toEqual([fx.followUps.f2]);
		expect(await ids({ window: 'next_week' })).toEqual([fx.followUps.f4]);
		expect(await ids({ window: 'range', from: '2026-11-19', to: '2026-11-25' })).toEqual([
			fx.followUps.f2,
			fx.followUps.f3
		]);
		expect(await ids({ window: 'all', status: 'done' })).toEqual([fx.followUps.f0]);
		const done = ok(await call(listFollowUps, { window: 'all', status: 'done' }, ana(db)));
		expect(done.followUps[0]).toMatchObject({ bucket: 'past', outcome: 'no_answer' });
		const noDates = await call(listFollowUps, { window: 'range', from: '2026-11-19' }, ana(db));
		expect(noDates).toMatchObject({ ok: false, code: 'invalid_input' });
		expect((noDates as Any).message).toMatch(/from, to/);
	});

	test('stalled deals: largest first, each with its reason, filtered by stage', async () => {
		const outcome = await call(listStalledOpportunities, {}, carla(db));
		const all = ok(outcome);
		expect(all.opportunities.map((o: Any) => o.opportunityId)).toEqual([
			fx.opportunities.o1,
			fx.opportunities.o6,
			fx.opportunities.o3,
			fx.opportunities.o2
		]);
		expect(all.totalValueCents).toBe(9_000_000);
		expect(all.definition).toMatch(/proposta enviada 5, negociação 7/);
		expect((outcome as Any).summary).toBe(
			'4 negociações paradas, somando R$ 90.000,00; mostrando 4, da maior para a menor.'
		);
		const evaluation = ok(await call(listStalledOpportunities, { stage: 'evaluation' }, ana(db)));
		expect(evaluation.opportunities).toHaveLength(1);
		expect(evaluation.opportunities[0].reason).toMatch(/retorno da avaliação até 16\/11\/2026/);
	});

	test('complete_follow_up: no answer records the contact once and suggests the next attempt', async () => {
		const input = { followUpId: fx.followUps.f2, outcome: 'no_answer' };
		const interactionsBefore = await count('interactions');
		const preview = ok(await call(completeFollowUp, input, ana(db, 'mcp')));
		expect(preview.status).toBe('preview');
		expect(preview.preview).toMatchObject({
			customerId: 2,
			contactName: 'Jorge',
			channel: 'phone',
			attempt: 2,
			attemptsInSequence: 2,
			sequenceId: fx.followUps.f0,
			next: { sequenceContinues: true, nextAttempt: 3, suggestedDate: '2026-11-26' }
		});
		expect(preview.preview.next.why).toContain(`continueSequenceOf = ${fx.followUps.f2}`);
		expect(await count('interactions')).toBe(interactionsBefore);
		const token = preview.confirmationToken;
		const done = ok(
			await call(completeFollowUp, { ...input, confirmationToken: token }, ana(db, 'mcp'))
		);
		expect(done.status).toBe('done');
		expect(await count('interactions')).toBe(interactionsBefore + 1);
		const [written] = await db.rows<Any>(sql`
			select customer_id, contact_id, rep_id, channel, outcome, created_by from interactions
			where id = ${done.result.interactionId}`);
		expect(written).toEqual({
			customer_id: 2,
			contact_id: fx.contacts.jorge,
			rep_id: 10,
			channel: 'phone',
			outcome: 'no_answer',
			created_by: 'person'
		});
		expect(spDate(done.result.occurredAt)).toBe(AS_OF);
		const [f] = await db.rows<Any>(
			sql`select status, outcome from follow_ups where id = ${fx.followUps.f2}`
		);
		expect(f).toEqual({ status: 'done', outcome: 'no_answer' });
		const [audit] = await db.rows<Any>(
			sql`select door, user_id, action, entity_id from audit_log order by id desc limit 1`
		);
		expect(audit).toEqual({
			door: 'mcp',
			user_id: 10,
			action: 'complete_follow_up',
			entity_id: String(fx.followUps.f2)
		});
		const again = await call(
			completeFollowUp,
			{ ...input, confirmationToken: token },
			ana(db, 'mcp')
		);
		expect(again).toMatchObject({ ok: false });
		const fresh = await call(completeFollowUp, input, ana(db));
		expect(fresh).toMatchObject({ ok: false, code: 'conflict' });
		expect((fresh as Any).message).toMatch(/já foi concluído em 23\/11\/2026 \(sem resposta\)/);
		expect(await count('interactions')).toBe(interactionsBefore + 1);
	});

	test('complete_follow_up: an order placed ends the sequence and revives the linked deal', async () => {
		const input = {
			followUpId: fx.followUps.f1,
			outcome: 'order_placed',
			summary: 'Paula pediu a proposta revisada',
			occurredAt: '2026-11-19T16:00'
		};
		const preview = ok(await call(completeFollowUp, input, ana(db)));
		expect(preview.preview.next).toMatchObject({ sequenceContinues: false, suggestedDate: null });
		expect(preview.preview.occurredAt).toBe('2026-11-19T19:00:00Z');
		const done = ok(
			await call(
				completeFollowUp,
				{ ...input, confirmationToken: preview.confirmationToken },
				ana(db)
			)
		);
		expect(done.result.opportunityUpdated).toBe(true);
		const [deal] = await db.rows<{ at: string }>(sql`
			select to_char(last_activity_at at time zone 'America/Sao_Paulo', 'YYYY-MM-DD HH24:MI') as at
			from opportunities where id = ${fx.opportunities.o1}`);
		expect(deal.at).toBe('2026-11-19 16:00');
		const stalled = ok(await call(listStalledOpportunities, {}, ana(db)));
		expect(stalled.opportunities.map((o: Any) => o.opportunityId)).not.toContain(
			fx.opportunities.o1
		);
		const future = await call(
			completeFollowUp,
			{ followUpId: fx.followUps.f3, outcome: 'answered', occurredAt: '2026-11-24T10:00' },
			ana(db)
		);
		expect(future).toMatchObject({ ok: false, code: 'invalid_input' });
		expect((future as Any).message).toMatch(/occurredAt.*futuro/);
	});

	test('complete_follow_up: the fifth unanswered attempt closes the sequence', async () => {
		const base = {
			customerId: 3,
			repId: 10,
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
			[4, '2026-11-13']
		] as const)
			await db.orm.insert(followUps).values({
				...base,
				dueDate,
				attempt,
				sequenceId: first.id,
				status: 'done',
				outcome: 'no_answer'
			});
		const [last] = await db.orm
			.insert(followUps)
			.values({ ...base, dueDate: '2026-11-18', attempt: 5, sequenceId: first.id })
			.returning({ id: followUps.id });
		const preview = ok(
			await call(completeFollowUp, { followUpId: last.id, outcome: 'no_answer' }, ana(db))
		);
		expect(preview.preview.next).toMatchObject({ sequenceContinues: false, nextAttempt: null });
		expect(preview.preview.next.why).toMatch(/tentativa 5 de 5.*sem resposta/);
		const missing = await call(
			completeFollowUp,
			{ followUpId: 9999, outcome: 'answered' },
			ana(db)
		);
		const foreign = await call(
			completeFollowUp,
			{ followUpId: fx.followUps.f6, outcome: 'answered' },
			ana(db)
		);
		expect((missing as Any).message).toBe(
			(foreign as Any).message.replace(String(fx.followUps.f6), '9999')
		);
	});

	test('log_interaction: preview, then one write that moves the deal', async () => {
		const input = {
			customerId: 2,
			channel: 'phone',
			summary: 'Jorge quer retomar a negociação',
			outcome: 'answered',
			opportunityId: fx.opportunities.o2,
			contactId: fx.contacts.jorge,
			occurredAt: '2026-11-20T11:00'
		};
		const before = await count('interactions');
		const preview = ok(await call(logInteraction, input, ana(db, 'chat')));
		expect(preview.preview).toMatchObject({
			customerName: 'Padaria São José',
			contactName: 'Jorge',
			opportunityTitle: 'Reativação da padaria',
			occurredAt: '2026-11-20T14:00:00Z',
			direction: 'outbound',
			warnings: []
		});
		const changed = await call(
			logInteraction,
			{ ...input, summary: 'Outro texto', confirmationToken: preview.confirmationToken },
			ana(db, 'chat')
		);
		expect(changed).toMatchObject({ ok: false, code: 'confirmation' });
		const done = ok(
			await call(
				logInteraction,
				{ ...input, confirmationToken: preview.confirmationToken },
				ana(db, 'chat')
			)
		);
		expect(await count('interactions')).toBe(before + 1);
		const [row] = await db.rows<Any>(
			sql`select created_by, rep_id, opportunity_id from interactions where id = ${done.result.interactionId}`
		);
		expect(row).toEqual({ created_by: 'copilot', rep_id: 10, opportunity_id: fx.opportunities.o2 });
		const stalled = ok(await call(listStalledOpportunities, {}, ana(db)));
		expect(stalled.opportunities.map((o: Any) => o.opportunityId)).not.toContain(
			fx.opportunities.o2
		);
		const replay = await call(
			logInteraction,
			{ ...input, confirmationToken: preview.confirmationToken },
			ana(db, 'chat')
		);
		expect(replay).toMatchObject({ ok: false, code: 'confirmation' });
		expect(await count('interactions')).toBe(before + 1);
	});

	test('log_interaction: now by default; consent warning; wrong contact, deal or future refused', async () => {
		const input = {
			customerId: 2,
			channel: 'whatsapp',
			summary: 'Mandei a tabela',
			contactId: fx.contacts.jorge
		};
		const preview = ok(await call(logInteraction, input, ana(db)));
		expect(preview.preview.warnings[0]).toMatch(/Jorge não autorizou contato por WhatsApp/);
		const done = ok(
			await call(
				logInteraction,
				{ ...input, confirmationToken: preview.confirmationToken },
				ana(db)
			)
		);
		expect(spDate(done.result.occurredAt)).toBe(AS_OF);
		const history = ok(await call(listInteractions, { customerId: 2, limit: 1 }, ana(db)));
		expect(history.interactions[0].interactionId).toBe(done.result.interactionId);
		const wrongContact = await call(
			logInteraction,
			{ customerId: 2, channel: 'phone', summary: 'Teste', contactId: fx.contacts.paula },
			ana(db)
		);
		expect((wrongContact as Any).message).toMatch(/contactId/);
		const wrongDeal = await call(
			logInteraction,
			{ customerId: 2, channel: 'phone', summary: 'Teste', opportunityId: fx.opportunities.o1 },
			ana(db)
		);
		expect((wrongDeal as Any).message).toMatch(/opportunityId/);
		const future = await call(
			logInteraction,
			{ customerId: 2, channel: 'phone', summary: 'Teste', occurredAt: '2026-12-01' },
			ana(db)
		);
		expect(future).toMatchObject({ ok: false, code: 'invalid_input' });
		const badDate = await call(
			logInteraction,
			{ customerId: 2, channel: 'phone', summary: 'Teste', occurredAt: '2026-02-30T10:00' },
			ana(db)
		);
		expect(badDate).toMatchObject({ ok: false, code: 'invalid_input' });
		expect((badDate as Any).message).toMatch(/occurredAt/);
	});
});

/** A manager's queue (get-rep-queue.ts header): a named rep's, or the whole team's. */
describe.each([
	['PGlite', freshPglite],
	['PostgreSQL server', freshServer]
])('the manager’s queue on %s', (_name, fresh) => {
	let db: GiroDatabase;
	beforeAll(async () => {
		db = await fresh();
		await seedFixture(db);
	});
	afterAll(() => db?.close());

	test('a manager names a rep, or gets the whole team’s queue with each row’s owner', async () => {
		const team = ok(await call(getRepQueue, {}, carla(db)));
		expect(team).toMatchObject({ repId: null, repName: 'equipe toda' });
		expect(team.totals).toEqual({ followUps: 3, customers: 1, opportunities: 4, all: 8 });
		expect(team.items.map((i: Any) => [i.kind, i.customerId, i.ownerRepName])).toEqual([
			['follow_up', 1, 'Ana'],
			['follow_up', 6, 'Bruno'],
			['follow_up', 2, 'Ana'],
			['customer', 3, 'Ana'],
			['opportunity', 1, 'Ana'],
			['opportunity', 6, 'Bruno'],
			['opportunity', 3, 'Ana'],
			['opportunity', 2, 'Ana']
		]);
		expect(team.items[1]).toMatchObject({ ownerRepId: 11 });
		const unknown = await call(getRepQueue, { repId: 999 }, carla(db));
		expect(unknown).toMatchObject({ ok: false, code: 'not_found' });
		const bruno = ok(await call(getRepQueue, { repId: 11 }, carla(db)));
		expect(bruno.items.map((i: Any) => [i.kind, i.customerId])).toEqual([
			['follow_up', 6],
			['opportunity', 6]
		]);
		// A rep asking for another rep's queue still gets their own.
		const own = ok(await call(getRepQueue, { repId: 11 }, ana(db)));
		expect(own).toMatchObject({ repId: 10, repName: 'Ana' });
		expect(own.items.every((i: Any) => i.ownerRepId === 10)).toBe(true);
	});
});
