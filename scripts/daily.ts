/**
 * `npm run daily`: the daily routine — automatic follow-ups (SPEC "Automatic follow-ups") —
 * for today in São Paulo (or `--as-of AAAA-MM-DD`). Once per date: a second run the same day
 * creates nothing and says so. The running app also does it once a day by itself.
 */
import { formatDate } from '#lib/format.ts';
import { openGiroDatabase } from '../mcp-server/open-database.ts';
import { parseArgs } from 'node:util';
import { parseEnv } from '#lib/server/config.ts';
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
	// The app's own factory (same migrations, demo seeding on a fresh embedded database) behind
	// the embedded database's process lock: PGlite must never be open in two processes.
	const opened = await openGiroDatabase(env, 'npm run daily');
	const db = opened.db;
	const result = await runAutomaticFollowUps(db, { asOf, config: DEFAULT_ENGINE_CONFIG });
	console.log(describeRun(result));
	if (result.ran)
		for (const c of result.created)
			console.log(`- ${c.customerName} (para ${formatDate(c.dueDate)}): ${c.reason}`);
	await opened.close();
} catch (error) {
	console.error(`Falha na rotina diária: ${(error as Error).message}`);
	process.exitCode = 1;
}
