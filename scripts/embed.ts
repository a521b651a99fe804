/**
 * `npm run embed`: brings the interaction vectors to the configured embedder (EMBEDDING_MODEL,
 * or the local `local-ngram-v1`): embeds the interactions that have none and re-embeds those
 * whose vector came from another model, showing progress. Run it after changing
 * EMBEDDING_MODEL, or when a remote embedder was down while interactions were written.
 *
 *   node scripts/embed.ts [--database-url postgres://...] [--data-dir ./data/pglite]
 *
 * Running it again continues where a failed run stopped (only what is still stale is done).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatInteger } from '#lib/format.ts';
import { parseEnv } from '#lib/server/config.ts';
import { openDatabase, type GiroDatabase } from '#lib/server/db/client.ts';
import { migrateDatabase } from '#lib/server/db/migrate.ts';
import { acquireDataDirLock } from '#lib/server/db/process-lock.ts';
import { embedInteractions } from '#lib/server/domain/interaction-search/embed-interactions.ts';
import { chooseEmbedder } from '#lib/server/embeddings/choose-embedder.ts';
import { embedProgressPrinter } from '#lib/server/embeddings/embed-progress.ts';

const USAGE = `Uso: node scripts/embed.ts [--database-url URL] [--data-dir DIR]
  --database-url URL   PostgreSQL (padrão DATABASE_URL); sem URL usa o PGlite
  --data-dir DIR       pasta do PGlite (padrão GIRO_DATA_DIR/pglite, ou seja ./data/pglite)`;

function fail(message: string, code = 2): never {
	process.stderr.write(`Erro: ${message}\n`);
	process.exit(code);
}

async function main(): Promise<void> {
	let args;
	try {
		args = parseArgs({
			options: {
				'database-url': { type: 'string' },
				'data-dir': { type: 'string' },
				help: { type: 'boolean', short: 'h', default: false }
			}
		}).values;
	} catch (error) {
		fail(`${(error as Error).message}\n\n${USAGE}`);
	}
	if (args.help) {
		process.stdout.write(`${USAGE}\n`);
		return;
	}
	let env;
	let embedder;
	try {
		env = parseEnv();
		embedder = chooseEmbedder(env);
	} catch (error) {
		fail((error as Error).message);
	}
	const url = args['database-url'] ?? env.DATABASE_URL;
	let db: GiroDatabase;
	if (url) {
		db = await openDatabase({ kind: 'postgres', url });
	} else {
		const dataDir = path.resolve(args['data-dir'] ?? path.join(env.GIRO_DATA_DIR, 'pglite'));
		if (!fs.existsSync(dataDir))
			fail(`não existe banco em ${dataDir}: rode npm run dev ou npm run db:seed antes.`);
		acquireDataDirLock(dataDir, { owner: 'npm run embed' });
		db = await openDatabase({ kind: 'pglite', dataDir });
	}
	try {
		await migrateDatabase(db, { url, warn: () => {} });
		if (!db.vector)
			fail(
				`${db.label} não tem a extensão pgvector: não há onde guardar vetores, e a busca nas ` +
					'interações usa só o texto completo. Instale o pgvector no servidor (ex.: imagem ' +
					'pgvector/pgvector) e rode de novo.',
				1
			);
		process.stderr.write(`Modelo de embedding: ${embedder.model} (${db.label})\n`);
		const started = performance.now();
		const printer = embedProgressPrinter((t) => process.stderr.write(t), process.stderr.isTTY);
		const result = await embedInteractions(db, 'stale', embedder, printer.update);
		printer.done();
		const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
		process.stdout.write(
			result.total === 0
				? `Nada a fazer: todas as interações já têm vetor de ${embedder.model}.\n`
				: `${formatInteger(result.embedded)} interações com vetor de ${embedder.model} em ${seconds} s.\n`
		);
	} catch (error) {
		fail(
			`a geração de vetores parou: ${(error as Error).message}\nO que já foi gravado fica; rode de novo para continuar.`,
			1
		);
	} finally {
		await db.close();
	}
}

await main();
