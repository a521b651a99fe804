/**
 * Opens an export file as a table: detects its format (CSV or another delimited text, XLSX,
 * gzip-compressed text), encoding, separator and decimal style, reads the header, and streams
 * the data rows with the line number a person sees in an editor (a quoted field with line
 * breaks takes several lines; the next row's number counts them). Memory stays constant: one
 * chunk of the file at a time.
 *
 * Parsing is csv-parse's (quotes, doubled quotes, line breaks inside quotes, CRLF) and
 * exceljs's; the one exception is the "whitespace" format of old fixed-column text exports
 * (CDNOW), which has no quoting at all and is split on runs of blanks.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { PassThrough, Transform, type Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { createGunzip, gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse';
import type { DecimalStyle } from './parse-values.ts';
import {
	detectDecimalStyle,
	detectEncoding,
	detectSeparator,
	type Separator,
	type TextEncoding
} from './sniff-text.ts';
import { xlsxRows } from './xlsx-rows.ts';

export type TableFormat = 'csv' | 'xlsx';

export interface ReadOptions {
	encoding?: TextEncoding;
	separator?: Separator;
	/** Column names for files without a header line. */
	columns?: string[];
}

export interface TableInfo {
	format: TableFormat;
	compressed: boolean;
	encoding: TextEncoding | null;
	separator: Separator | null;
	decimalStyle: DecimalStyle;
	totalBytes: number;
}

export interface TableRow {
	line: number;
	values: string[];
}

export interface OpenedTable {
	info: TableInfo;
	header: string[];
	headerLine: number;
	rows: AsyncGenerator<TableRow>;
	/** Bytes of the file read so far (compressed bytes for .gz), for progress. */
	bytesRead(): number;
}

/** A problem with the file as a whole (or its last line), in pt-BR. */
export class TableError extends Error {
	line: number | null;
	constructor(message: string, line: number | null = null) {
		super(message);
		this.name = 'TableError';
		this.line = line;
	}
}

/** The file stopped being valid UTF-8 after a sample that was: read it again as Windows-1252. */
export class EncodingMismatchError extends Error {
	constructor() {
		super('o arquivo não é UTF-8 válido depois do início');
		this.name = 'EncodingMismatchError';
	}
}

const SAMPLE_BYTES = 256 * 1024;

async function head(path: string, bytes: number): Promise<Buffer> {
	const handle = await open(path, 'r');
	try {
		const buffer = Buffer.alloc(bytes);
		const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
		return buffer.subarray(0, bytesRead);
	} finally {
		await handle.close();
	}
}

function sampleOf(raw: Buffer, compressed: boolean): Buffer {
	if (!compressed) return raw;
	try {
		return gunzipSync(raw, { finishFlush: 2 /* Z_SYNC_FLUSH: a cut stream is fine */ }).subarray(
			0,
			SAMPLE_BYTES
		);
	} catch {
		throw new TableError('o arquivo .gz está corrompido');
	}
}

function decoderStream(encoding: TextEncoding): Transform {
	const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
	return new Transform({
		readableObjectMode: true,
		transform(chunk: Buffer, _enc, done) {
			try {
				done(null, decoder.decode(chunk, { stream: true }));
			} catch {
				done(new EncodingMismatchError());
			}
		},
		flush(done) {
			try {
				done(null, decoder.decode());
			} catch {
				done(new EncodingMismatchError());
			}
		}
	});
}

export async function openTable(path: string, options: ReadOptions = {}): Promise<OpenedTable> {
	const { size } = await stat(path);
	const first = await head(path, SAMPLE_BYTES);
	if (first.length === 0) throw new TableError('o arquivo está vazio');
	const compressed = first[0] === 0x1f && first[1] === 0x8b;
	const sample = sampleOf(first, compressed);
	let bytes = 0;
	const counter = new PassThrough();
	counter.on('data', (chunk: Buffer) => (bytes += chunk.length));
	const file = createReadStream(path, { highWaterMark: 256 * 1024 });
	file.on('error', (e) => counter.destroy(e));
	const isZip = sample[0] === 0x50 && sample[1] === 0x4b && sample[2] === 0x03;
	if (isZip) {
		const stream = file.pipe(counter);
		const info: TableInfo = {
			format: 'xlsx',
			compressed: false,
			encoding: null,
			separator: null,
			decimalStyle: 'point',
			totalBytes: size
		};
		return withHeader(
			info,
			xlsxRows(stream),
			options,
			() => bytes,
			() => file.destroy()
		);
	}
	const detected = detectEncoding(sample);
	const encoding = options.encoding ?? detected.encoding;
	const text = new TextDecoder(encoding).decode(sample);
	const separator = options.separator ?? detectSeparator(text);
	let source: Readable = file.pipe(counter);
	if (compressed) source = source.pipe(createGunzip());
	const decoded = source.pipe(decoderStream(encoding));
	source.on('error', (e) => decoded.destroy(e));
	const rows = separator === 'whitespace' ? whitespaceRows(decoded) : csvRows(decoded, separator);
	const info: TableInfo = {
		format: 'csv',
		compressed,
		encoding,
		separator,
		decimalStyle: detectDecimalStyle(sampleValues(text, separator), separator),
		totalBytes: size
	};
	return withHeader(
		info,
		rows,
		options,
		() => bytes,
		() => file.destroy()
	);
}

function* sampleValues(text: string, separator: Separator): Generator<string> {
	for (const line of text.split(/\r?\n/).slice(1, 200)) {
		yield* separator === 'whitespace' ? line.trim().split(/\s+/) : line.split(separator);
	}
}

const blank = (values: string[]) => values.every((v) => v.trim() === '');

async function withHeader(
	info: TableInfo,
	source: AsyncGenerator<TableRow>,
	options: ReadOptions,
	bytesRead: () => number,
	destroy: () => void
): Promise<OpenedTable> {
	let header: string[] | undefined = options.columns;
	let headerLine = 0;
	if (!header) {
		for (;;) {
			const next = await source.next().catch((e) => rethrow(e, 1));
			if (next.done) {
				destroy();
				throw new TableError('o arquivo não tem nenhuma linha preenchida');
			}
			if (blank(next.value.values)) continue;
			header = next.value.values.map((h) => h.replace(/^\uFEFF/, '').trim());
			headerLine = next.value.line;
			break;
		}
	}
	async function* rows(): AsyncGenerator<TableRow> {
		try {
			for (;;) {
				const next = await source.next().catch((e) => rethrow(e, null));
				if (next.done) return;
				if (!blank(next.value.values)) yield next.value;
			}
		} finally {
			destroy();
			await source.return(undefined).catch(() => {});
		}
	}
	return { info, header, headerLine, rows: rows(), bytesRead };
}

function rethrow(error: unknown, line: number | null): never {
	if (error instanceof TableError || error instanceof EncodingMismatchError) throw error;
	const message = (error as Error).message ?? String(error);
	if (/zip|central directory|end of data|invalid signature/i.test(message)) {
		throw new TableError(`não consegui ler a planilha XLSX (${message})`, line);
	}
	if (/unexpected end of file|incorrect header check/i.test(message)) {
		throw new TableError('o arquivo .gz está truncado ou corrompido', line);
	}
	throw error;
}

const lineBreaks = (raw: string) => raw.replace(/[\r\n]+$/, '').match(/\r\n|\r|\n/g)?.length ?? 0;

async function* csvRows(text: Readable, delimiter: string): AsyncGenerator<TableRow> {
	const parser = text.pipe(
		parse({
			delimiter,
			raw: true,
			relax_column_count: true,
			relax_quotes: true,
			skip_empty_lines: false,
			max_record_size: 1_000_000
		})
	);
	text.on('error', (e) => parser.destroy(e));
	let line = 1;
	try {
		for await (const { record, raw } of parser as AsyncIterable<{
			record: string[];
			raw: string;
		}>) {
			yield { line, values: record };
			line += lineBreaks(raw) + 1;
		}
	} catch (error) {
		const code = (error as { code?: string }).code;
		if (code === 'CSV_QUOTE_NOT_CLOSED') {
			throw new TableError(
				'aspas abertas e nunca fechadas até o fim do arquivo (arquivo truncado?)',
				line
			);
		}
		if (code === 'CSV_MAX_RECORD_SIZE') {
			throw new TableError('uma linha passou de 1 milhão de caracteres (aspas sem fechar?)', line);
		}
		if (code?.startsWith('CSV_'))
			throw new TableError(`CSV inválido: ${(error as Error).message}`, line);
		throw error;
	}
}

async function* whitespaceRows(text: Readable): AsyncGenerator<TableRow> {
	let line = 0;
	for await (const content of createInterface({ input: text, crlfDelay: Infinity })) {
		line++;
		yield { line, values: content.trim() === '' ? [''] : content.trim().split(/\s+/) };
	}
}
