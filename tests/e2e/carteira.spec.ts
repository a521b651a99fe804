/**
 * The manager's Carteira (#16) in the built app, desktop and 390 px: the per-rep table sorts
 * and a rep's row filters the page; the exported XLSX and CSV, read back with exceljs and
 * csv-parse, hold exactly what the table shows; no page shows internal text (ids, database
 * paths, model jargon, CLI flags, framework errors) to a manager or a rep; axe-core finds no
 * violation on Carteira.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { deviceOptions, MANAGER, REP, sessionFor, shot } from './support/session.ts';

/** Text a person must never read (issue #16, point 5). */
const INTERNAL = [
	/\bid \d+/i,
	/follow-up \d+/i,
	/P\(ativo\)/,
	/RFV: /,
	/Como veio/,
	/pglite|postgres:\/\/|\/data\/|Banco: /i,
	/Internal Error|Not Found|undefined|NaN|\[object/,
	/\s--[a-z][a-z-]+/
];

async function tableRows(table: Locator): Promise<string[][]> {
	return table
		.locator('tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent!.trim()))
		);
}

/** A cell as the page shows it and as a file holds it, both reduced to one form. */
function canonical(text: string): string {
	const t = text.trim();
	if (t === '' || t === '—') return '—';
	return t
		.replace(/^(-|−)?R\$\s?/, '$1')
		.replace(/−/g, '-')
		.replace(/\.(?=\d{3})/g, '');
}

const decimal1 = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 1, useGrouping: false });

function xlsxCell(value: ExcelJS.CellValue, numFmt: string | undefined): string {
	if (value === null || value === undefined || value === '') return '—';
	if (value instanceof Date) return value.toISOString().slice(0, 10).split('-').reverse().join('/');
	if (typeof value === 'number') {
		if (numFmt?.includes('R$')) return value.toFixed(2).replace('.', ',');
		if (numFmt?.includes('%')) return `${decimal1.format(value * 100)}%`;
		return String(value);
	}
	return String(value);
}

async function download(page: Page, link: Locator): Promise<Buffer> {
	const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
	return fs.readFileSync((await file.path())!);
}

test.describe.serial('Carteira as a manager', () => {
	let manager: BrowserContext;
	let rep: BrowserContext;

	test.beforeAll(async ({ browser }, info) => {
		manager = await sessionFor(browser, MANAGER.email, deviceOptions(info));
		rep = await sessionFor(browser, REP.email, deviceOptions(info));
	});
	test.afterAll(async () => {
		await manager?.close();
		await rep?.close();
	});

	test('the per-rep table sorts, and a rep filters the page', async ({
		browserName: _browser
	}, info) => {
		const phone = info.project.name === 'phone';
		const page = await manager.newPage();
		await page.goto('/carteira');
		const table = page.getByTestId('team-table');
		await expect(table).toBeVisible();
		const money = (rows: string[][], col: number) =>
			rows.map((r) => Number(canonical(r[col]).replace(',', '.')));
		// Default: most revenue at risk first (column 5).
		const initial = await tableRows(table);
		expect(initial.length).toBe(8);
		expect(money(initial, 5)).toEqual([...money(initial, 5)].sort((a, b) => b - a));

		// On a phone the rows are cards and a select sorts them; on a desktop the headers do.
		if (phone) await page.getByLabel('Ordenar por').selectOption('risk:asc');
		else await table.getByRole('button', { name: 'Em risco por mês' }).click();
		const ascending = await tableRows(table);
		expect(money(ascending, 5)).toEqual([...money(ascending, 5)].sort((a, b) => a - b));
		await expect(table.getByRole('columnheader', { name: /Em risco por mês/ })).toHaveAttribute(
			'aria-sort',
			'ascending'
		);

		if (phone) await page.getByLabel('Ordenar por').selectOption('name:asc');
		else {
			await table.getByRole('button', { name: 'Vendedor' }).focus();
			await page.keyboard.press('Enter');
		}
		const byName = (await tableRows(table)).map((r) => r[0]);
		expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'pt-BR')));

		await table.getByRole('link', { name: REP.name }).click();
		await page.waitForURL((url) => url.searchParams.has('vendedor'));
		await expect(page.getByText(`Carteira de ${REP.name} em`)).toBeVisible();
		await expect(page.getByTestId('team-table')).toHaveCount(0);
		await expect(page.getByLabel(/^Vendedor/)).toHaveValue(
			new URL(page.url()).searchParams.get('vendedor')!
		);
		await shot(page, 'carteira-um-vendedor', info.project.name);
		await page.close();
	});

	test('filters live in the URL and survive a reload', async () => {
		const page = await manager.newPage();
		await page.goto('/carteira');
		// Choose only after hydration: a choice made before it is reset to the server's value.
		await page.waitForLoadState('networkidle');
		await page.getByLabel('Região').selectOption({ label: 'Sudeste' });
		await expect(page.getByLabel('Região')).toHaveValue('sudeste');
		await page.getByLabel('Período de “quem parou”').selectOption({ label: 'Mês passado' });
		await page.getByRole('button', { name: 'Aplicar' }).click();
		await page.waitForURL((url) => url.searchParams.get('regiao') === 'sudeste');
		expect(new URL(page.url()).searchParams.get('periodo')).toBe('last_month');
		await page.reload();
		await expect(page.getByLabel('Região')).toHaveValue('sudeste');
		await expect(
			page.getByRole('heading', { name: /Quem parou de comprar: o mês passado/ })
		).toBeVisible();
		await page.close();
	});

	test('exported XLSX and CSV hold exactly the table', async () => {
		const page = await manager.newPage();
		await page.goto('/carteira');
		const table = page.getByTestId('team-table');
		const shown = (await tableRows(table)).map((r) => r.map(canonical));
		const headers = await table.locator('thead th').allTextContents();

		const csv = await download(page, page.locator('[data-export="equipe-csv"]'));
		expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
		const records: string[][] = parse(csv, { delimiter: ';', bom: true });
		expect(records[0]).toEqual(headers.map((h) => h.replace(/[▲▼]/g, '').trim()));
		expect(records.slice(1).map((r) => r.map(canonical))).toEqual(shown);
		expect(csv.toString('utf8')).toContain('\r\n');

		const xlsx = await download(page, page.locator('[data-export="equipe-xlsx"]'));
		const book = new ExcelJS.Workbook();
		await book.xlsx.load(xlsx as unknown as ArrayBuffer);
		const sheet = book.worksheets[0];
		const fromXlsx: string[][] = [];
		sheet.eachRow((row, n) => {
			if (n === 1) return;
			fromXlsx.push(
				headers.map((_, i) => {
					const cell = row.getCell(i + 1);
					return canonical(xlsxCell(cell.value, cell.numFmt));
				})
			);
		});
		expect(fromXlsx).toEqual(shown);

		// A list with percentages and dates too.
		const recoverable = page.getByTestId('recoverable-table');
		const recoverableShown = (await tableRows(recoverable)).map((r) => r.map(canonical));
		const list = await download(page, page.locator('[data-export="recuperaveis-csv"]'));
		const listRecords: string[][] = parse(list, { delimiter: ';', bom: true });
		expect(listRecords.slice(1, recoverableShown.length + 1).map((r) => r.map(canonical))).toEqual(
			recoverableShown
		);
		await page.close();
	});

	test('no page shows internal text, to a manager or to a rep', async ({
		browserName: _browser
	}, info) => {
		test.setTimeout(300_000);
		for (const [who, context] of [
			['gestor', manager],
			['vendedor', rep]
		] as const) {
			const page = await context.newPage();
			await page.goto('/clientes');
			const customer = await page
				.locator('main table a[href^="/clientes/"]')
				.first()
				.getAttribute('href');
			for (const path of [
				'/',
				'/carteira',
				'/clientes',
				customer!,
				'/agenda',
				'/importar',
				'/clientes/99999999'
			]) {
				await page.goto(path);
				await page.waitForLoadState('load');
				// body, not main: an error page outside the layout counts too (a rep's /importar).
				const text = await page.locator('body').innerText();
				for (const pattern of INTERNAL) expect(text, `${who} ${path}`).not.toMatch(pattern);
			}
			if (who === 'vendedor') {
				await page.goto('/');
				await expect(page.getByText('Vendedores', { exact: true })).toHaveCount(0);
				await expect(page.getByText('na agenda da equipe')).toHaveCount(0);
				await page.goto('/carteira');
				await expect(page.getByTestId('team-table')).toHaveCount(0);
				await expect(page.getByText('Toda a equipe')).toHaveCount(0);
			}
			await page.goto('/carteira');
			await shot(page, `carteira-${who}`, info.project.name);
			await page.close();
		}
	});

	test('axe-core finds no violation on Carteira', async () => {
		test.setTimeout(180_000);
		for (const context of [manager, rep]) {
			const page = await context.newPage();
			await page.goto('/carteira');
			await expect(page.getByRole('heading', { name: 'Como a carteira evoluiu' })).toBeVisible();
			await expect(page.getByText('Calculando os últimos 12 meses…')).toHaveCount(0, {
				timeout: 60_000
			});
			const results = await new AxeBuilder({ page }).analyze();
			expect(
				results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)
			).toEqual([]);
			await page.close();
		}
	});
});
