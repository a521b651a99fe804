/**
 * Broken exports: each one is reported with the right line, column and pt-BR reason, and by
 * default nothing at all is written (the database fingerprint is unchanged, data version too).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import type { ImportRequest } from '#lib/server/import/run-import.ts';
import { runImport } from '#lib/server/import/run-import.ts';
import { freshPglite } from '../support/databases.ts';
import { fixture, snapshot } from './support.ts';

let db: GiroDatabase;
beforeAll(async () => {
	db = await freshPglite();
	// The customers the order fixtures refer to (C001..C003) exist; ZZZ9 does not.
	const s = await runImport(db, {
		entity: 'customers',
		files: [{ path: fixture('clientes-utf8-bom.csv') }]
	});
	expect(s.written).toBe(true);
});
afterAll(() => db?.close());

async function broken(entity: ImportRequest['entity'], file: string) {
	const before = await snapshot(db);
	const s = await runImport(db, { entity, files: [{ path: fixture(file) }] });
	expect(s.written).toBe(false);
	expect(await snapshot(db)).toEqual(before);
	return s;
}

describe('broken files write nothing and say why', () => {
	it('wrong separator: every row has a different column count than the header', async () => {
		const s = await broken('customers', 'ruim-separador.csv');
		expect(s.problems.map((p) => [p.line, p.message])).toEqual([
			[2, 'a linha tem 1 coluna(s) e o cabeçalho 5: linha cortada ou separador diferente?'],
			[3, 'a linha tem 1 coluna(s) e o cabeçalho 5: linha cortada ou separador diferente?']
		]);
	});

	it('a bad date, with its column and the expected format', async () => {
		const s = await broken('orders', 'ruim-data.csv');
		expect(s.problems).toEqual([
			{
				file: null,
				line: 3,
				column: 'Data Emissão',
				value: '31/02/2026',
				severity: 'error',
				message: 'data inválida: "31/02/2026" (use dd/mm/aaaa ou aaaa-mm-dd)'
			},
			{
				file: null,
				line: 4,
				column: 'Data Emissão',
				value: '15/13/2026',
				severity: 'error',
				message: 'data inválida: "15/13/2026" (use dd/mm/aaaa ou aaaa-mm-dd)'
			}
		]);
		expect(s.validRows).toBe(1);
	});

	it('a bad CNPJ, naming the check digits it should have', async () => {
		const s = await broken('customers', 'ruim-cnpj.csv');
		expect(s.problems).toEqual([
			expect.objectContaining({
				line: 3,
				column: 'CNPJ',
				message: 'CNPJ inválido: "50.012.345/0001-34" (os dígitos verificadores deveriam ser 33)'
			})
		]);
	});

	it('a negative quantity on an order that is not cancelled (a cancelled one is fine)', async () => {
		const s = await broken('orders', 'ruim-quantidade-negativa.csv');
		expect(s.problems).toEqual([
			expect.objectContaining({
				line: 3,
				column: 'Quantidade',
				message: 'quantidade negativo(a) (-5) em pedido não cancelado'
			})
		]);
	});

	it('an unknown customer: a clear error, or created when asked', async () => {
		const s = await broken('orders', 'ruim-cliente-desconhecido.csv');
		expect(s.problems).toEqual([
			expect.objectContaining({
				line: 3,
				column: 'Cód. Cliente',
				value: 'ZZZ9',
				message:
					'cliente "ZZZ9" não cadastrado: importe os clientes antes ou peça para criar os que faltam (--create-missing-customers)'
			})
		]);
		const created = await runImport(db, {
			entity: 'orders',
			files: [{ path: fixture('ruim-cliente-desconhecido.csv') }],
			createMissingCustomers: true
		});
		expect(created.written).toBe(true);
		expect(created.tables.customers).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
		expect(created.tables.orders).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
	});

	it('a truncated last line (short) and an unclosed quote at the end', async () => {
		const short = await broken('customers', 'ruim-linha-truncada.csv');
		expect(short.problems.map((p) => [p.line, p.column, p.message])).toEqual([
			[3, null, 'a linha tem 3 coluna(s) e o cabeçalho 5: linha cortada ou separador diferente?']
		]);
		const quote = await broken('customers', 'ruim-aspas-abertas.csv');
		expect(quote.problems).toEqual([
			expect.objectContaining({
				line: 3,
				message: 'aspas abertas e nunca fechadas até o fim do arquivo (arquivo truncado?)'
			})
		]);
	});

	it('an empty file and a header-only file', async () => {
		const empty = await broken('customers', 'vazio.csv');
		expect(empty.problems).toEqual([
			expect.objectContaining({ line: null, message: 'o arquivo está vazio' })
		]);
		const header = await broken('customers', 'so-cabecalho.csv');
		expect(header.problems).toEqual([
			expect.objectContaining({ message: 'o arquivo só tem o cabeçalho: nenhuma linha de dados' })
		]);
	});

	it('a duplicated row', async () => {
		const s = await broken('customers', 'ruim-linha-repetida.csv');
		expect(s.problems).toEqual([
			expect.objectContaining({
				line: 4,
				column: 'Cód. Cliente',
				value: 'D01',
				message: 'linha repetida: igual à linha 2'
			})
		]);
	});

	it('a file whose required columns are missing names them', async () => {
		const s = await broken('orders', 'clientes-utf8-bom.csv');
		expect(s.problems.map((p) => p.message)).toEqual([
			'falta a coluna obrigatória "Nº do pedido"',
			'falta a coluna obrigatória "Data"',
			'falta a coluna de valor total do pedido (ou mapeie o produto e a quantidade para importar itens)'
		]);
	});
});
