/**
 * Hand-built portfolios for engine tests: customers with their orders written as
 * `['2026-01-05', 1000_00]` (date, cents) or with status/volume. Ids are explicit so tests can
 * name customers; sequences are advanced afterwards.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { customers, orders, users } from '#lib/server/db/schema.ts';

export type TinyOrder =
	| [date: string, cents: number]
	| [date: string, cents: number, status: 'invoiced' | 'cancelled', volume?: number | null];

export interface TinyCustomer {
	id: number;
	segment?: string | null;
	uf?: string;
	repId?: number;
	orders: TinyOrder[];
}

export async function writeTinyPortfolio(db: GiroDatabase, list: TinyCustomer[]): Promise<void> {
	await db.orm.transaction(async (tx) => {
		const reps = [...new Set(list.map((c) => c.repId).filter((r): r is number => r !== undefined))];
		if (reps.length)
			await tx.insert(users).values(
				reps.map((id) => ({
					id,
					name: `Vendedor ${id}`,
					email: `v${id}@giro.test`,
					role: 'rep' as const
				}))
			);
		await tx.insert(customers).values(
			list.map((c) => ({
				id: c.id,
				erpCode: `C${c.id}`,
				legalName: `Cliente ${c.id} Ltda`,
				segment: c.segment === undefined ? 'teste' : c.segment,
				uf: c.uf ?? 'SP',
				repId: c.repId ?? null
			}))
		);
		const rows = list.flatMap((c) =>
			c.orders.map(([date, cents, status, volume], i) => ({
				erpId: `P${c.id}-${i}`,
				customerId: c.id,
				orderDate: date,
				totalCents: cents,
				status: status ?? ('invoiced' as const),
				volume: volume ?? null
			}))
		);
		for (let i = 0; i < rows.length; i += 2000)
			await tx.insert(orders).values(rows.slice(i, i + 2000));
		await tx.execute(sql`select setval('customers_id_seq', (select max(id) from customers))`);
	});
}

/** `n` orders every `every` days starting at `start`, each worth `cents`. */
export function regularOrders(
	start: string,
	every: number,
	n: number,
	cents = 1000_00
): TinyOrder[] {
	const t0 = Date.parse(`${start}T00:00:00Z`);
	return Array.from({ length: n }, (_, i) => [
		new Date(t0 + i * every * 86_400_000).toISOString().slice(0, 10),
		cents
	]);
}
