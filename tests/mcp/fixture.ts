/**
 * A small portfolio for the MCP tests, dated relative to the real today (the server reads the
 * clock: that is its job): two reps and a manager, customers in each risk state, contacts (one
 * with WhatsApp consent), an open negotiation, an interaction and an overdue follow-up — enough
 * for every tool to have something to answer — plus one API token per user.
 */
import { sql } from 'drizzle-orm';
import { createApiToken } from '../../mcp-server/auth.ts';
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
import { todayInSaoPaulo } from '#lib/server/domain/calendar/iso-date.ts';

export interface McpFixture {
	today: string;
	users: { ana: number; bruno: number; manager: number };
	tokens: { ana: string; bruno: string; manager: string };
	/** Ana's customers by state, and one of Bruno's. */
	customers: { active: number; atRisk: number; inactive: number; fresh: number; bruno: number };
	customerName: string;
	contactId: number;
	opportunityId: number;
	followUpId: number;
	/** A second pending follow-up (another customer) for reschedule/cancel, after complete ran. */
	laterFollowUpId: number;
}

const DAY = 86_400_000;

export function daysBefore(today: string, days: number): string {
	return new Date(Date.parse(`${today}T12:00:00Z`) - days * DAY).toISOString().slice(0, 10);
}

/** `count` orders, `every` days apart, the last one `lastAgo` days before today. */
function history(today: string, customerId: number, every: number, count: number, lastAgo: number) {
	return Array.from({ length: count }, (_, i) => ({
		erpId: `P${customerId}-${i}`,
		customerId,
		orderDate: daysBefore(today, lastAgo + (count - 1 - i) * every),
		totalCents: 2_500_00 + i * 10_00,
		volume: 100 + i
	}));
}

export async function writeMcpFixture(
	db: GiroDatabase,
	today: string = todayInSaoPaulo(new Date())
): Promise<McpFixture> {
	await db.orm.insert(users).values([
		{ id: 1, name: 'Ana Souza', email: 'ana.souza@giro.demo', role: 'rep', region: 'Sudeste' },
		{ id: 2, name: 'Bruno Carvalho', email: 'bruno.carvalho@giro.demo', role: 'rep' },
		{ id: 3, name: 'Patrícia Mendes', email: 'patricia.mendes@giro.demo', role: 'manager' }
	]);
	const customer = (id: number, tradeName: string, repId: number, segment: string) => ({
		id,
		erpCode: `C${String(id).padStart(6, '0')}`,
		legalName: `${tradeName} Ltda`,
		tradeName,
		segment,
		city: 'Campinas',
		uf: 'SP',
		repId
	});
	await db.orm
		.insert(customers)
		.values([
			customer(1, 'Mercado Bom Preço', 1, 'Varejo'),
			customer(2, 'Agropecuária Vale Verde', 1, 'Agronegócio'),
			customer(3, 'Metalúrgica Horizonte', 1, 'Indústria'),
			customer(4, 'Padaria Pão Quente', 1, 'Varejo'),
			customer(5, 'Distribuidora Sul Forte', 2, 'Atacado')
		]);
	await db.orm
		.insert(orders)
		.values([
			...history(today, 1, 21, 12, 10),
			...history(today, 2, 21, 10, 50),
			...history(today, 3, 30, 8, 200),
			...history(today, 4, 20, 2, 5),
			...history(today, 5, 14, 15, 7)
		]);
	const [contact] = await db.orm
		.insert(contacts)
		.values([
			{
				customerId: 1,
				name: 'Paula Lima',
				role: 'Compradora',
				email: 'paula@bompreco.com.br',
				phone: '+551933330001',
				whatsapp: '+5519999990001',
				whatsappConsent: true,
				preferredChannel: 'whatsapp',
				isPrimary: true
			},
			{ customerId: 2, name: 'Jorge Nunes', phone: '+551933330002', isPrimary: true },
			{ customerId: 3, name: 'Rita Alves', email: 'rita@horizonte.ind.br', isPrimary: true },
			{ customerId: 4, name: 'Caio Dias', phone: '+551933330004', isPrimary: true },
			{ customerId: 5, name: 'Sônia Prado', phone: '+555133330005', isPrimary: true }
		])
		.returning({ id: contacts.id });
	const [opportunity] = await db.orm
		.insert(opportunities)
		.values({
			customerId: 1,
			repId: 1,
			title: 'Linha de embalagens 2027',
			valueCents: 48_000_00,
			stage: 'proposal',
			stageChangedAt: new Date(Date.parse(`${daysBefore(today, 20)}T14:00:00Z`)),
			lastActivityAt: new Date(Date.parse(`${daysBefore(today, 20)}T14:00:00Z`)),
			expectedClose: daysBefore(today, -30)
		})
		.returning({ id: opportunities.id });
	await db.orm.insert(interactions).values({
		customerId: 2,
		contactId: contact.id + 1,
		repId: 1,
		channel: 'phone',
		occurredAt: new Date(Date.parse(`${daysBefore(today, 12)}T15:00:00Z`)),
		summary: 'Cliente reclamou do prazo de entrega do último pedido',
		outcome: 'answered'
	});
	const [followUp] = await db.orm
		.insert(followUps)
		.values({
			customerId: 2,
			repId: 1,
			contactId: contact.id + 1,
			dueDate: daysBefore(today, 1),
			channel: 'phone',
			purpose: 'reactivation',
			note: 'Retomar a conversa sobre o prazo de entrega'
		})
		.returning({ id: followUps.id });
	const [later] = await db.orm
		.insert(followUps)
		.values({
			customerId: 3,
			repId: 1,
			dueDate: today,
			channel: 'phone',
			purpose: 'service'
		})
		.returning({ id: followUps.id });
	await db.rows(sql`select setval('users_id_seq', 3)`);
	await db.rows(sql`select setval('customers_id_seq', 5)`);
	const token = async (email: string) => (await createApiToken(db, { email, name: 'teste' })).token;
	return {
		today,
		users: { ana: 1, bruno: 2, manager: 3 },
		tokens: {
			ana: await token('ana.souza@giro.demo'),
			bruno: await token('bruno.carvalho@giro.demo'),
			manager: await token('patricia.mendes@giro.demo')
		},
		customers: { active: 1, atRisk: 2, inactive: 3, fresh: 4, bruno: 5 },
		customerName: 'Bom Preço',
		contactId: contact.id,
		opportunityId: opportunity.id,
		followUpId: followUp.id,
		laterFollowUpId: later.id
	};
}
