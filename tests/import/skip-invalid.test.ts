/**
 * --skip-invalid: the valid rows are written, the rejected ones go to a CSV with their
 * reasons; an order with one bad line is rejected whole (half an order would be a wrong one).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { runImport } from '#lib/server/import/run-import.ts';
import { freshPglite } from '../support/databases.ts';
import { fixture } from './support.ts';

let db: GiroDatabase;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'giro-rejects-'));
beforeAll(async () => {
	db = await freshPglite();
	await runImport(db, { entity: 'customers', files: [{ path: fixture('clientes-utf8-bom.csv') }] });
});
afterAll(async () => {
	await db?.close();
	fs.rmSync(dir, { recursive: true, force: true });
});

it('writes the valid customers and the rejected row with its reason', async () => {
	const rejectsPath = path.join(dir, 'clientes.rejeitadas.csv');
	const s = await runImport(db, {
		entity: 'customers',
		files: [{ path: fixture('ruim-cnpj.csv') }],
		skipInvalid: true,
		rejectsPath
	});
	expect(s.written).toBe(true);
	expect(s.tables.customers).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
	expect(s.rejectedRows).toBe(1);
	expect(s.rejectsFile).toBe(rejectsPath);
	const text = fs.readFileSync(rejectsPath, 'utf8');
	expect(text.split('\r\n')).toEqual([
		'\uFEFF"arquivo";"linha";"motivos";"Cód. Cliente";"Razão Social";"CNPJ"',
		'"ruim-cnpj.csv";"3";"CNPJ inválido: ""50.012.345/0001-34"" (os dígitos verificadores deveriam ser 33)";"B02";"Beta Ltda";"50.012.345/0001-34"',
		''
	]);
});

it('rejects an order with a bad line whole, and writes the others', async () => {
	const rejectsPath = path.join(dir, 'pedidos.rejeitadas.csv');
	const s = await runImport(db, {
		entity: 'orders',
		files: [{ path: fixture('ruim-quantidade-negativa.csv') }],
		skipInvalid: true,
		rejectsPath
	});
	expect(s.tables.orders).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
	expect(s.rejectedRows).toBe(2);
	const lines = fs.readFileSync(rejectsPath, 'utf8').trim().split('\r\n').slice(1);
	expect(lines.map((l) => l.split(';').slice(1, 3).join(';'))).toEqual([
		'"2";"pedido ""N-1"" rejeitado inteiro: a linha 3 dele tem erro"',
		'"3";"quantidade negativo(a) (-5) em pedido não cancelado"'
	]);
	const orders = await db.rows<{ erp_id: string; status: string; c: number }>(
		sql`select erp_id, status, total_cents::int as c from orders order by erp_id`
	);
	expect(orders).toEqual([{ erp_id: 'N-2', status: 'cancelled', c: 750 }]);
});
