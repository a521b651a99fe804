/**
 * Writes a generated demo portfolio into an empty, migrated database (PGlite or a server) in
 * one transaction: all of it or nothing. Rows keep the generator's explicit ids (the truth
 * names them), then every serial sequence is moved past them so the app's own inserts work.
 * Inserts are multi-row, a few bind parameters per statement (`bulk-insert.ts`), in bulk-load
 * mode (`bulk-load.ts`: indexes and foreign keys rebuilt once at the end, the purchase history
 * built once), and the next batch is generated while the database stores the previous one.
 * The truth and the generation facts go to `app_meta`.
 */
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import * as schema from '#lib/server/db/schema.ts';
import type { DemoOptions } from '#lib/server/demo/demo-options.ts';
import { bulkInsert } from '#lib/server/demo/bulk-insert.ts';
import { withBulkLoad } from '#lib/server/demo/bulk-load.ts';
import { TABLE_ORDER, type DemoRows, type DemoTable } from '#lib/server/demo/demo-rows.ts';
import { DEMO_FACTS_KEY, DEMO_TRUTH_KEY } from '#lib/server/demo/demo-meta.ts';
import type { DemoFacts, DemoTruth } from '#lib/server/demo/demo-truth.ts';
import { generateDemoPortfolio } from '#lib/server/demo/generate-portfolio.ts';

export interface WriteProgress {
	phase: 'checking' | 'inserting' | 'sequences' | 'truth' | 'done';
	/** Customers written so far (inserting); steps otherwise. */
	done: number;
	total: number;
}

export interface WriteDemoOptions extends DemoOptions {
	/** Empty the data tables first, in the same transaction (a failure keeps the old data). */
	reset?: boolean;
}

export interface WriteDemoResult {
	truth: DemoTruth;
	facts: DemoFacts;
	elapsedMs: number;
}

const TABLES: Record<DemoTable, PgTable> = {
	users: schema.users,
	products: schema.products,
	customers: schema.customers,
	contacts: schema.contacts,
	orders: schema.orders,
	orderItems: schema.orderItems,
	opportunities: schema.opportunities,
	interactions: schema.interactions,
	followUps: schema.followUps
};

/** Tables whose serial `id` the demo fills explicitly. */
const SERIAL_TABLES = [
	'users',
	'products',
	'customers',
	'contacts',
	'orders',
	'order_items',
	'opportunities',
	'interactions',
	'follow_ups'
] as const;

const DATA_TABLES = [...SERIAL_TABLES, 'audit_log'];

export class DemoDatabaseNotEmptyError extends Error {
	constructor(counts: { customers: number; users: number; products: number }) {
		super(
			`O banco já tem dados (${counts.customers} clientes, ${counts.users} usuários, ` +
				`${counts.products} produtos). O demo só é gravado num banco vazio: use --reset ` +
				'para apagar os dados e gravar o demo de novo. Nada foi alterado.'
		);
		this.name = 'DemoDatabaseNotEmptyError';
	}
}

type Tx = Parameters<Parameters<GiroDatabase['orm']['transaction']>[0]>[0];

async function insertRows(tx: Tx, rows: DemoRows): Promise<void> {
	for (const table of TABLE_ORDER) {
		await bulkInsert(tx, TABLES[table], rows[table] as unknown as Record<string, unknown>[]);
	}
}

export async function writeDemoPortfolio(
	db: GiroDatabase,
	options: WriteDemoOptions,
	onProgress: (progress: WriteProgress) => void = () => {}
): Promise<WriteDemoResult> {
	const started = performance.now();
	const steps = generateDemoPortfolio(options); // validates the options before touching the database
	const first = steps.next();
	return db.orm.transaction(async (tx) => {
		onProgress({ phase: 'checking', done: 0, total: 1 });
		if (options.reset) {
			await tx.execute(
				sql.raw(`truncate table ${DATA_TABLES.join(', ')} restart identity cascade`)
			);
			await tx.execute(
				sql`delete from app_meta where key in (${DEMO_FACTS_KEY}, ${DEMO_TRUTH_KEY})`
			);
		}
		const [counts] = (await tx
			.execute(
				sql`select (select count(*) from customers)::int as customers,
				(select count(*) from users)::int as users,
				(select count(*) from products)::int as products`
			)
			.then(rowsOf)) as { customers: number; users: number; products: number }[];
		if (counts.customers + counts.users + counts.products > 0) {
			throw new DemoDatabaseNotEmptyError(counts);
		}
		let truth: DemoTruth | null = null;
		let facts: DemoFacts | null = null;
		await withBulkLoad(tx, SERIAL_TABLES, async () => {
			// One batch in flight: a server stores it while the generator builds the next one.
			let inFlight: Promise<void> = Promise.resolve();
			for (let step = first; !step.done; step = steps.next()) {
				const value = step.value;
				if (value.kind === 'done') {
					truth = value.truth;
					facts = value.facts;
					continue;
				}
				await inFlight;
				inFlight = insertRows(tx, value.rows).then(() =>
					onProgress({
						phase: 'inserting',
						done: value.customersDone,
						total: value.customersTotal
					})
				);
				inFlight.catch(() => {}); // awaited above or below; never an unhandled rejection
			}
			await inFlight;
		});
		if (!truth || !facts) throw new Error('generateDemoPortfolio terminou sem a verdade');

		onProgress({ phase: 'sequences', done: 0, total: SERIAL_TABLES.length });
		for (const table of SERIAL_TABLES) {
			await tx.execute(
				sql.raw(
					`select setval(pg_get_serial_sequence('${table}', 'id'), ` +
						`coalesce((select max(id) from ${table}), 0) + 1, false)`
				)
			);
		}
		onProgress({ phase: 'truth', done: 0, total: 2 });
		for (const [key, value] of [
			[DEMO_FACTS_KEY, facts],
			[DEMO_TRUTH_KEY, truth]
		] as const) {
			await tx
				.insert(schema.appMeta)
				.values({ key, value })
				.onConflictDoUpdate({ target: schema.appMeta.key, set: { value, updatedAt: sql`now()` } });
		}
		onProgress({ phase: 'done', done: 1, total: 1 });
		return { truth, facts, elapsedMs: performance.now() - started };
	});
}

/** `execute` returns `{ rows }` on PGlite and the row array on postgres.js. */
function rowsOf(result: unknown): unknown[] {
	return Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
}
