/**
 * The validation pass of an import (see run-import.ts): streams every file, maps its columns,
 * runs each row through the RowProcessor and the entity handler's checks, counts and keeps the
 * problems, and spills the decided rows for the write pass. Writes nothing to the database.
 * A file that stops being UTF-8 past its sampled start throws MismatchAt, and the caller runs
 * the pass again reading that file as Windows-1252.
 */
import { resolveMapping } from './column-mapping.ts';
import type { EntityHandler, EntityRecord } from './entities/entity-spec.ts';
import { ENTITY_SPECS } from './entities/index.ts';
import type { ValueFormat } from './entities/field-spec.ts';
import type { FileSummary } from './import-summary.ts';
import type { Lookups } from './lookups.ts';
import { problem, type Problem } from './problems.ts';
import { RowProcessor, type FileContext } from './process-row.ts';
import { EncodingMismatchError, openTable, TableError, type OpenedTable } from './read-table.ts';
import type { Plan } from './run-import.ts';
import type { SpillFile } from './spill-file.ts';
import type { Separator, TextEncoding } from './sniff-text.ts';

export interface Validation {
	handler: EntityHandler;
	spill: SpillFile;
	files: (FileSummary & {
		encodingUsed: TextEncoding | null;
		separatorUsed: Separator | null;
		valueFormat: ValueFormat;
	})[];
	problems: Problem[];
	errors: number;
	warnings: number;
	rows: number;
	validRows: number;
	invalidRows: number;
	skipped: Record<string, number>;
	facts: Record<string, number>;
	fatal: boolean;
}

export class MismatchAt extends Error {
	fileIndex: number;
	constructor(fileIndex: number) {
		super('encoding mismatch');
		this.fileIndex = fileIndex;
	}
}

export function fileContext(
	p: Plan,
	lookups: Lookups,
	fileIndex: number,
	table: OpenedTable,
	format: ValueFormat,
	preset: FileContext['preset']
): FileContext {
	const spec = ENTITY_SPECS[p.entity];
	const mapping = resolveMapping(table.header, spec, p.mapping, p.preset?.provides ?? []);
	return {
		fileIndex,
		file: p.files[fileIndex].name,
		showFile: p.files.length > 1,
		header: table.header,
		mapping,
		lastMapped: Math.max(-1, ...mapping.fieldIndex.values()),
		format,
		spec,
		lookups,
		options: p.options,
		preset
	};
}

export async function validate(
	p: Plan,
	lookups: Lookups,
	forced: Map<number, TextEncoding>,
	totalBytes: { value: number },
	spill: SpillFile
): Promise<Validation> {
	const spec = ENTITY_SPECS[p.entity];
	const r = p.request;
	const maxProblems = r.maxProblems ?? 1000;
	const presetPass = p.preset?.pass() ?? null;
	const keepValues = Boolean(r.skipInvalid);
	const spilling = !r.validateOnly;
	const v: Validation = {
		handler: null as unknown as EntityHandler,
		spill,
		files: [],
		problems: [],
		errors: 0,
		warnings: 0,
		rows: 0,
		validRows: 0,
		invalidRows: 0,
		skipped: {},
		facts: {},
		fatal: false
	};
	const note = (list: Problem[]) => {
		for (const pr of list) {
			if (pr.severity === 'error') v.errors++;
			else v.warnings++;
			if (v.problems.length < maxProblems) v.problems.push(pr);
		}
	};
	let bytesBefore = 0;
	const sizes: number[] = [];
	const check: Parameters<RowProcessor['process']>[1] = (rec, input, ctx) =>
		v.handler.check(rec, input, ctx);
	for (let i = 0; i < p.files.length; i++) {
		const file = p.files[i];
		const fileAt = { file: p.files.length > 1 ? file.name : undefined };
		let table: OpenedTable;
		try {
			table = await openTable(file.path, {
				...p.preset?.readOptions?.(file.path),
				encoding: forced.get(i) ?? r.encoding,
				...(r.separator ? { separator: r.separator } : {})
			});
		} catch (error) {
			if (!(error instanceof TableError)) throw error;
			note([problem({ ...fileAt, line: error.line ?? undefined }, null, error.message)]);
			v.fatal = true;
			continue;
		}
		sizes[i] = table.info.totalBytes;
		totalBytes.value = sizes.reduce((a, b) => a + (b ?? 0), 0);
		const format: ValueFormat = {
			decimal: r.decimal ?? p.preset?.format?.decimal ?? table.info.decimalStyle,
			dateOrder: r.dateOrder ?? p.preset?.format?.dateOrder ?? 'dmy'
		};
		const fc = fileContext(p, lookups, i, table, format, presetPass);
		v.handler ??= spec.handler(
			new Set([...fc.mapping.fieldIndex.keys(), ...(p.preset?.provides ?? [])]),
			p.options
		);
		const summary = {
			name: file.name,
			...table.info,
			rows: 0,
			columns: fc.mapping.columns,
			notes: fc.mapping.notes,
			encodingUsed: table.info.encoding,
			separatorUsed: table.info.separator,
			valueFormat: format
		};
		v.files.push(summary);
		if (fc.mapping.problems.length) {
			note(fc.mapping.problems.map((m) => problem(fileAt, null, m)));
			v.fatal = true;
			await table.rows.return(undefined);
			continue;
		}
		let dataRows = 0;
		const rowProcessor = new RowProcessor(fc);
		try {
			for await (const row of table.rows) {
				dataRows++;
				v.rows++;
				summary.rows++;
				const out = rowProcessor.process(row, check);
				if (out.skipped) v.skipped[out.skipped] = (v.skipped[out.skipped] ?? 0) + 1;
				else if (out.invalid) {
					v.invalidRows++;
					v.handler.invalidated?.(out.at, out.input);
					if (spilling && keepValues) {
						const reasons = out.problems
							.filter((x) => x.severity === 'error')
							.map((x) => x.message);
						await spill.write({
							fileIndex: i,
							line: row.line,
							record: null,
							values: row.values,
							reasons
						});
					}
				} else {
					v.validRows++;
					if (spilling)
						await spill.write({
							fileIndex: i,
							line: row.line,
							record: v.handler.spill ? (v.handler.spill(out.record!) as EntityRecord) : out.record,
							values: keepValues ? row.values : null,
							reasons: null
						});
				}
				note(out.problems);
				if (v.rows % 2000 === 0)
					r.onProgress?.({
						phase: 'validating',
						rows: v.rows,
						bytes: bytesBefore + table.bytesRead(),
						totalBytes: totalBytes.value
					});
			}
		} catch (error) {
			if (error instanceof EncodingMismatchError && !forced.has(i)) throw new MismatchAt(i);
			if (!(error instanceof TableError)) throw error;
			note([problem({ ...fileAt, line: error.line ?? undefined }, null, error.message)]);
			v.fatal = true;
		}
		if (dataRows === 0 && !v.fatal) {
			note([problem(fileAt, null, 'o arquivo só tem o cabeçalho: nenhuma linha de dados')]);
			v.fatal = true;
		}
		bytesBefore += table.info.totalBytes;
	}
	v.handler ??= spec.handler(new Set(), p.options);
	await spill.finish();
	v.facts = { ...(presetPass?.facts() ?? {}), ...factsPt(v.handler.facts()) };
	v.problems.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
	return v;
}

const FACTS_PT: Record<string, string> = {
	customers: 'clientes no arquivo',
	newCustomers: 'clientes novos (criados a partir dos pedidos)',
	orders: 'pedidos no arquivo',
	cancelledLines: 'linhas de pedidos cancelados'
};

function factsPt(facts: Record<string, number>): Record<string, number> {
	return Object.fromEntries(Object.entries(facts).map(([k, n]) => [FACTS_PT[k] ?? k, n]));
}
