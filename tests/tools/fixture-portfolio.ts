/** The tool fixture's customers, their names and CNPJs, orders and order items. */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { orderItems, orders, users } from '#lib/server/db/schema.ts';
import { writeTinyPortfolio } from '../support/tiny-portfolio.ts';
import { ANA, BRUNO, CARLA, ordersEndingAt } from './fixture-constants.ts';

export async function seedPortfolio(db: GiroDatabase): Promise<void> {
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
}
