/**
 * The import, end to end, shared by the CLI and the upload page:
 *
 * 1. Validation pass: stream every file, map columns, parse and check every row (against the
 *    database's lookups and the earlier rows), collecting each problem with its line, column
 *    and pt-BR reason, and spill the decided rows to a temporary file (spill-file.ts). Nothing
 *    is written to the database. A file that turns out not to be UTF-8 past its first bytes is
 *    read again as Windows-1252.
 * 2. Write pass, only when there are no errors (or --skip-invalid): stream the spill and write
 *    in ONE transaction with batched upserts by external id. Killed half-way, it leaves the
 *    database exactly as before; re-run, it changes only what changed.
 * 3. After an interactions import, the new interactions get their search vectors
 *    (embeddings/app-embedder.ts: local ones here; remote ones left to `npm run embed` when the
 *    server fails). A vector never blocks or undoes the import.
 *
 * Memory is bounded by the portfolio (lookups, one aggregate per order), not by the file.
 */
import path from 'node:path';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { appEmbedder, embedMissingAfterImport } from '#lib/server/embeddings/app-embedder.ts';
import type { ColumnMapping } from './column-mapping.ts';
import {
	DEFAULT_IMPORT_OPTIONS,
	type EntityName,
	type ImportOptions
} from './entities/entity-spec.ts';
import { ENTITY_SPECS } from './entities/index.ts';
import type { ImportProgress, ImportSummary } from './import-summary.ts';
import { inTransaction, reader, type ImportTx } from './import-tx.ts';
import { loadLookups } from './lookups.ts';
import type { DateOrder, DecimalStyle } from './parse-values.ts';
import { PRESETS, type ImportPreset } from './presets/index.ts';
import { RejectsFile } from './rejects-file.ts';
import type { Separator, TextEncoding } from './sniff-text.ts';
import { SpillFile } from './spill-file.ts';
import { MismatchAt, validate, type Validation } from './validate-pass.ts';

export interface ImportFile {
	path: string;
	/** Name shown to people (an upload's original name); default: the path's base name. */
	name?: string;
}

export interface ImportRequest {
	entity?: EntityName;
	files?: ImportFile[];
	preset?: string;
	mapping?: ColumnMapping;
	decimal?: DecimalStyle;
	dateOrder?: DateOrder;
	encoding?: TextEncoding;
	separator?: Separator;
	skipInvalid?: boolean;
	createMissingCustomers?: boolean;
	/** Validation pass only: report, write nothing. */
	validateOnly?: boolean;
	/** Where --skip-invalid writes rejected rows (default: beside the first file). */
	rejectsPath?: string;
	maxProblems?: number;
	onProgress?: (progress: ImportProgress) => void;
}

export interface Plan {
	entity: EntityName;
	preset: ImportPreset | null;
	files: Required<ImportFile>[];
	mapping: ColumnMapping;
	options: ImportOptions;
	request: ImportRequest;
}

function plan(request: ImportRequest): Plan {
	const preset = request.preset ? PRESETS[request.preset] : null;
	if (request.preset && !preset)
		throw new Error(
			`preset desconhecido: ${request.preset} (use ${Object.keys(PRESETS).join(' ou ')})`
		);
	const entity = request.entity ?? preset?.entity;
	if (!entity) throw new Error('diga o que importar (--entity clientes, pedidos, …)');
	if (preset && entity !== preset.entity)
		throw new Error(`o preset ${preset.name} importa ${preset.entity}, não ${entity}`);
	const given: ImportFile[] = request.files?.length
		? request.files
		: (preset?.defaultFiles() ?? []).map((p) => ({ path: p }));
	const files = given.map((f) => ({
		path: f.path,
		name: f.name ?? path.basename(f.path)
	}));
	if (files.length === 0) throw new Error('nenhum arquivo para importar (--file)');
	return {
		entity,
		preset,
		files,
		mapping: { ...(preset?.mapping ?? {}), ...(request.mapping ?? {}) },
		options: {
			...DEFAULT_IMPORT_OPTIONS,
			...(preset?.options ?? {}),
			...(request.createMissingCustomers ? { createMissingCustomers: true } : {})
		},
		request
	};
}

export async function runImport(db: GiroDatabase, request: ImportRequest): Promise<ImportSummary> {
	const started = performance.now();
	const p = plan(request);
	const spec = ENTITY_SPECS[p.entity];
	const lookups = await loadLookups(reader(db), spec.needs);
	const totalBytes = { value: 0 };
	const forced = new Map<number, TextEncoding>();
	let v: Validation;
	for (;;) {
		const spill = new SpillFile();
		try {
			v = await validate(p, lookups, forced, totalBytes, spill);
			break;
		} catch (error) {
			await spill.remove();
			if (!(error instanceof MismatchAt)) throw error;
			forced.set(error.fileIndex, 'windows-1252');
		}
	}
	try {
		return await finishImport(db, p, v, totalBytes.value, started);
	} finally {
		await v.spill.remove();
	}
}

async function finishImport(
	db: GiroDatabase,
	p: Plan,
	v: Validation,
	totalBytes: number,
	started: number
): Promise<ImportSummary> {
	const request = p.request;
	const base = {
		entity: p.entity,
		preset: p.preset?.name ?? null,
		files: v.files.map(({ encodingUsed: _e, separatorUsed: _s, valueFormat: _f, ...f }) => f),
		rows: v.rows,
		validRows: v.validRows,
		invalidRows: v.invalidRows,
		skipped: v.skipped,
		errors: v.errors,
		warnings: v.warnings,
		problems: v.problems,
		problemsTruncated: v.errors + v.warnings > v.problems.length,
		validateOnly: Boolean(request.validateOnly),
		facts: v.facts,
		rejectedRows: 0
	};
	const stop = v.fatal || request.validateOnly || (v.errors > 0 && !request.skipInvalid);
	if (stop) {
		request.onProgress?.({ phase: 'done', rows: v.rows, bytes: totalBytes, totalBytes });
		return {
			...base,
			written: false,
			tables: {},
			rejectsFile: null,
			durationMs: performance.now() - started
		};
	}
	const rejects = request.skipInvalid
		? new RejectsFile(request.rejectsPath ?? defaultRejectsPath(p.files[0].path))
		: null;
	const tables = await inTransaction(db, (tx) => writePass(p, v, tx, rejects));
	await rejects?.close();
	if (p.entity === 'interactions') await embedMissingAfterImport(db, appEmbedder());
	request.onProgress?.({ phase: 'done', rows: v.rows, bytes: totalBytes, totalBytes });
	return {
		...base,
		written: true,
		tables,
		rejectsFile: rejects?.rows ? rejects.path : null,
		rejectedRows: rejects?.rows ?? 0,
		durationMs: performance.now() - started
	};
}

function defaultRejectsPath(first: string): string {
	const parsed = path.parse(first.replace(/\.gz$/, ''));
	return path.join(parsed.dir, `${parsed.name}.rejeitadas.csv`);
}

async function writePass(p: Plan, v: Validation, tx: ImportTx, rejects: RejectsFile | null) {
	const onProgress = p.request.onProgress;
	const headers = v.files.map((f) => f.columns.map((c) => c.header));
	rejects?.setHeader(headers[0] ?? []);
	await v.handler.start(tx);
	if (v.invalidRows === 0 && v.handler.needsRows?.() === false) return v.handler.finish(tx);
	let rows = 0;
	for await (const entry of v.spill.read()) {
		rows++;
		if (rows % 2000 === 0) {
			onProgress?.({ phase: 'writing', rows, bytes: rows, totalBytes: v.spill.entries });
		}
		const file = p.files[entry.fileIndex].name;
		if (entry.reasons || !entry.record) {
			await rejects?.write(
				file,
				entry.line,
				entry.reasons ?? ['linha inválida'],
				entry.values ?? []
			);
			continue;
		}
		const at = { fileIndex: entry.fileIndex, file, line: entry.line };
		const rejection = v.handler.rejection(entry.record, at);
		if (rejection) await rejects?.write(file, entry.line, [rejection], entry.values ?? []);
		else await v.handler.write(tx, entry.record, at);
	}
	return v.handler.finish(tx);
}
