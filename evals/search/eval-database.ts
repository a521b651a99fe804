/**
 * The database the search eval runs on: a fresh in-memory PGlite with the eval demo seeded and
 * embedded (~30 s), or, with `--data-dir DIR`, a PGlite folder seeded before (kept between
 * runs; the first run seeds it). A folder holding another demo is refused.
 */
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { openDatabase, type GiroDatabase } from '#lib/server/db/client.ts';
import { migrateDatabase } from '#lib/server/db/migrate.ts';
import { DEMO_FACTS_KEY, DEMO_TRUTH_KEY } from '#lib/server/demo/demo-meta.ts';
import type { DemoFacts, DemoTruth } from '#lib/server/demo/demo-truth.ts';
import { EVAL_DEMO, seedEvalDemo } from './search-eval.ts';

export async function openEvalDatabase(
	argv: readonly string[]
): Promise<{ db: GiroDatabase; truth: DemoTruth }> {
	const at = argv.indexOf('--data-dir');
	const dataDir = at >= 0 ? argv[at + 1] : undefined;
	if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
	const db = await openDatabase({ kind: 'pglite', dataDir });
	await migrateDatabase(db, { warn: () => {} });
	const meta = await db.rows<{ key: string; value: unknown }>(
		sql`select key, value from app_meta where key in (${DEMO_FACTS_KEY}, ${DEMO_TRUTH_KEY})`
	);
	const facts = meta.find((m) => m.key === DEMO_FACTS_KEY)?.value as DemoFacts | undefined;
	if (!facts) {
		console.error('gravando o demo da avaliação (seed 20261123, 2026-11-23, 600 clientes)…');
		return { db, truth: await seedEvalDemo(db) };
	}
	if (
		facts.seed !== String(EVAL_DEMO.seed) ||
		facts.asOf !== EVAL_DEMO.asOf ||
		facts.customers !== EVAL_DEMO.customers
	) {
		await db.close();
		throw new Error(
			`${dataDir} tem outro demo (seed ${facts.seed}, ${facts.asOf}, ${facts.customers} clientes).`
		);
	}
	return { db, truth: meta.find((m) => m.key === DEMO_TRUTH_KEY)!.value as DemoTruth };
}
