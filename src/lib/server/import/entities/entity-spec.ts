/**
 * The contract every importable entity fulfils: its fields (what columns mean), how a row's
 * typed values become a record (with cross-field checks), and a handler that checks rows
 * against each other in the validation pass and writes them in the write pass. The runner
 * knows nothing about customers or orders; it drives these.
 */
import type { TableCounts } from '../flat-writer.ts';
import type { ImportTx } from '../import-tx.ts';
import type { LookupName, Lookups } from '../lookups.ts';
import type { RowRef } from '../problems.ts';
import type { FieldSpec, FieldValue } from './field-spec.ts';

export const ENTITY_NAMES = [
	'customers',
	'contacts',
	'products',
	'orders',
	'interactions',
	'opportunities',
	'follow_ups'
] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

export interface ImportOptions {
	/** Orders (and other rows) of unknown customer codes create those customers. */
	createMissingCustomers: boolean;
	/** Legal name of a customer created that way when the file has none. */
	newCustomerName: (code: string) => string;
}

export const DEFAULT_IMPORT_OPTIONS: ImportOptions = {
	createMissingCustomers: false,
	newCustomerName: (code) => `Cliente ${code}`
};

export interface RowInput {
	/** Valid while the row is processed (the processor reuses this object for the next row). */
	at: RowRef;
	/** undefined: the column is not in the file; null: the cell is empty. */
	value(field: string): FieldValue | null | undefined;
	mapped(field: string): boolean;
}

export interface BuildContext {
	lookups: Lookups;
	options: ImportOptions;
	/** Marks the row invalid; `field` is a field name (the runner shows its column). */
	error(field: string | null, message: string, value?: string | null): void;
	warn(field: string | null, message: string, value?: string | null): void;
}

export type EntityRecord = Record<string, unknown>;

export interface EntityHandler {
	/** Validation pass: a row that built without errors, checked against earlier rows. */
	check(record: EntityRecord, row: RowInput, ctx: BuildContext): void;
	/**
	 * What of a valid record the write pass needs, as JSON for the spill file (default: the
	 * record). Order items keep five values of their eleven: the spill is read in the
	 * transaction, so the less to parse there the better.
	 */
	spill?(record: EntityRecord): unknown;
	/** Write pass (on the spilled form): why a valid row is rejected anyway (its order has an invalid line). */
	rejection(record: EntityRecord, at: RowRef): string | null;
	start(tx: ImportTx): Promise<void>;
	/** Whether the write pass has rows to write after start() (false: a re-import changed nothing). */
	needsRows?(): boolean;
	write(tx: ImportTx, record: EntityRecord, at: RowRef): Promise<void>;
	finish(tx: ImportTx): Promise<Record<string, TableCounts>>;
	/** Entity facts for the summary ("distinct customers", "cancelled lines"). */
	facts(): Record<string, number>;
	/** Validation pass: a row found invalid (its order, if any, is rejected with it). */
	invalidated?(at: RowRef, row: RowInput): void;
}

export interface EntitySpec {
	name: EntityName;
	/** pt-BR, plural: "Pedidos". */
	label: string;
	fields: FieldSpec[];
	needs: LookupName[];
	/** File-level checks of which fields are mapped (pt-BR messages). */
	checkMapping?(mapped: Set<string>): string[];
	build(row: RowInput, ctx: BuildContext): EntityRecord | null;
	handler(mapped: Set<string>, options: ImportOptions): EntityHandler;
}

/** A trimmed text value or null. */
export function text(row: RowInput, field: string): string | null {
	const v = row.value(field);
	return v === null || v === undefined ? null : String(v) || null;
}
