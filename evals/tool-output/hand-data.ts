/**
 * Hand-built portfolios for the tool-output evals: customers written as order ages (days before
 * `asOf`) and values, so every expected figure can be worked out on paper from SPEC. One PGlite
 * serves every data set in turn: `resetData` empties it (TRUNCATE bumps the data version, so no
 * cached whole-portfolio figure survives), `writeHandPortfolio` fills it.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { customers, orders, users } from '#lib/server/db/schema.ts';

export interface HandCustomer {
	id: number;
	name: string;
	segment: string | null;
	/** [age in days before asOf, value in cents], any order. */
	orders: [age: number, cents: number][];
}

export const HAND_REP = { id: 1, role: 'rep' as const, name: 'Vendedora das evals' };

/** 'AAAA-MM-DD' `days` before `iso` (calendar arithmetic in UTC, no time zone involved). */
export function daysBefore(iso: string, days: number): string {
	const [y, m, d] = iso.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d - days)).toISOString().slice(0, 10);
}

/** `n` orders `every` days apart, the most recent `lastAge` days ago, each worth `cents`. */
export function every(
	step: number,
	n: number,
	lastAge: number,
	cents = 1000_00
): [number, number][] {
	return Array.from({ length: n }, (_, i) => [lastAge + step * i, cents]);
}

const DATA_TABLES = [
	'follow_ups',
	'interactions',
	'opportunities',
	'order_items',
	'orders',
	'contacts',
	'products',
	'customers',
	'audit_log',
	'tool_confirmations',
	'chat_conversations',
	'api_tokens',
	'users'
];

export async function resetData(db: GiroDatabase): Promise<void> {
	await db.orm.execute(
		sql.raw(`truncate table ${DATA_TABLES.join(', ')} restart identity cascade`)
	);
	await db.orm.execute(sql`delete from app_meta where key in ('demo', 'demo_truth')`);
}

export async function writeHandPortfolio(
	db: GiroDatabase,
	asOf: string,
	list: readonly HandCustomer[]
): Promise<void> {
	await db.orm.transaction(async (tx) => {
		await tx.insert(users).values({ ...HAND_REP, email: 'evals@giro.test' });
		await tx.insert(customers).values(
			list.map((c) => ({
				id: c.id,
				erpCode: `H${c.id}`,
				legalName: `${c.name} Ltda`,
				tradeName: c.name,
				segment: c.segment,
				uf: 'SP',
				repId: HAND_REP.id
			}))
		);
		const rows = list.flatMap((c) =>
			c.orders.map(([age, cents], i) => ({
				erpId: `H${c.id}-${i}`,
				customerId: c.id,
				orderDate: daysBefore(asOf, age),
				totalCents: cents,
				status: 'invoiced' as const
			}))
		);
		if (rows.length) await tx.insert(orders).values(rows);
	});
}
