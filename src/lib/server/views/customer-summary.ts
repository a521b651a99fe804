/**
 * The customer page until the engine's full profile exists: who the customer is, its
 * contacts, its last orders and its last interactions. Returns null for an unknown id.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '../db/client.ts';

export async function customerSummary(db: GiroDatabase, id: number) {
	const [customer] = await db.rows<{
		id: number;
		erpCode: string;
		legalName: string;
		tradeName: string | null;
		cnpj: string | null;
		segment: string | null;
		city: string | null;
		uf: string | null;
		repName: string | null;
	}>(sql`
		select c.id, c.erp_code as "erpCode", c.legal_name as "legalName", c.trade_name as "tradeName",
			c.cnpj, c.segment, c.city, c.uf, u.name as "repName"
		from customers c left join users u on u.id = c.rep_id where c.id = ${id}`);
	if (!customer) return null;
	const contacts = await db.rows<{
		id: number;
		name: string;
		role: string | null;
		email: string | null;
		phone: string | null;
		whatsappConsent: boolean;
	}>(sql`
		select id, name, role, email, phone, whatsapp_consent as "whatsappConsent"
		from contacts where customer_id = ${id} order by is_primary desc, name`);
	const orders = await db.rows<{
		id: number;
		erpId: string;
		orderDate: string;
		totalCents: number;
		status: string;
	}>(sql`
		select id, erp_id as "erpId", order_date::text as "orderDate", total_cents::float8 as "totalCents", status
		from orders where customer_id = ${id} order by order_date desc, id desc limit 12`);
	const interactions = await db.rows<{
		id: number;
		occurredAt: string;
		channel: string;
		summary: string;
		notes: string | null;
		repName: string | null;
	}>(sql`
		select i.id, to_char(i.occurred_at at time zone 'America/Sao_Paulo', 'YYYY-MM-DD') as "occurredAt",
			i.channel, i.summary, i.notes, u.name as "repName"
		from interactions i left join users u on u.id = i.rep_id
		where i.customer_id = ${id} order by i.occurred_at desc limit 10`);
	return { customer, contacts, orders, interactions };
}
