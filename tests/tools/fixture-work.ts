/** The tool fixture's contacts, opportunities, interactions and follow-ups. */
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { contacts, followUps, interactions, opportunities } from '#lib/server/db/schema.ts';
import { AS_OF, ANA, BRUNO, type Fixture } from './fixture-constants.ts';

const at = (date: string, time = '10:00') => new Date(`${date}T${time}:00-03:00`);

export async function seedWork(db: GiroDatabase): Promise<Fixture> {
	const { orm } = db;
	const k = await orm
		.insert(contacts)
		.values([
			{
				customerId: 1,
				name: 'Paula',
				role: 'Compradora',
				whatsapp: '+5519999990001',
				whatsappConsent: true,
				preferredChannel: 'whatsapp',
				isPrimary: true
			},
			{ customerId: 1, name: 'Marcos', email: 'marcos@bompreco.test' },
			{
				customerId: 2,
				name: 'Jorge',
				phone: '+551533330002',
				whatsapp: '+5515999990002',
				whatsappConsent: false,
				preferredChannel: 'phone',
				isPrimary: true
			},
			{ customerId: 3, name: 'Rita', phone: '+551333330003', isPrimary: true },
			{ customerId: 6, name: 'Sérgio', phone: '+553433330006', isPrimary: true },
			{ customerId: 7, name: 'Tânia', email: 'tania@norte.test', isPrimary: true }
		])
		.returning({ id: contacts.id });
	const [paula, marcos, jorge, rita, sergio, tania] = k.map((r) => r.id);

	const o = await orm
		.insert(opportunities)
		.values([
			{
				customerId: 1,
				repId: ANA,
				title: 'Contrato anual de arroz',
				valueCents: 50000_00,
				stage: 'proposal',
				stageChangedAt: at('2026-11-02')
			},
			{
				customerId: 2,
				repId: ANA,
				title: 'Reativação da padaria',
				valueCents: 8000_00,
				stage: 'negotiation',
				stageChangedAt: at('2026-10-15')
			},
			{
				customerId: 3,
				repId: ANA,
				title: 'Linha de frios',
				valueCents: 12000_00,
				stage: 'evaluation',
				stageChangedAt: at('2026-11-03'),
				agreedReturnDate: '2026-11-16'
			},
			{
				customerId: 1,
				repId: ANA,
				title: 'Expansão para a filial',
				valueCents: 30000_00,
				stage: 'proposal',
				stageChangedAt: at('2026-11-19')
			},
			{
				customerId: 1,
				repId: ANA,
				title: 'Pedido de natal',
				valueCents: 9000_00,
				stage: 'won',
				stageChangedAt: at('2026-10-01')
			},
			{
				customerId: 6,
				repId: BRUNO,
				title: 'Pães congelados',
				valueCents: 20000_00,
				stage: 'proposal',
				stageChangedAt: at('2026-10-01')
			}
		])
		.returning({ id: opportunities.id });
	const [o1, o2, o3, o4, o5, o6] = o.map((r) => r.id);

	const longNotes = 'Cliente comentou sobre preço, prazo e entrega. '.repeat(20);
	const i = await orm
		.insert(interactions)
		.values([
			{
				customerId: 1,
				contactId: paula,
				repId: ANA,
				channel: 'phone',
				occurredAt: at('2026-11-10'),
				summary: 'Confirmou o pedido de arroz',
				outcome: 'answered'
			},
			{
				customerId: 1,
				contactId: paula,
				repId: ANA,
				channel: 'whatsapp',
				occurredAt: at('2026-11-18', '15:30'),
				summary: 'Enviou a tabela nova',
				notes: longNotes
			},
			{
				customerId: 1,
				repId: ANA,
				channel: 'visit',
				occurredAt: at('2026-10-05'),
				summary: 'Visita à loja'
			},
			{
				customerId: 2,
				contactId: jorge,
				repId: ANA,
				channel: 'phone',
				occurredAt: at('2026-11-05'),
				summary: 'Ligação sem resposta',
				outcome: 'no_answer'
			},
			{
				customerId: 2,
				repId: ANA,
				channel: 'email',
				direction: 'inbound',
				occurredAt: at('2026-11-12'),
				summary: 'Pediu catálogo'
			},
			{
				customerId: 3,
				contactId: rita,
				repId: ANA,
				channel: 'phone',
				occurredAt: at('2026-10-20'),
				summary: 'Falou da linha de frios',
				opportunityId: o3
			},
			{
				customerId: 6,
				contactId: sergio,
				repId: BRUNO,
				channel: 'phone',
				occurredAt: at('2026-11-11'),
				summary: 'Conversa com Sérgio'
			},
			{
				customerId: 7,
				contactId: tania,
				repId: BRUNO,
				channel: 'visit',
				occurredAt: at('2026-11-19'),
				summary: 'Visita ao Atacado Norte'
			},
			{
				customerId: 1,
				repId: ANA,
				channel: 'phone',
				occurredAt: at('2026-11-25'),
				summary: 'Depois da data de referência'
			}
		])
		.returning({ id: interactions.id });
	const ids = i.map((r) => r.id);

	const fu = async (values: typeof followUps.$inferInsert) =>
		(await orm.insert(followUps).values(values).returning({ id: followUps.id }))[0].id;
	const f0 = await fu({
		customerId: 2,
		repId: ANA,
		contactId: jorge,
		dueDate: '2026-11-17',
		channel: 'phone',
		purpose: 'reactivation',
		status: 'done',
		outcome: 'no_answer',
		completedAt: at('2026-11-17')
	});
	const f1 = await fu({
		customerId: 1,
		repId: ANA,
		contactId: paula,
		dueDate: '2026-11-18',
		channel: 'whatsapp',
		purpose: 'commercial',
		opportunityId: o1
	});
	const f2 = await fu({
		customerId: 2,
		repId: ANA,
		contactId: jorge,
		dueDate: AS_OF,
		channel: 'phone',
		purpose: 'reactivation',
		sequenceId: f0,
		attempt: 2
	});
	const f3 = await fu({
		customerId: 3,
		repId: ANA,
		contactId: rita,
		dueDate: '2026-11-25',
		channel: 'phone',
		purpose: 'service'
	});
	const f4 = await fu({
		customerId: 1,
		repId: ANA,
		dueDate: '2026-12-02',
		channel: 'email',
		purpose: 'post_sale'
	});
	const f5 = await fu({
		customerId: 2,
		repId: ANA,
		dueDate: '2026-11-19',
		channel: 'phone',
		purpose: 'commercial',
		status: 'cancelled'
	});
	const f6 = await fu({
		customerId: 6,
		repId: BRUNO,
		contactId: sergio,
		dueDate: '2026-11-19',
		channel: 'phone',
		purpose: 'reactivation'
	});

	return {
		followUps: { f0, f1, f2, f3, f4, f5, f6 },
		opportunities: { o1, o2, o3, o4, o5, o6 },
		interactions: { ana: ids.slice(0, 6), bruno: ids.slice(6, 8), future: ids[8] },
		contacts: { paula, marcos, jorge, rita, sergio, tania }
	};
}
