/**
 * A Carteira table as a file: XLSX (exceljs; money as numbers in R$ with a currency format,
 * percentages as percentages, dates as dates) or CSV as Brazilian Excel opens it — UTF-8 with
 * a BOM, `;` between fields, decimal comma, CRLF line ends, dates `23/11/2026`.
 */
import ExcelJS from 'exceljs';
import { formatDate, formatPercent } from '#lib/format.ts';
import type { CellKind, CellValue, Column } from '#lib/carteira/table-columns.ts';

const decimalComma = (n: number, digits: number) => n.toFixed(digits).replace('.', ',');

function csvCell(kind: CellKind, value: CellValue): string {
	let text: string;
	if (value === null) text = '';
	else if (typeof value === 'string') text = kind === 'date' ? formatDate(value) : value;
	else if (kind === 'money') text = decimalComma(value / 100, 2);
	else if (kind === 'percent') text = formatPercent(value);
	else text = String(value);
	return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function tableCsv<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
	const lines = [
		columns.map((c) => csvCell('text', c.label)).join(';'),
		...rows.map((r) => columns.map((c) => csvCell(c.kind, c.value(r))).join(';'))
	];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const NUMBER_FORMAT: Partial<Record<CellKind, string>> = {
	money: '"R$" #,##0.00',
	percent: '0.0%',
	integer: '0',
	date: 'dd/mm/yyyy'
};

export async function tableXlsx<R>(
	title: string,
	columns: readonly Column<R>[],
	rows: readonly R[]
): Promise<ArrayBuffer> {
	const book = new ExcelJS.Workbook();
	book.creator = 'Giro';
	const sheet = book.addWorksheet(title.slice(0, 31));
	sheet.columns = columns.map((c) => ({
		header: c.label,
		key: c.key,
		width: c.kind === 'text' ? 28 : 16,
		style: NUMBER_FORMAT[c.kind] ? { numFmt: NUMBER_FORMAT[c.kind] } : {}
	}));
	sheet.getRow(1).font = { bold: true };
	for (const r of rows)
		sheet.addRow(
			Object.fromEntries(
				columns.map((c) => {
					const v = c.value(r);
					if (v === null) return [c.key, null];
					if (c.kind === 'money' && typeof v === 'number') return [c.key, v / 100];
					if (c.kind === 'date' && typeof v === 'string')
						return [c.key, new Date(`${v}T00:00:00Z`)];
					return [c.key, v];
				})
			)
		);
	const buffer = new Uint8Array(await book.xlsx.writeBuffer());
	return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
}
