/**
 * `npm run import` as a person runs it: pt-BR summary, exit codes, --map and a saved mapping
 * file, --validate, --json; on an embedded database in a temporary GIRO_DATA_DIR.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { fixture } from './support.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'giro-cli-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function cli(...args: string[]) {
	const run = spawnSync(process.execPath, ['scripts/import.ts', ...args], {
		env: { ...process.env, GIRO_DATA_DIR: dataDir, DATABASE_URL: '' },
		encoding: 'utf8',
		timeout: 120_000
	});
	return { code: run.status, out: run.stdout, err: run.stderr };
}

it('imports, says what it did in pt-BR, and a second run changes nothing', () => {
	const first = cli('--entity', 'clientes', '--file', fixture('clientes-utf8-bom.csv'));
	expect(first.code).toBe(0);
	expect(first.out).toContain('clientes: 3 novos, 0 alterados, 0 sem mudança');
	const again = cli('--entity', 'clientes', '--file', fixture('clientes-utf8-bom.csv'), '--json');
	expect(again.code).toBe(0);
	expect(JSON.parse(again.out).tables.customers).toEqual({ inserted: 0, updated: 0, unchanged: 3 });
});

it('fails with exit code 1 and the line of each problem, writing nothing', () => {
	const run = cli('--entity', 'pedidos', '--file', fixture('ruim-data.csv'));
	expect(run.code).toBe(1);
	expect(run.out).toContain('linha 3, coluna "Data Emissão": data inválida: "31/02/2026"');
	expect(run.out).toContain('Nada foi gravado');
});

it('maps columns with --map and with a saved mapping file', () => {
	const csv = path.join(dataDir, 'erp.csv');
	fs.writeFileSync(
		csv,
		'Cod;Nome do Parceiro;Doc;Praça\r\nM1;Mapa Ltda;50.012.345/0001-33;Sorocaba\r\n'
	);
	const unmapped = cli('--entity', 'customers', '--file', csv, '--validate');
	expect(unmapped.code).toBe(1);
	expect(unmapped.out).toContain('falta a coluna obrigatória "Razão social"'); // "Cod" is recognised, "Nome do Parceiro" is not
	const mapped = cli(
		'--entity',
		'customers',
		'--file',
		csv,
		'--map',
		'Cod=erpCode',
		'--map',
		'Nome do Parceiro=Razão social',
		'--map',
		'Doc=taxId',
		'--map',
		'Praça=city'
	);
	expect(mapped.code).toBe(0);
	expect(mapped.out).toContain('clientes: 1 novos');
	const mappingFile = path.join(dataDir, 'mapa.json');
	fs.writeFileSync(
		mappingFile,
		JSON.stringify({
			entity: 'customers',
			columns: { Cod: 'erpCode', 'Nome do Parceiro': 'legalName', Doc: 'taxId', Praça: null }
		})
	);
	const saved = cli('--mapping', mappingFile, '--file', csv, '--json');
	expect(saved.code).toBe(0);
	expect(JSON.parse(saved.out).tables.customers).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
});

it('refuses a wrong command line with exit code 2 and the usage', () => {
	const run = cli('--entity', 'planetas', '--file', 'x.csv');
	expect(run.code).toBe(2);
	expect(run.err).toContain('entidade desconhecida');
	expect(run.err).toContain('Uso: npm run import');
});
