/**
 * The one database factory. No URL: embedded PGlite (PostgreSQL 18 in WebAssembly) with
 * pgvector, unaccent and pg_trgm loaded, persisted in a folder. A `postgres://` URL: a
 * PostgreSQL server through postgres.js. Both come back as the same `GiroDatabase`, so the
 * domain never knows which one it talks to.
 *
 * PGlite (~280 MB of WebAssembly and data once loaded) is imported only when a PGlite database
 * is opened, so a process that talks to a server never loads it
 * (`tests/import/lean-server-import.test.ts` checks the import CLI).
 */
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Orm = PgDatabase<PgQueryResultHKT, Schema>;

export interface GiroDatabase {
	kind: 'pglite' | 'postgres';
	/** Where it lives, for logs and the UI ("PGlite em ./data/giro", "PostgreSQL em host:5432/db"). */
	label: string;
	orm: Orm;
	/**
	 * Runs raw SQL and returns its rows. Raw queries cast their columns (`::int`, `::float8`,
	 * `::text`) so both drivers return the same JS types.
	 */
	rows<T>(query: SQL): Promise<T[]>;
	/** Whether pgvector is usable here (set by `ensureVector`). */
	vector: boolean;
	close(): Promise<void>;
}

/** Rows of `orm.execute()`, whichever driver ran it (postgres.js: an array; PGlite: `.rows`). */
export function resultRows<T>(result: unknown): T[] {
	return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

export type DatabaseTarget =
	| { kind: 'pglite'; dataDir?: string } // no dataDir: in memory
	| { kind: 'postgres'; url: string; max?: number };

export async function openDatabase(target: DatabaseTarget): Promise<GiroDatabase> {
	if (target.kind === 'postgres') {
		const client = postgres(target.url, {
			max: target.max ?? 10,
			onnotice: () => {},
			connection: { application_name: 'giro', TimeZone: 'America/Sao_Paulo' }
		});
		const orm = drizzlePostgres({ client, schema }) as unknown as Orm;
		const url = new URL(target.url);
		return {
			kind: 'postgres',
			label: `PostgreSQL em ${url.hostname}:${url.port || 5432}${url.pathname}`,
			orm,
			rows: async <T>(query: SQL) => resultRows<T>(await orm.execute(query)),
			vector: false,
			close: () => client.end({ timeout: 5 })
		};
	}
	const [{ PGlite }, { pg_trgm }, { unaccent }, { vector }, { drizzle: drizzlePglite }] =
		await Promise.all([
			import('@electric-sql/pglite'),
			import('@electric-sql/pglite/contrib/pg_trgm'),
			import('@electric-sql/pglite/contrib/unaccent'),
			import('@electric-sql/pglite-pgvector'),
			import('drizzle-orm/pglite')
		]);
	const client = await PGlite.create({
		dataDir: target.dataDir,
		extensions: { vector, unaccent, pg_trgm }
	});
	await client.exec(`SET TIME ZONE 'America/Sao_Paulo'`);
	const orm = drizzlePglite({ client, schema }) as unknown as Orm;
	return {
		kind: 'pglite',
		label: target.dataDir ? `PGlite em ${target.dataDir}` : 'PGlite em memória',
		orm,
		rows: async <T>(query: SQL) => resultRows<T>(await orm.execute(query)),
		vector: false,
		close: () => client.close()
	};
}
