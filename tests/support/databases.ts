/**
 * Fresh, migrated databases for tests: one per test file, never shared between files.
 * `freshPglite()` is in memory; `freshServer()` creates a uniquely named database on the
 * run's PostgreSQL server (see global-setup.ts) and drops it when closed.
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDatabase, type GiroDatabase } from '#lib/server/db/client.ts';
import { migrateDatabase } from '#lib/server/db/migrate.ts';

const quiet = () => {};

export async function freshPglite(): Promise<GiroDatabase> {
	const db = await openDatabase({ kind: 'pglite' });
	await migrateDatabase(db, { warn: quiet });
	return db;
}

export interface ServerDatabase extends GiroDatabase {
	url: string;
}

/** A new empty database on the test server (not migrated when `migrate` is false). */
export async function freshServer(options: { migrate?: boolean } = {}): Promise<ServerDatabase> {
	const serverUrl = inject('serverUrl');
	const name = `giro_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: quiet });
	await admin.unsafe(`create database ${name}`);
	await admin.end();
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	const db = await openDatabase({ kind: 'postgres', url: url.toString() });
	if (options.migrate !== false) await migrateDatabase(db, { url: url.toString(), warn: quiet });
	const close = db.close;
	return Object.assign(db, {
		url: url.toString(),
		close: async () => {
			await close();
			const again = postgres(serverUrl, { max: 1, onnotice: quiet });
			await again.unsafe(`drop database if exists ${name} with (force)`);
			await again.end();
		}
	});
}
