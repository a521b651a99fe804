/**
 * SPEC "Stalled opportunity", "What to do next (fila do vendedor)" and "Who sees what", on a
 * small hand-built portfolio with known answers — on PGlite and on a PostgreSQL server alike.
 *
 * The calendar (2026): 02-16/17 Carnaval; 03-02 is a Monday, 03-06 a Friday, 03-10 (the usual
 * `asOf`) a Tuesday. Three business days before 03-10 is Thursday 03-05.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import {
	contacts,
	customers,
	followUps,
	interactions,
	opportunities,
	orders,
	users
} from '#lib/server/db/schema.ts';
import { addDays } from '#lib/server/domain/calendar/index.ts';
import { repQueue, type RepQueue } from '#lib/server/domain/portfolio/rep-queue.ts';
import { stalledOpportunities } from '#lib/server/domain/portfolio/stalled-opportunities.ts';
import { freshPglite, freshServer } from './support/databases.ts';

const ASOF = '2026-03-10';
const ANA = 1;
const BRUNO = 2;

/** Customer ids, in insertion order. */
const C = {
	alfa: 1, // at risk, big: R$ 5.000 every 30 days, last 60 days ago
	beta: 2, // at risk, small: R$ 500, last 55 days ago; contact prefers WhatsApp, no consent
	celeste: 3, // at risk, contacted 3 business days ago → skipped
	delta: 4, // at risk, R$ 2.000, contacted 4 business days ago → kept
	epsilon: 5, // active; holds Ana's opportunities
	fenix: 6, // at risk, but an overdue follow-up puts it in group 1 only
	grafica: 7, // active and declining
	horizonte: 8, // inactive (more than a year) → never in the queue
	ipe: 9, // prospect with a follow-up due today
	jota: 10 // Bruno's: at risk, a follow-up, a stalled deal
};

/** `count` invoiced orders `every` days apart, the last on `last`. */
function ordersEvery(
	customerId: number,
	last: string,
	every: number,
	count: number,
	cents: number
) {
	return Array.from({ length: count }, (_, i) => ({
		erpId: `P-${customerId}-${i}`,
		customerId,
		orderDate: addDays(last, -every * i),
		totalCents: cents
	}));
}

const at = (date: string, time = '10:00') => new Date(`${date}T${time}:00-03:00`);

async function seed(db: GiroDatabase) {
	const { orm } = db;
	await orm.insert(users).values([
		{ name: 'Ana', email: 'ana@giro.test', role: 'rep' },
		{ name: 'Bruno', email: 'bruno@giro.test', role: 'rep' },
		{ name: 'Carla', email: 'carla@giro.test', role: 'manager' }
	]);
	const names = Object.keys(C);
	await orm.insert(customers).values(
		names.map((name, i) => ({
			erpCode: `C${i + 1}`,
			legalName: `${name} Ltda`,
			tradeName: name,
			segment: 'Varejo',
			repId: name === 'jota' ? BRUNO : ANA
		}))
	);
	await orm.insert(orders).values([
		...ordersEvery(C.alfa, '2026-01-09', 30, 12, 500_000),
		...ordersEvery(C.beta, '2026-01-14', 30, 12, 50_000),
		...ordersEvery(C.celeste, '2026-01-14', 30, 12, 300_000),
		...ordersEvery(C.delta, '2026-01-14', 30, 12, 200_000),
		...ordersEvery(C.epsilon, '2026-03-01', 30, 12, 100_000),
		...ordersEvery(C.fenix, '2026-01-14', 30, 12, 400_000),
		// Declining: R$ 1.000 a month for a year, then R$ 200 in the last 90 days.
		...ordersEvery(C.grafica, '2026-03-05', 30, 3, 20_000),
		...ordersEvery(C.grafica, '2025-12-05', 30, 12, 100_000).map((o) => ({
			...o,
			erpId: `${o.erpId}-old`
		})),
		...ordersEvery(C.horizonte, '2025-01-10', 30, 12, 900_000),
		...ordersEvery(C.jota, '2026-01-09', 30, 12, 5_000_000)
	]);
	await orm.insert(contacts).values([
		{
			customerId: C.alfa,
			name: 'Alice',
			whatsapp: '11999990001',
			whatsappConsent: true,
			preferredChannel: 'whatsapp'
		},
		{
			customerId: C.beta,
			name: 'Bia',
			email: 'bia@beta.test',
			whatsapp: '11999990002',
			preferredChannel: 'whatsapp'
		},
		{ customerId: C.delta, name: 'Davi', phone: '1133330004' },
		{
			customerId: C.epsilon,
			name: 'Edu',
			phone: '1133330005',
			whatsapp: '11999990005',
			preferredChannel: 'whatsapp'
		},
		{ customerId: C.fenix, name: 'Fábio', email: 'fabio@fenix.test', whatsapp: '11999990006' },
		{ customerId: C.ipe, name: 'Iara', email: 'iara@ipe.test', preferredChannel: 'email' }
	]);
	await orm.insert(interactions).values([
		{
			customerId: C.celeste,
			repId: ANA,
			channel: 'phone',
			occurredAt: at('2026-03-05'),
			summary: 'Ligação'
		},
		{
			customerId: C.delta,
			repId: ANA,
			channel: 'phone',
			occurredAt: at('2026-03-04', '18:00'),
			summary: 'Ligação'
		}
	]);
	await orm.insert(followUps).values([
		{
			customerId: C.fenix,
			repId: ANA,
			dueDate: '2026-03-05',
			channel: 'whatsapp',
			purpose: 'reactivation',
			attempt: 2
		},
		{ customerId: C.ipe, repId: ANA, dueDate: ASOF, channel: 'phone', purpose: 'commercial' },
		{
			customerId: C.beta,
			repId: ANA,
			dueDate: '2026-03-11',
			channel: 'phone',
			purpose: 'commercial'
		},
		{
			customerId: C.alfa,
			repId: ANA,
			dueDate: '2026-03-02',
			channel: 'phone',
			purpose: 'commercial',
			status: 'done'
		},
		{
			customerId: C.jota,
			repId: BRUNO,
			dueDate: '2026-03-09',
			channel: 'whatsapp',
			purpose: 'post_sale'
		}
	]);
	await seedOpportunities(db);
}

/** Deal titles say what each one tests; values make the group-3 order known. */
async function seedOpportunities(db: GiroDatabase) {
	const deal = (
		title: string,
		stage: (typeof opportunities.$inferInsert)['stage'],
		changed: string,
		valueCents: number,
		extra: Partial<typeof opportunities.$inferInsert> = {}
	) => ({
		customerId: C.epsilon,
		repId: ANA,
		title,
		stage,
		stageChangedAt: at(changed),
		valueCents,
		...extra
	});
	const rows = [
		deal('proposta 5 dias úteis', 'proposal', '2026-03-03', 100_000), // 1
		deal('proposta 6 dias úteis', 'proposal', '2026-03-02', 1_000_000), // 2
		deal('negociação na semana', 'negotiation', '2026-03-02', 400_000), // 3
		deal('negociação no Carnaval', 'negotiation', '2026-02-06', 400_000), // 4
		deal('avaliação, retorno 06/03', 'evaluation', '2026-03-02', 3_000_000, {
			agreedReturnDate: '2026-03-06'
		}), // 5
		deal('avaliação, retorno 20/03', 'evaluation', '2026-02-20', 400_000, {
			agreedReturnDate: '2026-03-20'
		}), // 6
		deal('avaliação sem data', 'evaluation', '2026-03-02', 500_000), // 7
		deal('ganha', 'won', '2026-01-05', 9_000_000), // 8
		deal('perdida', 'lost', '2026-01-05', 9_000_000), // 9
		deal('qualificação', 'qualification', '2026-01-05', 9_000_000), // 10
		deal('proposta com contato na negociação', 'proposal', '2026-02-02', 400_000), // 11
		deal('proposta com contato só no cliente', 'proposal', '2026-02-02', 2_000_000), // 12
		deal('proposta com atividade no CRM', 'proposal', '2026-02-02', 400_000, {
			lastActivityAt: at('2026-03-09')
		}), // 13
		deal('proposta com contato depois do asOf', 'proposal', '2026-02-02', 700_000, {
			lastActivityAt: at('2026-03-12')
		}), // 14
		{
			...deal('proposta do Bruno', 'proposal', '2026-02-02', 600_000),
			customerId: C.jota,
			repId: BRUNO
		}, // 15
		deal('avaliação, retorno 04/03 já cobrado', 'evaluation', '2026-02-20', 400_000, {
			agreedReturnDate: '2026-03-04'
		}) // 16
	];
	await db.orm.insert(opportunities).values(rows);
	const touch = (opportunityId: number | null, date: string) => ({
		customerId: C.epsilon,
		repId: ANA,
		opportunityId,
		channel: 'phone' as const,
		occurredAt: at(date),
		summary: 'Contato sobre a proposta'
	});
	await db.orm
		.insert(interactions)
		.values([
			touch(11, '2026-03-09'),
			touch(null, '2026-03-09'),
			touch(14, '2026-03-12'),
			touch(16, '2026-03-05')
		]);
}

const results = new Map<string, unknown>();

for (const [name, open] of [
	['PGlite', freshPglite],
	['PostgreSQL server', freshServer]
] as const) {
	describe(`stalled opportunities and the rep queue on ${name}`, () => {
		let db: GiroDatabase;
		beforeAll(async () => {
			db = await open();
			await seed(db);
		});
		afterAll(() => db?.close());

		const stalledTitles = async (asOf: string, repId?: number) =>
			(await stalledOpportunities(db, { asOf, scope: repId ? { repId } : {} })).map((s) => s.title);
		const stalledById = async (asOf: string, id: number) =>
			(await stalledOpportunities(db, { asOf })).find((s) => s.opportunityId === id);

		test('a proposal is stalled after 6 business days, not after 5', async () => {
			const titles = await stalledTitles(ASOF);
			expect(titles).toContain('proposta 6 dias úteis');
			expect(titles).not.toContain('proposta 5 dias úteis');
			const six = await stalledById(ASOF, 2);
			expect(six).toMatchObject({
				stage: 'proposal',
				customerId: C.epsilon,
				customerName: 'epsilon',
				repId: ANA,
				repName: 'Ana',
				valueCents: 1_000_000,
				lastActivityDate: '2026-03-02',
				lastActivitySource: 'stage_change',
				businessDaysIdle: 6,
				limitBusinessDays: 5,
				reason: 'Proposta enviada há 6 dias úteis sem retorno (limite: 5).'
			});
		});

		test('a weekend does not count: 9 calendar days are 7 business days', async () => {
			expect(await stalledTitles('2026-03-11')).not.toContain('negociação na semana');
			expect(await stalledById('2026-03-12', 3)).toMatchObject({
				businessDaysIdle: 8,
				limitBusinessDays: 7,
				reason: 'Em negociação há 8 dias úteis sem contato (limite: 7).'
			});
		});

		test('a limit ending on a Friday flags the deal on Monday, not on Saturday', async () => {
			// 'avaliação, retorno 06/03': the customer agreed to answer by Friday 03-06.
			expect(await stalledById('2026-03-06', 5)).toBeUndefined();
			expect(await stalledById('2026-03-07', 5)).toBeUndefined();
			expect(await stalledById('2026-03-09', 5)).toMatchObject({ businessDaysOverdue: 1 });
		});

		test('Carnaval does not count: 02-06 to 02-19 is 7 business days', async () => {
			expect(await stalledById('2026-02-19', 4)).toBeUndefined();
			expect(await stalledById('2026-02-20', 4)).toMatchObject({
				businessDaysIdle: 8,
				reason: 'Em negociação há 8 dias úteis sem contato (limite: 7).'
			});
		});

		test('an evaluation is stalled past its agreed return date, not before', async () => {
			expect(await stalledById(ASOF, 5)).toMatchObject({
				byAgreedReturnDate: true,
				businessDaysIdle: 6,
				limitBusinessDays: 4,
				businessDaysOverdue: 2,
				reason:
					'Cliente ficou de dar retorno da avaliação até 06/03/2026 e não deu: 2 dias úteis de atraso (último contato em 02/03/2026).'
			});
			// 12 business days idle, but the customer agreed to answer by 03-20.
			expect(await stalledById(ASOF, 6)).toBeUndefined();
			expect(await stalledById('2026-03-23', 6)).toMatchObject({ businessDaysOverdue: 1 });
		});

		test('an evaluation without a date uses 5 business days; a chased date restarts them', async () => {
			expect((await stalledById(ASOF, 7))?.reason).toBe(
				'Em avaliação pelo cliente sem retorno há 6 dias úteis e sem data de retorno combinada (limite: 5).'
			);
			expect(await stalledById(ASOF, 16)).toBeUndefined(); // contact on 03-05, after 03-04
			expect((await stalledById('2026-03-13', 16))?.reason).toBe(
				'Em avaliação pelo cliente sem retorno há 6 dias úteis; a data combinada (04/03/2026) já passou (limite: 5).'
			);
		});

		test('won, lost and qualification deals are never stalled', async () => {
			const titles = await stalledTitles('2026-12-31');
			expect(titles).not.toContain('ganha');
			expect(titles).not.toContain('perdida');
			expect(titles).not.toContain('qualificação');
		});

		test('idle time runs from the deal’s own interactions and CRM activity, up to asOf', async () => {
			const titles = await stalledTitles(ASOF);
			expect(titles).not.toContain('proposta com contato na negociação');
			expect(titles).not.toContain('proposta com atividade no CRM');
			expect(titles).toContain('proposta com contato só no cliente');
			expect(await stalledById(ASOF, 14)).toMatchObject({
				lastActivityDate: '2026-02-02',
				businessDaysIdle: 24
			});
			expect(await stalledById('2026-03-13', 14)).toBeUndefined();
		});

		test('a rep sees only the deals of their own customers, largest first', async () => {
			const ana = [
				'avaliação, retorno 06/03',
				'proposta com contato só no cliente',
				'proposta 6 dias úteis',
				'proposta com contato depois do asOf',
				'avaliação sem data',
				'negociação no Carnaval'
			];
			expect(await stalledTitles(ASOF, ANA)).toEqual(ana);
			expect(await stalledTitles(ASOF, BRUNO)).toEqual(['proposta do Bruno']);
			expect(await stalledTitles(ASOF)).toEqual([
				...ana.slice(0, 4),
				'proposta do Bruno',
				...ana.slice(4)
			]);
		});

		describe('the rep queue', () => {
			let ana: RepQueue;
			beforeAll(async () => {
				ana = await repQueue(db, { asOf: ASOF, scope: { repId: ANA } });
				results.set(name, ana);
			});

			test('group 1: due follow-ups, oldest first, with the attempt', () => {
				const group = ana.items.filter((i) => i.kind === 'follow_up');
				expect(group.map((i) => [i.customerId, i.reason])).toEqual([
					[C.fenix, 'Follow-up de reativação vencido há 5 dias (tentativa 2 de 5).'],
					[C.ipe, 'Follow-up comercial para hoje (tentativa 1 de 5).']
				]);
			});

			test('group 2: at-risk and declining customers by usual revenue × risk score', () => {
				const group = ana.items.filter((i) => i.kind === 'customer');
				const ids = group.map((i) => i.customerId);
				expect([...ids].sort((a, b) => a - b)).toEqual([C.alfa, C.beta, C.delta, C.grafica]);
				const priorities = group.map((i) => i.figures.priorityCents);
				expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
				expect(ids.indexOf(C.alfa)).toBeLessThan(ids.indexOf(C.delta));
				expect(ids.indexOf(C.delta)).toBeLessThan(ids.indexOf(C.beta));
				const grafica = group.find((i) => i.customerId === C.grafica)!;
				expect(grafica.figures).toMatchObject({ state: 'active', declining: true });
				expect(grafica.reason).toMatch(/^Comprando menos/);
				const alfa = group.find((i) => i.customerId === C.alfa)!;
				expect(alfa.figures.state).toBe('at_risk');
				expect(alfa.reason).toBe(alfa.figures.reasons[0]);
			});

			test('group 2 skips customers contacted in the last 3 business days or already in group 1', () => {
				const ids = ana.items.filter((i) => i.kind === 'customer').map((i) => i.customerId);
				expect(ids).not.toContain(C.celeste); // contacted Thu 03-05
				expect(ids).toContain(C.delta); // contacted Wed 03-04
				expect(ids).not.toContain(C.fenix);
				expect(ids).not.toContain(C.horizonte); // inactive
				expect(ana.skipped).toEqual({ recentlyContacted: 1, withDueFollowUp: 1 });
			});

			test('group 3: stalled deals by value; groups in order; totals and limit', async () => {
				expect(ana.items.map((i) => i.group)).toEqual([1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3]);
				expect(ana.items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
				const deals = ana.items.filter((i) => i.kind === 'opportunity');
				expect(deals.map((d) => d.figures.valueCents)).toEqual([
					3_000_000, 2_000_000, 1_000_000, 700_000, 500_000, 400_000
				]);
				expect(deals[2].reason).toBe('Proposta enviada há 6 dias úteis sem retorno (limite: 5).');
				expect(ana.totals).toEqual({ followUps: 2, customers: 4, opportunities: 6, all: 12 });
				const short = await repQueue(db, { asOf: ASOF, scope: { repId: ANA }, limit: 3 });
				expect(short.items.map((i) => i.kind)).toEqual(['follow_up', 'follow_up', 'customer']);
				expect(short.totals).toEqual(ana.totals);
				expect(short.truncated).toBe(true);
			});

			test('WhatsApp is suggested only to contacts that consented', async () => {
				const channel = (kind: string, customerId: number) =>
					ana.items.find((i) => i.kind === kind && i.customerId === customerId)!.suggestedChannel;
				expect(channel('customer', C.alfa)).toMatchObject({ channel: 'whatsapp', fellBack: false });
				expect(channel('customer', C.beta)).toMatchObject({ channel: 'email', fellBack: true });
				expect(channel('customer', C.beta).why).toContain('consentimento');
				expect(channel('follow_up', C.fenix)).toMatchObject({
					channel: 'email',
					contactName: 'Fábio',
					why: 'Follow-up agendado por WhatsApp, mas Fábio não deu consentimento para WhatsApp (LGPD): use e-mail.'
				});
				expect(channel('customer', C.delta).channel).toBe('phone'); // no preference
				expect(channel('follow_up', C.ipe).channel).toBe('phone'); // as scheduled
				expect(channel('opportunity', C.epsilon).channel).toBe('phone'); // no consent, no e-mail

				const everyone = await repQueue(db, { asOf: ASOF, limit: 100 });
				const consented = await db.rows<{ id: number }>(
					sql`select id::int as id from contacts where whatsapp_consent`
				);
				const allowed = new Set(consented.map((c) => c.id));
				for (const item of [...ana.items, ...everyone.items])
					if (item.suggestedChannel.channel === 'whatsapp')
						expect(allowed.has(item.suggestedChannel.contactId!)).toBe(true);
				const jota = everyone.items.find((i) => i.kind === 'follow_up' && i.customerId === C.jota)!;
				expect(jota.suggestedChannel).toMatchObject({
					channel: 'phone',
					contactId: null,
					fellBack: true,
					why: 'Follow-up agendado por WhatsApp, mas o cliente não tem contato com consentimento para WhatsApp (LGPD): use telefone.'
				});
			});

			test('a rep never sees another rep’s rows; a manager sees both', async () => {
				expect(ana.items.some((i) => i.customerId === C.jota)).toBe(false);
				const bruno = await repQueue(db, { asOf: ASOF, scope: { repId: BRUNO } });
				expect(bruno.items.map((i) => [i.kind, i.customerId])).toEqual([
					['follow_up', C.jota],
					['opportunity', C.jota]
				]);
				const everyone = await repQueue(db, { asOf: ASOF, limit: 100 });
				expect(everyone.totals).toEqual({ followUps: 3, customers: 4, opportunities: 7, all: 14 });
			});
		});
	});
}

describe('both databases', () => {
	test('give the same queue, figure for figure', () => {
		expect(results.size).toBe(2);
		const [pglite, server] = [...results.values()];
		expect(server).toEqual(pglite);
	});
});
