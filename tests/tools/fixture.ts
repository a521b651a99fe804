/**
 * A small two-rep portfolio with known answers for the tool tests, at AS_OF = Monday
 * 2026-11-23 (week: 23–29/11; 20/11 is a national holiday).
 *
 * Ana (rep 10): 1 Mercado Bom Preço (every 21 days, active, order items), 2 Padaria São José,
 * 3 Açougue Central, 4 Distribuidora Paraná (all three stopped buying in October 2026),
 * 5 Mercadinho Bom Gosto (inactive for more than a year), 9 Empório Novo (prospect).
 * Bruno (rep 11): 6 Padaria São Jorge (stopped in October), 7 Atacado Norte (active),
 * 8 Bom Preço Filial Centro (same company as 1 — same CNPJ root and legal name — active).
 * Carla (12) is the manager.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import {
	contacts,
	followUps,
	interactions,
	opportunities,
	orderItems,
	orders,
	users
} from '#lib/server/db/schema.ts';
import { addDays } from '#lib/server/domain/calendar/index.ts';
import type { ToolContext } from '#lib/server/tools/tool-context.ts';
import { testContext } from '../support/tool-context.ts';
import { writeTinyPortfolio, type TinyOrder } from '../support/tiny-portfolio.ts';

export const AS_OF = '2026-11-23';
export const ANA = 10;
export const BRUNO = 11;
export const CARLA = 12;

export const ANA_CUSTOMERS = [1, 2, 3, 4, 5, 9];
export const BRUNO_CUSTOMERS = [6, 7, 8];
/** Words that appear only in Bruno's data: none may reach Ana. */
export const BRUNO_WORDS = [
	'São Jorge',
	'Atacado Norte',
	'Filial Centro',
	'Bruno',
	'Sérgio',
	'Tânia'
];

/** `n` orders `every` days apart, the last on `last`, oldest first. */
export function ordersEndingAt(
	last: string,
	every: number,
	n: number,
	cents = 1000_00
): TinyOrder[] {
	return Array.from({ length: n }, (_, i) => [addDays(last, -every * (n - 1 - i)), cents]);
}

export interface Fixture {
	followUps: { f0: number; f1: number; f2: number; f3: number; f4: number; f5: number; f6: number };
	opportunities: { o1: number; o2: number; o3: number; o4: number; o5: number; o6: number };
	interactions: { ana: number[]; bruno: number[]; future: number };
	contacts: {
		paula: number;
		marcos: number;
		jorge: number;
		rita: number;
		sergio: number;
		tania: number;
	};
}

const at = (date: string, time = '10:00') => new Date(`${date}T${time}:00-03:00`);

export async function seedFixture(db: GiroDatabase): Promise<Fixture> {
	await writeTinyPortfolio(db, [
		{ id: 1, repId: ANA, segment: 'varejo', orders: ordersEndingAt('2026-11-16', 21, 20, 2100_00) },
		{ id: 2, repId: ANA, segment: 'varejo', orders: ordersEndingAt('2026-09-01', 30, 10, 800_00) },
		{ id: 3, repId: ANA, segment: 'varejo', orders: ordersEndingAt('2026-09-10', 30, 8, 1500_00) },
		{
			id: 4,
			repId: ANA,
			segment: 'atacado',
			uf: 'PR',
			orders: ordersEndingAt('2026-09-05', 20, 10, 3000_00)
		},
		{ id: 5, repId: ANA, segment: 'varejo', orders: ordersEndingAt('2025-06-01', 30, 6, 500_00) },
		{
			id: 6,
			repId: BRUNO,
			segment: 'varejo',
			uf: 'MG',
			orders: ordersEndingAt('2026-09-03', 30, 10, 900_00)
		},
		{
			id: 7,
			repId: BRUNO,
			segment: 'atacado',
			orders: ordersEndingAt('2026-11-20', 14, 20, 4000_00)
		},
		{
			id: 8,
			repId: BRUNO,
			segment: 'varejo',
			orders: ordersEndingAt('2026-11-10', 30, 12, 1200_00)
		},
		{ id: 9, repId: ANA, segment: 'varejo', orders: [] }
	]);
	const { orm } = db;
	await orm.execute(sql`update users set name = 'Ana' where id = ${ANA}`);
	await orm.execute(sql`update users set name = 'Bruno' where id = ${BRUNO}`);
	await orm
		.insert(users)
		.values({ id: CARLA, name: 'Carla', email: 'carla@giro.test', role: 'manager' });
	const names: Record<number, [trade: string, legal: string, cnpj: string | null, city: string]> = {
		1: ['Mercado Bom Preço', 'Bom Preço Comércio de Alimentos Ltda', '11222333000181', 'Campinas'],
		2: ['Padaria São José', 'Panificadora São José Ltda', '22333444000190', 'Sorocaba'],
		3: ['Açougue Central', 'Carnes Central Eireli', '33444555000101', 'Santos'],
		4: ['Distribuidora Paraná', 'Paraná Distribuição S.A.', '44555666000112', 'Curitiba'],
		5: ['Mercadinho Bom Gosto', 'Bom Gosto Mercearia Ltda', null, 'Jundiaí'],
		6: ['Padaria São Jorge', 'Panificadora São Jorge Ltda', '55666777000123', 'Uberaba'],
		7: ['Atacado Norte', 'Norte Atacadista Ltda', '66777888000134', 'Ribeirão Preto'],
		8: [
			'Bom Preço Filial Centro',
			'Bom Preço Comércio de Alimentos Ltda',
			'11222333000262',
			'Campinas'
		],
		9: ['Empório Novo', 'Empório Novo Ltda', null, 'Santos']
	};
	for (const [id, [trade, legal, cnpj, city]] of Object.entries(names))
		await orm.execute(sql`
			update customers set trade_name = ${trade}, legal_name = ${legal}, cnpj = ${cnpj}, city = ${city}
			where id = ${Number(id)}`);

	// Order items of customer 1: rice in its last 10 orders, beans in 5, an old product only
	// more than 12 months ago, and a cancelled order with items that must not count.
	const c1Orders = await db.rows<{ id: number; d: string }>(
		sql`select id, order_date::text as d from orders where customer_id = 1 order by order_date`
	);
	const items = c1Orders.flatMap((o, i) => {
		const rows: (typeof orderItems.$inferInsert)[] = [];
		if (i >= c1Orders.length - 10)
			rows.push({
				orderId: o.id,
				sku: 'ARZ-5',
				productName: 'Arroz 5 kg',
				quantity: 100,
				valueCents: 1500_00
			});
		if (i >= c1Orders.length - 5)
			rows.push({
				orderId: o.id,
				sku: 'FEJ-1',
				productName: 'Feijão 1 kg',
				quantity: 60,
				valueCents: 600_00
			});
		if (i === 0)
			rows.push({
				orderId: o.id,
				sku: 'OLD-1',
				productName: 'Produto antigo',
				quantity: 999,
				valueCents: 9999_00
			});
		return rows;
	});
	await orm.insert(orderItems).values(items);
	const [cancelled] = await orm
		.insert(orders)
		.values({
			erpId: 'X-1',
			customerId: 1,
			orderDate: '2026-11-01',
			totalCents: 50000_00,
			status: 'cancelled'
		})
		.returning({ id: orders.id });
	await orm.insert(orderItems).values({
		orderId: cancelled.id,
		sku: 'CAN-1',
		productName: 'Cancelado',
		quantity: 5000,
		valueCents: 50000_00
	});

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

export const ana = (db: GiroDatabase, door: ToolContext['door'] = 'cli') =>
	testContext(db, { id: ANA, role: 'rep', name: 'Ana' }, AS_OF, door);
export const bruno = (db: GiroDatabase) =>
	testContext(db, { id: BRUNO, role: 'rep', name: 'Bruno' }, AS_OF);
export const carla = (db: GiroDatabase, door: ToolContext['door'] = 'cli') =>
	testContext(db, { id: CARLA, role: 'manager', name: 'Carla' }, AS_OF, door);
