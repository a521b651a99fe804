/**
 * `node bench/import.ts`: time and peak memory of importing UCI Online Retail through the real
 * importer (the CLI, one process per run, so its peak RSS is the import's own), on PGlite (a
 * data directory) and on PostgreSQL (a scratch database on the machine's server), for the
 * 2010-2011 file and for both files combined; then the same import again (the no-op re-import).
 * Writes bench/results/import.md. Goals (issue #8): ≤ 20 s on PGlite and ≤ 10 s on PostgreSQL
 * for the 541,909-row file, peak memory ≤ 400 MB.
 *
 * `--quick`: the 2010-2011 file only (the row of issue #18's Goals table, used by `npm run bench`).
 * Also writes bench/results/import.json (that file's first import per database).
 * BENCH_DATABASE_URL overrides the server (default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { uciFile } from '#lib/server/import/presets/uci-online-retail.ts';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SCRATCH = 'giro_bench_import';

interface Run {
	seconds: number;
	importSeconds: number;
	peakMb: number;
	rows: number;
	items: number;
}

function cli(args: string[], env: Record<string, string>): Run {
	const run = spawnSync(
		process.execPath,
		['scripts/import.ts', '--preset', 'uci-online-retail', '--json', ...args],
		{
			env: { ...process.env, ...env },
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024
		}
	);
	if (run.status !== 0)
		throw new Error(`import falhou (${run.status}): ${run.stderr || run.stdout}`);
	const s = JSON.parse(run.stdout);
	return {
		seconds: s.totalMs / 1000,
		importSeconds: s.durationMs / 1000,
		peakMb: s.maxRssMb,
		rows: s.rows,
		items: s.tables.order_items?.inserted ?? 0
	};
}

function migrate(env: Record<string, string>) {
	execFileSync(process.execPath, ['scripts/db-migrate.ts'], {
		env: { ...process.env, ...env },
		stdio: 'ignore'
	});
}

async function onServer(files: string[]): Promise<Run[]> {
	const admin = postgres(SERVER, { max: 1, onnotice: () => {} });
	const url = new URL(SERVER);
	url.pathname = `/${SCRATCH}`;
	try {
		await admin.unsafe(`drop database if exists ${SCRATCH} with (force)`);
		await admin.unsafe(`create database ${SCRATCH}`);
		const env = { DATABASE_URL: url.toString() };
		migrate(env);
		const args = files.flatMap((f) => ['--file', f]);
		return [cli(args, env), cli(args, env)];
	} finally {
		await admin.unsafe(`drop database if exists ${SCRATCH} with (force)`).catch(() => {});
		await admin.end();
	}
}

function onPglite(files: string[]): Run[] {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'giro-bench-import-'));
	try {
		const env = { GIRO_DATA_DIR: dir, DATABASE_URL: '' };
		migrate(env);
		const args = files.flatMap((f) => ['--file', f]);
		return [cli(args, env), cli(args, env)];
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

const fmt = (n: number, digits = 1) =>
	n.toLocaleString('pt-BR', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const allCases = [
	{ label: 'UCI 2010-2011 (541.909 linhas)', files: [uciFile('2010-2011')] },
	{
		label: 'UCI 2009-2011, os dois arquivos (1.067.370 linhas)',
		files: [uciFile('2009-2010'), uciFile('2010-2011')]
	}
];

const cases = values.quick ? allCases.slice(0, 1) : allCases;
const json: Record<string, { seconds: number; peakMb: number; load: string }> = {};
const load = os.loadavg()[0];
const lines = [
	'# Importação: UCI Online Retail',
	'',
	`Gerado por \`node bench/import.ts\` em ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${os.cpus().length} núcleos, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, carga média no início ${fmt(load, 2)}.`,
	'Cada execução é um processo do CLI (`npm run import -- --preset uci-online-retail`); "total" inclui abrir o banco, "importação" é só o importador (validação + gravação numa transação). Pico = maxRSS do processo.',
	'Metas (issue #8), arquivo de 541.909 linhas: PGlite ≤ 20 s, PostgreSQL ≤ 10 s, pico ≤ 400 MB.',
	'',
	'| dados | banco | total (s) | importação (s) | pico (MB) | itens gravados | reimportação (s) | pico reimportação (MB) |',
	'| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |'
];
for (const c of cases) {
	for (const [name, run] of [
		['PGlite', () => Promise.resolve(onPglite(c.files))],
		['PostgreSQL 15', () => onServer(c.files)]
	] as const) {
		process.stderr.write(`${c.label} em ${name}…\n`);
		const loadAt = os
			.loadavg()
			.map((x) => x.toFixed(2))
			.join(' / ');
		const [first, again] = await run();
		if (c === cases[0]) json[name] = { seconds: first.seconds, peakMb: first.peakMb, load: loadAt };
		lines.push(
			`| ${c.label} | ${name} | ${fmt(first.seconds)} | ${fmt(first.importSeconds)} | ${fmt(first.peakMb, 0)} | ${first.items.toLocaleString('pt-BR')} | ${fmt(again.importSeconds)} | ${fmt(again.peakMb, 0)} |`
		);
	}
}
fs.mkdirSync('bench/results', { recursive: true });
if (!values.quick) fs.writeFileSync('bench/results/import.md', `${lines.join('\n')}\n`);
fs.writeFileSync(
	'bench/results/import.json',
	`${JSON.stringify({ date: new Date().toISOString(), file: cases[0].label, ...json }, null, 2)}\n`
);
console.log(lines.join('\n'));
