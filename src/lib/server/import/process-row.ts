/**
 * One data row through the importer: cells by field (after the preset's hook), each parsed by
 * its field's kind, then built into a record by the entity and, in the validation pass, checked
 * against earlier rows. Every problem carries the row's line and the column as the file names
 * it. One RowProcessor per file reuses its scratch maps and closures from row to row: a big
 * export has a million rows, and garbage collection was a fifth of the validation time.
 */
import type { ResolvedMapping } from './column-mapping.ts';
import type {
	BuildContext,
	EntityRecord,
	EntitySpec,
	ImportOptions,
	RowInput
} from './entities/entity-spec.ts';
import {
	parseFieldValue,
	type FieldSpec,
	type FieldValue,
	type ValueFormat
} from './entities/field-spec.ts';
import type { Lookups } from './lookups.ts';
import type { PresetCells, PresetPass } from './presets/preset.ts';
import { problem, type Problem, type RowRef } from './problems.ts';
import type { TableRow } from './read-table.ts';

export interface FileContext {
	fileIndex: number;
	/** Shown in problems only when the import has several files. */
	file: string;
	showFile: boolean;
	header: string[];
	mapping: ResolvedMapping;
	/** Index of the last mapped column: a shorter row misses data. */
	lastMapped: number;
	format: ValueFormat;
	spec: EntitySpec;
	lookups: Lookups;
	options: ImportOptions;
	preset: PresetPass | null;
}

export interface RowOutcome {
	at: RowRef;
	skipped: string | null;
	record: EntityRecord | null;
	input: RowInput;
	problems: Problem[];
	invalid: boolean;
}

type Check = (record: EntityRecord, input: RowInput, ctx: BuildContext) => void;

export class RowProcessor {
	private readonly fc: FileContext;
	private readonly mapped: [string, number][];
	private readonly fields: FieldSpec[];
	private readonly raw = new Map<string, string>();
	private readonly values = new Map<string, FieldValue | null>();
	private readonly cells: PresetCells;
	private readonly input: RowInput;
	private readonly ctx: BuildContext;
	private at: RowRef = { fileIndex: 0, file: '', line: 0 };
	private problems: Problem[] = [];
	private invalid = false;

	constructor(fc: FileContext) {
		this.fc = fc;
		this.mapped = [...fc.mapping.fieldIndex];
		this.fields = fc.spec.fields;
		const { raw, values } = this;
		this.cells = { get: (f) => raw.get(f), set: (f, v) => void raw.set(f, v) };
		const input: RowInput = {
			at: this.at,
			value: (f) => (raw.has(f) ? (values.get(f) ?? null) : undefined),
			mapped: (f) => raw.has(f)
		};
		this.input = input;
		this.ctx = {
			lookups: fc.lookups,
			options: fc.options,
			error: (field, message, value = null) => this.fail(field, message, value),
			warn: (field, message, value = null) =>
				void this.problems.push(
					problem(this.where(), this.columnOf(field), message, value, 'warning')
				)
		};
	}

	private where() {
		return this.fc.showFile ? this.at : { line: this.at.line };
	}

	private columnOf(field: string | null): string | null {
		if (field === null) return null;
		const index = this.fc.mapping.fieldIndex.get(field);
		return index !== undefined
			? this.fc.header[index]
			: (this.fields.find((f) => f.name === field)?.label ?? field);
	}

	private fail(field: string | null, message: string, value: string | null = null) {
		this.problems.push(problem(this.where(), this.columnOf(field), message, value));
		this.invalid = true;
	}

	private outcome(skipped: string | null, record: EntityRecord | null): RowOutcome {
		return {
			at: this.at,
			skipped,
			record,
			input: this.input,
			problems: this.problems,
			invalid: this.invalid
		};
	}

	process(row: TableRow, check?: Check): RowOutcome {
		const fc = this.fc;
		this.at = { fileIndex: fc.fileIndex, file: fc.file, line: row.line };
		this.input.at = this.at;
		this.problems = [];
		this.invalid = false;
		const { raw, values } = this;
		raw.clear();
		values.clear();
		for (const [field, index] of this.mapped) raw.set(field, (row.values[index] ?? '').trim());
		const skipped = fc.preset?.row(this.cells, this.at) ?? null;
		if (skipped) return this.outcome(skipped, null);

		const n = row.values.length;
		if (n < fc.header.length && fc.lastMapped >= n) {
			this.fail(
				null,
				`a linha tem ${n} coluna(s) e o cabeçalho ${fc.header.length}: linha cortada ou separador diferente?`
			);
		} else if (
			n > fc.header.length &&
			row.values.slice(fc.header.length).some((v) => v.trim() !== '')
		) {
			this.fail(
				null,
				`a linha tem ${n} colunas e o cabeçalho ${fc.header.length}: um valor com o separador dentro e sem aspas?`
			);
		}
		// With the columns shifted, every cell would be "wrong": the count is the one real problem.
		if (this.invalid) return this.outcome(null, null);
		for (const field of this.fields) {
			const text = raw.get(field.name);
			if (text === undefined) continue;
			if (text === '') {
				values.set(field.name, null);
				if (field.required) this.fail(field.name, `campo obrigatório vazio (${field.label})`);
				continue;
			}
			const parsed = parseFieldValue(field.kind, text, fc.format);
			if (parsed.ok) values.set(field.name, parsed.value);
			else this.fail(field.name, parsed.error, text);
		}
		if (this.invalid) return this.outcome(null, null);
		const record = fc.spec.build(this.input, this.ctx);
		if (record && !this.invalid && check) check(record, this.input, this.ctx);
		if (!record) this.invalid = true;
		return this.outcome(null, this.invalid ? null : record);
	}
}
