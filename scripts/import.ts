/**
 * `npm run import -- --entity pedidos --file vendas.csv`: imports an ERP export into the
 * configured database (--database-url, else DATABASE_URL, else the embedded PGlite in
 * GIRO_DATA_DIR), with the same code as the upload page. Progress goes to stderr, the pt-BR
 * summary (or --json) to stdout. Exit code 0: imported (or valid); 1: errors, nothing written;
 * 2: wrong command line.
 */
import fs from 'node:fs';
import { parseEnv } from '#lib/server/config.ts';
import { pgliteDir } from '#lib/server/db/app-database.ts';
import { openDatabase } from '#lib/server/db/client.ts';
import { migrateDatabase } from '#lib/server/db/migrate.ts';
import { parseCli, USAGE, type CliOptions } from '#lib/server/import/cli-options.ts';
import { progressBar } from '#lib/server/import/progress-bar.ts';
import { summaryText } from '#lib/server/import/import-summary.ts';
import { runImport } from '#lib/server/import/run-import.ts';
import { safeErrorText } from '#lib/server/log-event.ts';

let options: CliOptions;
try {
	options = parseCli(process.argv.slice(2));
} catch (error) {
	console.error(`${(error as Error).message}\n\n${USAGE}`);
	process.exit(2);
}
if (options.help) {
	console.log(USAGE);
	process.exit(0);
}

const started = performance.now();
const env = parseEnv();
const url = options['database-url'] ?? env.DATABASE_URL;
if (!url) fs.mkdirSync(pgliteDir(env), { recursive: true });
const db = await openDatabase(
	url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: pgliteDir(env) }
);
try {
	await migrateDatabase(db, { url, warn: () => {} });
	const bar = progressBar(process.stderr, options.quiet || options.json);
	const summary = await runImport(db, {
		entity: options.entity,
		preset: options.preset,
		files: options.file.map((path) => ({ path })),
		mapping: options.columns,
		decimal: options.decimal as 'comma' | 'point' | undefined,
		dateOrder: options['date-order'],
		encoding: options.encoding,
		separator: options.separator as never,
		skipInvalid: options['skip-invalid'],
		createMissingCustomers: options['create-missing-customers'],
		validateOnly: options.validate,
		rejectsPath: options.rejects,
		onProgress: bar.update
	});
	bar.done();
	if (options.json) {
		const maxRssMb = process.resourceUsage().maxRSS / 1024;
		console.log(
			JSON.stringify({
				...summary,
				database: db.label,
				totalMs: performance.now() - started,
				maxRssMb
			})
		);
	} else console.log(`${db.label}\n${summaryText(summary)}`);
	process.exitCode = summary.errors > 0 && !summary.written ? 1 : 0;
} catch (error) {
	console.error(`Falha na importação: ${safeErrorText(error)}`);
	process.exitCode = 1;
} finally {
	await db.close();
}
