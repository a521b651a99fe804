/**
 * The importer's view of a database transaction: run SQL, get rows, whichever driver is under
 * it (postgres.js returns an array, PGlite an object with `rows`). Everything an import writes
 * goes through one of these, inside one transaction: all or nothing.
 */
import type { SQL } from 'drizzle-orm';
import type { GiroDatabase } from '#lib/server/db/client.ts';

export interface ImportTx {
	rows<T>(query: SQL): Promise<T[]>;
}

type Executor = { execute(query: SQL): Promise<unknown> };

function wrap(executor: Executor): ImportTx {
	return {
		rows: async <T>(query: SQL) => {
			const result = await executor.execute(query);
			return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
		}
	};
}

/** Thrown inside a transaction to roll it back on purpose (a dry run, or invalid rows). */
export class RollbackSignal<T> extends Error {
	result: T;
	constructor(result: T) {
		super('rollback');
		this.result = result;
	}
}

/** Runs `work` in one transaction; a `RollbackSignal` rolls back and returns its result. */
export async function inTransaction<T>(
	db: GiroDatabase,
	work: (tx: ImportTx) => Promise<T>
): Promise<T> {
	try {
		return await db.orm.transaction((tx) => work(wrap(tx as unknown as Executor)));
	} catch (error) {
		if (error instanceof RollbackSignal) return error.result as T;
		throw error;
	}
}

/** Reads outside a transaction, for lookups before the writing starts. */
export function reader(db: GiroDatabase): ImportTx {
	return { rows: (query) => db.rows(query) };
}
