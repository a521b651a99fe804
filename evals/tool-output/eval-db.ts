/**
 * The databases and contexts the evals run on: an in-memory PGlite, migrated, per data set
 * (the demo portfolio, hand-built portfolios, CDNOW, UCI), and a ToolContext for a person at a
 * date, through the `eval` door (what the audit log records if a write ever ran).
 */
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { openDatabase } from '#lib/server/db/client.ts';
import { migrateDatabase } from '#lib/server/db/migrate.ts';
import { DEFAULT_ENGINE_CONFIG } from '#lib/server/domain/portfolio/engine-config.ts';
import type { ToolContext } from '#lib/server/tools/tool-context.ts';

export const EVAL_SECRET = 'giro-evals-secret-not-for-production-0000';

export async function evalDatabase(): Promise<GiroDatabase> {
	const db = await openDatabase({ kind: 'pglite' });
	await migrateDatabase(db, { warn: () => {} });
	return db;
}

export function evalContext(
	db: GiroDatabase,
	user: { id: number; role: 'rep' | 'manager'; name?: string },
	asOf: string
): ToolContext {
	return {
		db,
		user: { id: user.id, role: user.role, name: user.name ?? `Usuário ${user.id}` },
		asOf,
		config: DEFAULT_ENGINE_CONFIG,
		door: 'eval',
		secret: EVAL_SECRET
	};
}

/** A manager who sees everything (ids above any data set's own users). */
export const EVAL_MANAGER = { id: 9_000_001, role: 'manager' as const, name: 'Gestora das evals' };
