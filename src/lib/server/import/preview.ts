/**
 * What the upload page shows before anything is validated: how the file was read (format,
 * encoding, separator, decimal style), the header with the field each column maps to, the
 * first rows as they are, and the mapping's file-level problems (a missing required column).
 * Reads only the first rows, so it answers at once even for a big export.
 */
import { resolveMapping, type ColumnMapping, type MappedColumn } from './column-mapping.ts';
import { ENTITY_SPECS, type EntityName } from './entities/index.ts';
import { openTable, TableError, type TableInfo } from './read-table.ts';

export interface Preview {
	info: TableInfo | null;
	columns: MappedColumn[];
	rows: { line: number; values: string[] }[];
	problems: string[];
	notes: string[];
}

export async function previewFile(
	path: string,
	entity: EntityName,
	mapping: ColumnMapping = {},
	rows = 8
): Promise<Preview> {
	let table;
	try {
		table = await openTable(path);
	} catch (error) {
		if (error instanceof TableError)
			return { info: null, columns: [], rows: [], problems: [error.message], notes: [] };
		throw error;
	}
	const resolved = resolveMapping(table.header, ENTITY_SPECS[entity], mapping);
	const first: Preview['rows'] = [];
	try {
		for await (const row of table.rows) {
			first.push(row);
			if (first.length >= rows) break;
		}
	} catch (error) {
		if (!(error instanceof TableError)) throw error;
		resolved.problems.push(`linha ${error.line ?? '?'}: ${error.message}`);
	} finally {
		await table.rows.return(undefined);
	}
	if (first.length === 0 && resolved.problems.length === 0) {
		resolved.problems.push('o arquivo só tem o cabeçalho: nenhuma linha de dados');
	}
	return {
		info: table.info,
		columns: resolved.columns,
		rows: first,
		problems: resolved.problems,
		notes: resolved.notes
	};
}

/** The entities and their fields, for the page's selects. */
export function entityCatalogue() {
	return Object.values(ENTITY_SPECS).map((spec) => ({
		name: spec.name,
		label: spec.label,
		fields: spec.fields.map((f) => ({
			name: f.name,
			label: f.label,
			required: Boolean(f.required),
			help: f.help ?? null
		}))
	}));
}
