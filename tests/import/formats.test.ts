/**
 * Every format a Brazilian ERP export comes in, imported for real on PGlite: UTF-8 with BOM
 * and a quoted line break, Windows-1252, `,` with English headers, XLSX, decimal comma with
 * thousands, dd/mm/aa and ISO dates, orders with items (a repeated item line, a cancellation),
 * then contacts, opportunities and interactions that point at them. Re-importing changes
 * nothing; a newer export updates what changed; the engine sees the orders right away.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { dataVersion } from '#lib/server/db/data-version.ts';
import { assessPortfolio } from '#lib/server/domain/portfolio/assess-portfolio.ts';
import { runImport } from '#lib/server/import/run-import.ts';
import { freshPglite } from '../support/databases.ts';
import { fixture, snapshot } from './support.ts';

let db: GiroDatabase;
beforeAll(async () => {
	db = await freshPglite();
});
afterAll(() => db?.close());

const imp = (
	entity: Parameters<typeof runImport>[1]['entity'],
	file: string,
	extra: Partial<Parameters<typeof runImport>[1]> = {}
) => runImport(db, { entity, files: [{ path: fixture(file) }], ...extra });

describe('customers', () => {
	it('UTF-8 with BOM, ";", punctuated CNPJ, a quoted field with a line break, UF by name', async () => {
		const s = await imp('customers', 'clientes-utf8-bom.csv');
		expect(s.errors).toBe(0);
		expect(s.files[0]).toMatchObject({ encoding: 'utf-8', separator: ';', rows: 3 });
		expect(s.tables.customers).toEqual({ inserted: 3, updated: 0, unchanged: 0 });
		const rows = await db.rows<{ erp_code: string; legal_name: string; cnpj: string; uf: string }>(
			sql`select erp_code, legal_name, cnpj, uf from customers order by erp_code`
		);
		expect(rows).toEqual([
			{ erp_code: 'C001', legal_name: 'Metalúrgica Alfa Ltda', cnpj: '11222333000181', uf: 'SP' },
			{
				erp_code: 'C002',
				legal_name: 'Comércio de Ferragens "Beta" Ltda',
				cnpj: '11444777000161',
				uf: 'MG'
			},
			{ erp_code: 'C003', legal_name: 'Construtora Gama S/A', cnpj: '04567890000179', uf: 'PR' }
		]);
	});

	it('Windows-1252 bytes are detected and read; a CPF is a warning, not stored', async () => {
		const s = await imp('customers', 'clientes-win1252.csv');
		expect(s.files[0].encoding).toBe('windows-1252');
		expect(s.errors).toBe(0);
		expect(s.warnings).toBe(1);
		expect(s.problems[0]).toMatchObject({ line: 4, column: 'CNPJ/CPF', severity: 'warning' });
		const [w] = await db.rows<{ legal_name: string; city: string; segment: string }>(
			sql`select legal_name, city, segment from customers where erp_code = 'W001'`
		);
		expect(w).toEqual({
			legal_name: 'Indústria Têxtil São João Ltda',
			city: 'São José dos Campos',
			segment: 'Têxtil'
		});
	});

	it('"," with English headers and a CNPJ that lost its leading zero in Excel', async () => {
		const s = await imp('customers', 'customers-comma.csv');
		expect(s.errors).toBe(0);
		expect(s.files[0].separator).toBe(',');
		const [e] = await db.rows<{ cnpj: string; legal_name: string; country: string }>(
			sql`select cnpj, legal_name, country from customers where erp_code = 'E100'`
		);
		expect(e).toEqual({
			cnpj: '02876543000100',
			legal_name: 'Delta Distribuidora, Ltda',
			country: 'Brasil'
		});
	});
});

describe('orders', () => {
	it('without items: decimal comma, thousands, dd/mm/aaaa, dd/mm/aa, ISO, cancelled', async () => {
		const s = await imp('orders', 'pedidos.csv');
		expect(s.errors).toBe(0);
		expect(s.files[0].decimalStyle).toBe('comma');
		expect(s.tables.orders).toEqual({ inserted: 5, updated: 0, unchanged: 0 });
		const rows = await db.rows<{
			erp_id: string;
			d: string;
			c: number;
			v: number | null;
			status: string;
		}>(
			sql`select erp_id, order_date::text as d, total_cents::int as c, volume::float8 as v, status from orders order by erp_id`
		);
		expect(rows).toEqual([
			{ erp_id: 'P-1001', d: '2026-01-05', c: 123456, v: 120.5, status: 'invoiced' },
			{ erp_id: 'P-1002', d: '2026-02-20', c: 98700, v: 80, status: 'invoiced' },
			{ erp_id: 'P-1003', d: '2026-03-10', c: 1500000, v: 1500, status: 'invoiced' },
			{ erp_id: 'P-1004', d: '2026-03-15', c: 50010, v: null, status: 'cancelled' },
			{ erp_id: 'P-1005', d: '2026-04-02', c: 250000, v: 200.25, status: 'invoiced' }
		]);
	});

	it('from XLSX: date cells, number cells, a formula and a dd/mm/aaaa text cell', async () => {
		const s = await imp('orders', 'pedidos.xlsx');
		expect(s.errors).toBe(0);
		expect(s.files[0].format).toBe('xlsx');
		const rows = await db.rows<{ erp_id: string; d: string; c: number }>(
			sql`select erp_id, order_date::text as d, total_cents::int as c from orders where erp_id like 'X-%' order by erp_id`
		);
		expect(rows).toEqual([
			{ erp_id: 'X-1', d: '2026-07-01', c: 123456 },
			{ erp_id: 'X-2', d: '2026-07-15', c: 8990 },
			{ erp_id: 'X-3', d: '2026-07-20', c: 132446 }
		]);
	});

	it('with items: one order per invoice, exact line values, a cancellation with positive amounts', async () => {
		await imp('products', 'produtos.csv');
		const s = await imp('orders', 'pedidos-itens.csv');
		expect(s.errors).toBe(0);
		expect(s.tables.orders).toEqual({ inserted: 3, updated: 0, unchanged: 0 });
		expect(s.tables.order_items).toMatchObject({ inserted: 5 });
		const orders = await db.rows<{
			erp_id: string;
			c: number;
			v: number;
			status: string;
			d: string;
		}>(
			sql`select erp_id, total_cents::int as c, volume::float8 as v, status, order_date::text as d from orders where erp_id like 'NF-%' order by erp_id`
		);
		// 100 × 0,355 = 35,50 twice (a repeated line is a real second line) + 200 × 0,05.
		expect(orders).toEqual([
			{ erp_id: 'NF-501', c: 8100, v: 400, status: 'invoiced', d: '2026-05-04' },
			{ erp_id: 'NF-502', c: 6000, v: 50, status: 'invoiced', d: '2026-05-20' },
			{ erp_id: 'NF-503', c: 100, v: 20, status: 'cancelled', d: '2026-05-21' }
		]);
		const [linked] = await db.rows<{ n: number }>(
			sql`select count(*)::int as n from order_items where product_id is not null`
		);
		expect(linked.n).toBe(5);
	});

	it('re-importing the same files changes nothing, not even the data version', async () => {
		const before = await snapshot(db);
		const version = await dataVersion(db);
		const a = await imp('orders', 'pedidos-itens.csv');
		const b = await imp('orders', 'pedidos.csv');
		const c = await imp('customers', 'clientes-utf8-bom.csv');
		expect(a.tables.orders).toEqual({ inserted: 0, updated: 0, unchanged: 3 });
		expect(a.tables.order_items).toMatchObject({ inserted: 0, deleted: 0 });
		expect(b.tables.orders).toEqual({ inserted: 0, updated: 0, unchanged: 5 });
		expect(c.tables.customers).toEqual({ inserted: 0, updated: 0, unchanged: 3 });
		expect(await snapshot(db)).toEqual(before);
		expect(await dataVersion(db)).toBe(version);
	});

	it('a newer export updates what changed, and the engine sees it at once', async () => {
		const before = await assessPortfolio(db, { asOf: '2026-06-30' });
		const c003 = before.find((a) => a.erpCode === 'C003');
		expect(c003?.lastOccasion).toBe('2026-04-02'); // X-3 (20/07) is after asOf
		const { writeFileSync, mkdtempSync } = await import('node:fs');
		const dir = mkdtempSync('/tmp/giro-import-test-');
		writeFileSync(
			`${dir}/novo.csv`,
			'Nº Pedido;Cód. Cliente;Data Emissão;Vlr Total;Peso;Situação\r\nP-1001;C001;05/01/2026;1.234,56;120,5;Cancelado\r\nP-1006;C003;25/06/2026;700,00;10;Faturado\r\n'
		);
		const s = await runImport(db, { entity: 'orders', files: [{ path: `${dir}/novo.csv` }] });
		expect(s.tables.orders).toEqual({ inserted: 1, updated: 1, unchanged: 0 });
		const after = await assessPortfolio(db, { asOf: '2026-06-30' });
		expect(after.find((a) => a.erpCode === 'C003')?.occasions).toBe((c003?.occasions ?? 0) + 1);
		const c001Before = before.find((a) => a.erpCode === 'C001')!;
		expect(after.find((a) => a.erpCode === 'C001')?.occasions).toBe(c001Before.occasions - 1);
	});
});

describe('the other entities', () => {
	it('contacts, opportunities and interactions point at what was imported', async () => {
		const c = await imp('contacts', 'contatos.csv');
		expect(c.errors).toBe(0);
		expect(c.tables.contacts).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
		const [k1] = await db.rows<{
			email: string;
			whatsapp: string;
			consent: boolean;
			channel: string;
		}>(
			sql`select email, whatsapp, whatsapp_consent as consent, preferred_channel as channel from contacts where external_id = 'K1'`
		);
		expect(k1).toEqual({
			email: 'marcia@alfa.com.br',
			whatsapp: '(19) 99876-5432',
			consent: true,
			channel: 'whatsapp'
		});
		const o = await imp('opportunities', 'oportunidades.csv');
		expect(o.errors).toBe(0);
		const [o1] = await db.rows<{ v: number; stage: string }>(
			sql`select value_cents::int as v, stage from opportunities where external_id = 'O1'`
		);
		expect(o1).toEqual({ v: 4500000, stage: 'proposal' });
		const i = await imp('interactions', 'interacoes.csv');
		expect(i.errors).toBe(0);
		const rows = await db.rows<{
			external_id: string;
			channel: string;
			direction: string;
			at: string;
			outcome: string | null;
			contact: boolean;
			by: string;
		}>(
			sql`select external_id, channel, direction, to_char(occurred_at at time zone 'America/Sao_Paulo', 'YYYY-MM-DD HH24:MI') as at,
				outcome, contact_id is not null as contact, created_by as by from interactions order by external_id`
		);
		expect(rows).toEqual([
			{
				external_id: 'I1',
				channel: 'phone',
				direction: 'outbound',
				at: '2026-06-12 10:30',
				outcome: 'answered',
				contact: true,
				by: 'import'
			},
			{
				external_id: 'I2',
				channel: 'email',
				direction: 'inbound',
				at: '2026-06-13 08:05',
				outcome: null,
				contact: false,
				by: 'import'
			}
		]);
		const again = await imp('interactions', 'interacoes.csv');
		expect(again.tables.interactions).toEqual({ inserted: 0, updated: 0, unchanged: 2 });
	});
});
