/**
 * The running app's database: opened once per process (kept on `globalThis` so Vite's hot
 * reload never opens a second PGlite on the same folder), migrated on start, and — on the
 * embedded database only — seeded with the demo portfolio when it has no customers yet, so a
 * fresh clone's first `npm run dev` shows a real portfolio. A server is never seeded
 * implicitly: `npm run db:seed` does that on purpose.
 */
import fs from 'node:fs';
import path from 'node:path';
import { appEnv } from '../app-env.ts';
import type { Env } from '../config.ts';
import { appEmbedder, catchUpEmbeddings } from '../embeddings/app-embedder.ts';
import { openDatabase, type GiroDatabase } from './client.ts';
import { migrateDatabase } from './migrate.ts';
import { acquireDataDirLock } from './process-lock.ts';
import { seedDemoIfEmpty } from './seed-if-empty.ts';

const KEY = Symbol.for('giro.app-database');
type Holder = { [KEY]?: Promise<GiroDatabase> };

export function appDatabase(): Promise<GiroDatabase> {
	const holder = globalThis as Holder;
	holder[KEY] ??= startDatabase(appEnv()).catch((error) => {
		delete holder[KEY]; // let the next request try again instead of caching the failure
		throw error;
	});
	return holder[KEY];
}

/** Where the embedded database lives inside `GIRO_DATA_DIR`. */
export function pgliteDir(env: Env): string {
	return path.resolve(env.GIRO_DATA_DIR, 'pglite');
}

async function startDatabase(env: Env): Promise<GiroDatabase> {
	const log = (m: string) => console.info(`[giro] ${m}`);
	if (env.DATABASE_URL) {
		const db = await openDatabase({ kind: 'postgres', url: env.DATABASE_URL });
		await migrateDatabase(db, { url: env.DATABASE_URL });
		log(`banco: ${db.label}`);
		void catchUpEmbeddings(db, appEmbedder(), log);
		return db;
	}
	const dataDir = pgliteDir(env);
	fs.mkdirSync(dataDir, { recursive: true });
	// PGlite is single-process: refuse, with a clear message, a folder another process holds.
	acquireDataDirLock(dataDir, { owner: 'app Giro (SvelteKit)' });
	const db = await openDatabase({ kind: 'pglite', dataDir });
	await migrateDatabase(db);
	log(`banco: ${db.label}`);
	if (env.GIRO_SEED_DEMO) await seedDemoIfEmpty(db, { seed: env.GIRO_DEMO_SEED, dataDir, log });
	// Not awaited: the app serves while the vectors are written (see catchUpEmbeddings).
	void catchUpEmbeddings(db, appEmbedder(), log);
	return db;
}
