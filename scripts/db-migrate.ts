/**
 * `npm run db:migrate`: bring the configured database (DATABASE_URL, or the embedded one in
 * GIRO_DATA_DIR) to the current schema. Running it twice is a no-op.
 */
import fs from 'node:fs';
import { parseEnv } from '#lib/server/config.ts';
import { pgliteDir } from '#lib/server/db/app-database.ts';
import { openDatabase } from '#lib/server/db/client.ts';
import { migrateDatabase } from '#lib/server/db/migrate.ts';

try {
	const env = parseEnv();
	const url = env.DATABASE_URL;
	if (!url) fs.mkdirSync(pgliteDir(env), { recursive: true });
	const db = await openDatabase(
		url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: pgliteDir(env) }
	);
	await migrateDatabase(db, { url });
	console.log(
		`Migrações aplicadas: ${db.label}${db.vector ? ' (com pgvector)' : ' (sem pgvector)'}`
	);
	await db.close();
} catch (error) {
	console.error(`Falha ao migrar: ${(error as Error).message}`);
	process.exitCode = 1;
}
