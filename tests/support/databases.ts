/**
 * Fresh, migrated databases for tests: one per test file, never shared between files.
 *
 * Migrating is done once per run (global-setup.ts), then copied: `freshPglite()` starts an
 * in-memory PGlite from the run's snapshot of a migrated data directory, `freshServer()`
 * creates a uniquely named database on the run's PostgreSQL server as a copy of the run's
 * migrated template database (`create database … template …`) and drops it when closed.
 * `sharedPglite()` does the same for slower set-ups (the seeded demo: `demoPglite()`; the UCI
 * public data: uci.ts): the first file that asks writes it once and saves a snapshot; the others
 * copy that snapshot.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { inject } from 'vitest';
import { openDatabase, type GiroDatabase } from '#lib/server/db/client.ts';
import { ensureVector } from '#lib/server/db/ensure-vector.ts';
import { migrateDatabase } from '#lib/server/db/migrate.ts';
import { resolveDemoOptions, type DemoOptions } from '#lib/server/demo/demo-options.ts';
import type { DemoTruth } from '#lib/server/demo/demo-truth.ts';
import { writeDemoPortfolio } from '#lib/server/demo/write-portfolio.ts';

const quiet = () => {};

/** The PGlite client under a `GiroDatabase` opened on PGlite (for `dumpDataDir`). */
export function pgliteClient(db: GiroDatabase): PGlite {
	if (db.kind !== 'pglite') throw new Error('pgliteClient: not a PGlite database');
	return (db.orm as unknown as { $client: PGlite }).$client;
}

/** Writes a PGlite database's data directory to `file` (atomically: readers never see half). */
export async function savePgliteSnapshot(db: GiroDatabase, file: string): Promise<void> {
	const blob = await pgliteClient(db).dumpDataDir('none');
	const partial = `${file}.${process.pid}.${randomBytes(3).toString('hex')}.partial`;
	await fs.writeFile(partial, Buffer.from(await blob.arrayBuffer()));
	await fs.rename(partial, file);
}

/** An in-memory PGlite started from a snapshot written by `savePgliteSnapshot`. */
export async function openPgliteSnapshot(file: string): Promise<GiroDatabase> {
	const db = await openDatabase({
		kind: 'pglite',
		loadDataDir: new Blob([await fs.readFile(file)])
	});
	await ensureVector(db, quiet); // sets db.vector, as migrateDatabase does
	return db;
}

/** A new, migrated in-memory PGlite (a copy of the run's migrated snapshot). */
export async function freshPglite(): Promise<GiroDatabase> {
	const snapshot = inject('pgliteSnapshot');
	if (snapshot) return openPgliteSnapshot(snapshot);
	const db = await openDatabase({ kind: 'pglite' });
	await migrateDatabase(db, { warn: quiet });
	return db;
}

/** Waits for `file`, or takes `lock` (exclusive create) to be the one who makes it. */
async function once(file: string, lock: string, make: () => Promise<void>): Promise<void> {
	const deadline = Date.now() + 600_000;
	for (;;) {
		if (
			await fs.stat(file).then(
				() => true,
				() => false
			)
		)
			return;
		const handle = await fs.open(lock, 'wx').catch((error: NodeJS.ErrnoException) => {
			if (error.code === 'EEXIST') return null;
			throw error;
		});
		if (handle) {
			await handle.close();
			try {
				await make();
				return;
			} finally {
				await fs.rm(lock, { force: true });
			}
		}
		if (Date.now() > deadline)
			throw new Error(`Esperei 10 minutos por ${file} (trava ${lock}) e ele não apareceu.`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

/**
 * A new in-memory PGlite copied from this run's snapshot named `key`, and the value `build`
 * returned when it made that snapshot. The first test file that asks for `key` runs `build` on
 * a fresh migrated PGlite and saves the result; every other file (in any worker) copies it.
 * `build` must depend only on what `key` names, and its value must survive JSON.
 */
export async function sharedPglite<T>(
	key: string,
	build: (db: GiroDatabase) => Promise<T>
): Promise<{ db: GiroDatabase; value: T }> {
	const dir = inject('snapshotDir');
	if (!dir) {
		const db = await freshPglite();
		return { db, value: await build(db) };
	}
	const name = key.replace(/[^\w.-]/g, '_');
	const file = path.join(dir, `${name}.tar`);
	const valueFile = path.join(dir, `${name}.json`);
	await once(file, path.join(dir, `${name}.lock`), async () => {
		const db = await freshPglite();
		try {
			const value = await build(db);
			await fs.writeFile(valueFile, JSON.stringify(value ?? null));
			await savePgliteSnapshot(db, file); // last: its presence says both are complete
		} finally {
			await db.close();
		}
	});
	const value = JSON.parse(await fs.readFile(valueFile, 'utf8')) as T;
	return { db: await openPgliteSnapshot(file), value };
}

/**
 * A new in-memory PGlite holding the demo portfolio written by `writeDemoPortfolio(options)`,
 * and its ground truth — written once per run for each set of options, copied afterwards.
 */
export async function demoPglite(
	options: DemoOptions
): Promise<{ db: GiroDatabase; truth: DemoTruth }> {
	// Same resolved options (defaults filled in) ⇒ same rows: one snapshot serves them all.
	const resolved = JSON.stringify(resolveDemoOptions(options));
	const key = `demo-${createHash('sha256').update(resolved).digest('hex').slice(0, 16)}`;
	const { db, value } = await sharedPglite(
		key,
		async (db) => (await writeDemoPortfolio(db, options)).truth
	);
	return { db, truth: value };
}

export interface ServerDatabase extends GiroDatabase {
	url: string;
}

/**
 * A new database on the test server: a copy of the run's migrated template, or empty (not
 * migrated) when `migrate` is false.
 */
export async function freshServer(options: { migrate?: boolean } = {}): Promise<ServerDatabase> {
	const serverUrl = inject('serverUrl');
	const template = options.migrate === false ? null : inject('serverTemplate');
	const name = `giro_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: quiet });
	await admin.unsafe(`create database ${name}${template ? ` template ${template}` : ''}`);
	await admin.end();
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	const db = await openDatabase({ kind: 'postgres', url: url.toString() });
	if (template) await ensureVector(db, quiet);
	else if (options.migrate !== false)
		await migrateDatabase(db, { url: url.toString(), warn: quiet });
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
