/**
 * The database itself rejects bad rows, with the constraint's name in the error, on PGlite
 * and on a PostgreSQL server alike — whatever door the write came through.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { customers, followUps, orders, users } from '#lib/server/db/schema.ts';
import { freshPglite, freshServer } from './support/databases.ts';

/** Drizzle wraps driver errors; the PostgreSQL message is on `cause`. */
async function rejection(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (error) {
		const e = error as Error & { cause?: Error };
		return `${e.message} ${e.cause?.message ?? ''}`;
	}
	throw new Error('expected the database to reject the write');
}

for (const [name, open] of [
	['PGlite', freshPglite],
	['PostgreSQL server', freshServer]
] as const) {
	describe(`constraints on ${name}`, () => {
		let db: GiroDatabase;
		beforeAll(async () => {
			db = await open();
			await db.orm.insert(users).values({ name: 'Ana', email: 'ana@x.com', role: 'rep' });
			await db.orm.insert(customers).values({ erpCode: 'C1', legalName: 'Cliente Ltda', repId: 1 });
		});
		afterAll(() => db?.close());

		test('a negative order total is rejected', async () => {
			const message = await rejection(
				db.orm.insert(orders).values({
					erpId: 'P1',
					customerId: 1,
					orderDate: '2026-01-10',
					totalCents: -100
				})
			);
			expect(message).toContain('orders_total_nonnegative_check');
		});

		test('an unknown order status is rejected', async () => {
			const message = await rejection(
				db.rows(sql`insert into orders (erp_id, customer_id, order_date, total_cents, status)
					values ('P2', 1, '2026-01-10', 100, 'shipped')`)
			);
			expect(message).toContain('orders_status_check');
		});

		test('an unknown follow-up status and an unknown role are rejected', async () => {
			expect(
				await rejection(
					db.rows(sql`insert into follow_ups (customer_id, rep_id, due_date, channel, purpose, status)
						values (1, 1, '2026-01-12', 'phone', 'commercial', 'maybe')`)
				)
			).toContain('follow_ups_status_check');
			expect(
				await rejection(
					db.rows(sql`insert into users (name, email, role) values ('X', 'x@x.com', 'boss')`)
				)
			).toContain('users_role_check');
		});

		test('a follow-up for a missing customer is rejected', async () => {
			const message = await rejection(
				db.orm.insert(followUps).values({
					customerId: 999,
					repId: 1,
					dueDate: '2026-01-12',
					channel: 'phone',
					purpose: 'commercial'
				})
			);
			expect(message).toContain('follow_ups_customer_id_customers_id_fk');
		});

		test('duplicate ERP codes and malformed CNPJs are rejected', async () => {
			expect(
				await rejection(db.orm.insert(customers).values({ erpCode: 'C1', legalName: 'Outro' }))
			).toContain('customers_erp_code_unique');
			expect(
				await rejection(
					db.orm
						.insert(customers)
						.values({ erpCode: 'C2', legalName: 'Outro', cnpj: '12.345.678/0001-90' })
				)
			).toContain('customers_cnpj_check');
			expect(
				await rejection(
					db.orm
						.insert(customers)
						.values({ erpCode: 'C3', legalName: 'Outro', cnpj: '12abc34501de35' })
				)
			).toContain('customers_cnpj_check');
		});

		test('an alphanumeric CNPJ (from July 2026) is accepted', async () => {
			await db.orm
				.transaction(async (tx) => {
					await tx
						.insert(customers)
						.values({ erpCode: 'C4', legalName: 'Alfanumérica', cnpj: '12ABC34501DE35' });
					tx.rollback();
				})
				.catch((e: Error) => expect(e.message).toMatch(/rollback/i));
			const [row] = await db.rows<{ n: number }>(sql`select count(*)::int as n from customers`);
			expect(row.n).toBe(1);
		});

		test('nothing of the rejected writes was stored', async () => {
			const [counts] = await db.rows<{ orders: number; follow_ups: number; customers: number }>(sql`
				select (select count(*)::int from orders) as orders,
				       (select count(*)::int from follow_ups) as follow_ups,
				       (select count(*)::int from customers) as customers`);
			expect(counts).toEqual({ orders: 0, follow_ups: 0, customers: 1 });
		});
	});
}
