/**
 * A preset is a known public export, imported with the generic importer plus what only that
 * data set needs: its files, its column names, rows to skip (and why), and the facts to count
 * so the summary can be checked against the data set's documentation.
 */
import type { ColumnMapping } from '../column-mapping.ts';
import type { EntityName, ImportOptions } from '../entities/entity-spec.ts';
import type { ValueFormat } from '../entities/field-spec.ts';
import type { ReadOptions } from '../read-table.ts';
import type { RowRef } from '../problems.ts';

/** A row's cells by field name, before they are parsed; a hook may rewrite them. */
export interface PresetCells {
	get(field: string): string | undefined;
	set(field: string, value: string): void;
}

export interface PresetPass {
	/** Returns why the row is skipped (counted, not an error), or null to import it. */
	row(cells: PresetCells, at: RowRef): string | null;
	/** Facts counted over the pass, in pt-BR labels. */
	facts(): Record<string, number>;
}

export interface ImportPreset {
	name: string;
	label: string;
	entity: EntityName;
	/** The files in ../shared/data it reads when none are given. */
	defaultFiles(): string[];
	mapping: ColumnMapping;
	/** Fields the preset fills in itself (CDNOW's order numbers), so no column needs them. */
	provides?: string[];
	options: Partial<ImportOptions>;
	format?: Partial<ValueFormat>;
	readOptions?(path: string): ReadOptions;
	/** Fresh state for one pass over the files (each pass must decide the same). */
	pass(): PresetPass;
}
