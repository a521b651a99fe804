/**
 * Seeds the demo portfolio (a Brazilian industrial distributor with planted signals and their
 * ground truth) into the embedded database or a PostgreSQL server.
 *
 *   node scripts/seed-demo.ts --customers 600 --years 3 --seed 20261123 --as-of 2026-11-23 \
 *     [--reset] [--no-items] [--database-url postgres://...] [--data-dir ./data/pglite] [--truth-file f.json]
 *
 * The edge of the system: the only place that reads the clock (default `--as-of`: today in
 * São Paulo) and the environment (`DATABASE_URL`, `GIRO_DEMO_SEED`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { createDemoAccounts } from '#lib/server/auth/demo-accounts.ts';
import { parseEnv } from '#lib/server/config.ts';
import { openDatabase, type GiroDatabase } from '#lib/server/db/client.ts';
import { migrateDatabase } from '#lib/server/db/migrate.ts';
import { todayInSaoPaulo } from '#lib/server/domain/calendar/iso-date.ts';
import { embedInteractions } from '#lib/server/domain/interaction-search/embed-interactions.ts';
import { appEmbedder } from '#lib/server/embeddings/app-embedder.ts';
import { embedProgressPrinter } from '#lib/server/embeddings/embed-progress.ts';
import { resolveDemoOptions, type ResolvedDemoOptions } from '#lib/server/demo/demo-options.ts';
import { truthFilePath, writeTruthFile } from '#lib/server/demo/truth-file.ts';
import {
	DemoDatabaseNotEmptyError,
	writeDemoPortfolio,
	type WriteProgress
} from '#lib/server/demo/write-portfolio.ts';

const USAGE = `Uso: node scripts/seed-demo.ts [opções]
  --customers N        clientes (padrão 600)
  --years N            anos de histórico de pedidos (padrão 3)
  --seed S             semente (padrão GIRO_DEMO_SEED ou 20261123)
  --as-of AAAA-MM-DD   data de referência (padrão: hoje em São Paulo)
  --reset              apaga os dados antes de gravar (na mesma transação)
  --no-items           não grava os itens dos pedidos
  --database-url URL   PostgreSQL (padrão DATABASE_URL); sem URL usa o PGlite
  --data-dir DIR       pasta do PGlite (padrão ./data/pglite)
  --truth-file ARQ     onde gravar a verdade em JSON (padrão: ao lado do PGlite)`;

interface Cli {
	options: ResolvedDemoOptions;
	reset: boolean;
	url: string | undefined;
	dataDir: string;
	truthFile: string | undefined;
}

function fail(message: string): never {
	process.stderr.write(`Erro: ${message}\n\n${USAGE}\n`);
	process.exit(2);
}

function integerFlag(name: string, value: string | undefined, fallback: number): number {
	if (value === undefined) return fallback;
	if (!/^\d+$/.test(value)) fail(`--${name} precisa ser um número inteiro (recebi "${value}").`);
	return Number(value);
}

function parseCli(argv: string[]): Cli {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			strict: true,
			options: {
				customers: { type: 'string' },
				years: { type: 'string' },
				seed: { type: 'string' },
				'as-of': { type: 'string' },
				reset: { type: 'boolean', default: false },
				'no-items': { type: 'boolean', default: false },
				'database-url': { type: 'string' },
				'data-dir': { type: 'string' },
				'truth-file': { type: 'string' },
				help: { type: 'boolean', short: 'h', default: false }
			}
		}).values;
	} catch (error) {
		const { code, message } = error as { code?: string; message: string };
		const option = /'([^']+)'/.exec(message)?.[1] ?? '';
		if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') fail(`opção desconhecida: ${option}`);
		if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
			fail(`a opção ${option.split(' ')[0]} precisa de um valor.`);
		if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') fail(`argumento sem opção: ${option}`);
		fail(`argumentos inválidos (${message})`);
	}
	if (parsed.help) {
		process.stdout.write(`${USAGE}\n`);
		process.exit(0);
	}
	let env;
	try {
		env = parseEnv();
	} catch (error) {
		fail((error as Error).message);
	}
	const url = parsed['database-url'] ?? env.DATABASE_URL;
	if (url !== undefined && !/^postgres(ql)?:\/\//.test(url)) {
		fail(
			`--database-url precisa ser uma URL postgres://usuario:senha@host:5432/banco (recebi "${url}").`
		);
	}
	let options: ResolvedDemoOptions;
	try {
		options = resolveDemoOptions({
			seed: parsed.seed ?? env.GIRO_DEMO_SEED,
			asOf: parsed['as-of'] ?? todayInSaoPaulo(new Date()),
			customers: integerFlag('customers', parsed.customers, 600),
			years: integerFlag('years', parsed.years, 3),
			items: !parsed['no-items']
		});
	} catch (error) {
		fail((error as Error).message);
	}
	return {
		options,
		reset: parsed.reset ?? false,
		url,
		dataDir: path.resolve(parsed['data-dir'] ?? './data/pglite'),
		truthFile: parsed['truth-file']
	};
}

const PHASES: Record<WriteProgress['phase'], string> = {
	checking: 'conferindo o banco',
	inserting: 'gravando clientes',
	sequences: 'ajustando sequências',
	truth: 'gravando a verdade',
	done: 'concluído'
};

function progressBar(started: number): (p: WriteProgress) => void {
	const tty = process.stderr.isTTY;
	let lastDecile = -1;
	return (p) => {
		const ratio = p.phase === 'inserting' ? p.done / p.total : p.phase === 'done' ? 1 : 0;
		const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
		const counter = p.phase === 'inserting' ? ` ${p.done}/${p.total}` : '';
		if (tty) {
			const width = 30;
			const filled = Math.round(ratio * width);
			const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
			const line = `[${bar}] ${String(Math.round(ratio * 100)).padStart(3)}% ${PHASES[p.phase]}${counter} · ${seconds} s`;
			process.stderr.write(`\r\x1b[2K${line}${p.phase === 'done' ? '\n' : ''}`);
		} else if (p.phase !== 'inserting' || Math.floor(ratio * 10) > lastDecile) {
			lastDecile = Math.floor(ratio * 10);
			process.stderr.write(`${PHASES[p.phase]}${counter} (${seconds} s)\n`);
		}
	};
}

async function main(): Promise<void> {
	const cli = parseCli(process.argv.slice(2));
	let db: GiroDatabase;
	if (cli.url) {
		db = await openDatabase({ kind: 'postgres', url: cli.url });
	} else {
		fs.mkdirSync(cli.dataDir, { recursive: true });
		db = await openDatabase({ kind: 'pglite', dataDir: cli.dataDir });
	}
	try {
		await migrateDatabase(db, { url: cli.url, warn: (m) => process.stderr.write(`${m}\n`) });
		const started = performance.now();
		const { options } = cli;
		process.stderr.write(
			`Gerando o demo em ${db.label}: ${options.customers} clientes, ${options.years} anos, ` +
				`semente ${options.seed}, data de referência ${options.asOf}\n`
		);
		const result = await writeDemoPortfolio(
			db,
			{ ...options, reset: cli.reset },
			progressBar(started)
		);
		await db.rows(sql`analyze`); // fresh planner statistics (PGlite has no autovacuum)
		await createDemoAccounts(db);
		const embedder = appEmbedder();
		if (db.vector && !embedder.remote) {
			// Local vectors are cheap: the demo is searchable (hybrid) as soon as it is written.
			const printer = embedProgressPrinter((t) => process.stderr.write(t), process.stderr.isTTY);
			await embedInteractions(db, 'missing', embedder, printer.update);
			printer.done();
		} else if (db.vector) {
			process.stderr.write(`Vetores (${embedder.model}): rode npm run embed para gerá-los.\n`);
		}
		const truthFile = cli.truthFile ?? (cli.url ? undefined : truthFilePath(cli.dataDir));
		if (truthFile) await writeTruthFile(path.resolve(truthFile), result.truth);
		const c = result.facts.counts;
		const t = result.truth;
		const lines = [
			`Demo gravado em ${db.label} em ${(result.elapsedMs / 1000).toFixed(1).replace('.', ',')} s.`,
			`  ${c.users} usuários, ${c.products} produtos, ${c.customers} clientes, ${c.contacts} contatos`,
			`  ${c.orders} pedidos, ${c.orderItems} itens, ${c.interactions} interações`,
			`  ${c.opportunities} negociações, ${c.followUps} follow-ups`,
			`  Plantados: ${t.stoppers.length} pararam de comprar (${t.stoppedByMonth[t.trackedMonths.at(-1)!].length} neste mês), ` +
				`${t.decliners.length} reduzindo, ${t.newCustomers.length} novos, ${t.reactivations.length} reativados, ` +
				`${t.longInactive.length} inativos há mais de um ano, ${t.prospects.length} prospects`,
			`  ${t.stalledOpportunityIds.length} negociações paradas, ${t.overdueFollowUpIds.length} follow-ups atrasados, ` +
				`${t.dueTodayFollowUpIds.length} para hoje`,
			`  Verdade: app_meta.demo_truth${truthFile ? ` e ${path.resolve(truthFile)}` : ''}`
		];
		process.stdout.write(`${lines.join('\n')}\n`);
	} finally {
		await db.close();
	}
}

main().catch((error: unknown) => {
	if (error instanceof DemoDatabaseNotEmptyError) {
		process.stderr.write(`\n${error.message}\n`);
		process.exit(1);
	}
	process.stderr.write(`\nFalha ao gravar o demo: ${(error as Error).stack ?? error}\n`);
	process.exit(1);
});
