/**
 * `npm run daily`: the daily routine — automatic follow-ups (SPEC "Automatic follow-ups") —
 * for today in São Paulo (or `--as-of AAAA-MM-DD`). Once per date: a second run the same day
 * creates nothing and says so. The running app also does it once a day by itself.
 */
import { parseArgs } from 'node:util';
import { parseEnv } from '#lib/server/config.ts';
import { pgliteDir } from '#lib/server/db/app-database.ts';
import { openDatabase } from '#lib/server/db/client.ts';
import { migrateDatabase } from '#lib/server/db/migrate.ts';
import { todayInSaoPaulo } from '#lib/server/domain/calendar/iso-date.ts';
import {
	describeRun,
	runAutomaticFollowUps
} from '#lib/server/domain/follow-ups/automatic-follow-ups.ts';
import { DEFAULT_ENGINE_CONFIG } from '#lib/server/domain/portfolio/engine-config.ts';

try {
	const { values } = parseArgs({ options: { 'as-of': { type: 'string' } } });
	const asOf = values['as-of'] ?? todayInSaoPaulo(new Date());
	if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf))
		throw new Error(`--as-of: use AAAA-MM-DD (recebi "${asOf}").`);
	const env = parseEnv();
	const url = env.DATABASE_URL;
	const db = await openDatabase(
		url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: pgliteDir(env) }
	);
	await migrateDatabase(db, { url });
	const result = await runAutomaticFollowUps(db, { asOf, config: DEFAULT_ENGINE_CONFIG });
	console.log(describeRun(result));
	if (result.ran)
		for (const c of result.created)
			console.log(`- ${c.customerName} (vendedor ${c.repId}, ${c.dueDate}): ${c.reason}`);
	await db.close();
} catch (error) {
	console.error(`Falha na rotina diária: ${(error as Error).message}`);
	process.exitCode = 1;
}
