/**
 * Where a written demo records itself: `app_meta.demo` (seed, asOf, counts) and
 * `app_meta.demo_truth` (the ground truth), read back by tests, evals and the app.
 */
import { eq } from 'drizzle-orm';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { appMeta } from '#lib/server/db/schema.ts';
import type { DemoFacts, DemoTruth } from '#lib/server/demo/demo-truth.ts';

export const DEMO_FACTS_KEY = 'demo';
export const DEMO_TRUTH_KEY = 'demo_truth';

async function readMeta<T>(db: GiroDatabase, key: string): Promise<T | null> {
	const [row] = await db.orm.select().from(appMeta).where(eq(appMeta.key, key));
	return row ? (row.value as T) : null;
}

export function readDemoFacts(db: GiroDatabase): Promise<DemoFacts | null> {
	return readMeta<DemoFacts>(db, DEMO_FACTS_KEY);
}

export function readDemoTruth(db: GiroDatabase): Promise<DemoTruth | null> {
	return readMeta<DemoTruth>(db, DEMO_TRUTH_KEY);
}
