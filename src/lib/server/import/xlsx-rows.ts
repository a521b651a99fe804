/**
 * Rows of the first worksheet of an XLSX file, streamed with exceljs's WorkbookReader (the
 * sheet is never held in memory), each cell turned into the text an export would have
 * written: numbers with a decimal point, dates as ISO ("2026-11-23" or "2026-11-23 14:05:00"),
 * formulas by their cached result, rich text by its plain text.
 */
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel dates are wall-clock times; exceljs hands them over as UTC instants of that clock. */
function dateText(d: Date): string {
	const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
	const [h, m, s] = [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
	return h === 0 && m === 0 && s === 0 ? day : `${day} ${pad(h)}:${pad(m)}:${pad(s)}`;
}

export function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'sim' : 'não';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateText(value);
	if (typeof value === 'object') {
		const v = value as Record<string, unknown>;
		if (Array.isArray(v.richText)) {
			return (v.richText as { text: string }[]).map((part) => part.text).join('');
		}
		if ('result' in v) return cellText(v.result);
		if ('text' in v) return cellText(v.text);
		if ('error' in v) return '';
	}
	return String(value);
}

export interface SheetRow {
	line: number;
	values: string[];
}

export async function* xlsxRows(input: Readable): AsyncGenerator<SheetRow> {
	const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
		entries: 'emit',
		sharedStrings: 'cache',
		styles: 'cache',
		hyperlinks: 'ignore',
		worksheets: 'emit'
	});
	for await (const sheet of reader) {
		for await (const row of sheet) {
			const cells = (row.values as unknown[]).slice(1);
			yield { line: row.number, values: Array.from(cells, (c) => cellText(c).trim()) };
		}
		return; // the first worksheet only: ERP exports put the data there
	}
}
