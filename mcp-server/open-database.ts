/**
 * The database of an MCP process (the server, the token CLI): the app's own factory
 * (`appDatabase`: same env, same migrations, same demo seeding), behind the embedded
 * database's process lock — PGlite must never be open in two processes (see process-lock.ts)
 * — plus the shared secret of confirmation tokens.
 */
import { appSecret } from '#lib/server/secret.ts';
import type { Env } from '#lib/server/config.ts';
import { appDatabase, pgliteDir } from '#lib/server/db/app-database.ts';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { acquireDataDirLock, type DataDirLock } from '#lib/server/db/process-lock.ts';

export interface OpenedDatabase {
	db: GiroDatabase;
	secret: string;
	close(): Promise<void>;
}

/** Throws `DataDirLockedError` (pt-BR, says what to do) when another process holds PGlite. */
export async function openGiroDatabase(env: Env, owner: string): Promise<OpenedDatabase> {
	const lock: DataDirLock | null = env.DATABASE_URL
		? null
		: acquireDataDirLock(pgliteDir(env), { owner });
	try {
		const db = await appDatabase();
		const secret = await appSecret(db, env);
		return {
			db,
			secret,
			async close() {
				await db.close().catch(() => {});
				lock?.release();
			}
		};
	} catch (error) {
		lock?.release();
		throw error;
	}
}
