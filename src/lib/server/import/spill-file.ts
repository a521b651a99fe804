/**
 * The validation pass writes every row it has decided about to a temporary NDJSON file — the
 * built record of a valid row, or the cells and reasons of an invalid one — and the write pass
 * reads that file instead of parsing the export again. Memory stays constant (one line at a
 * time) and the write pass, which holds the transaction open, does no parsing work at all.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { EntityRecord } from './entities/entity-spec.ts';

export interface SpillEntry {
	fileIndex: number;
	line: number;
	/** The record of a valid row; null for an invalid one. */
	record: EntityRecord | null;
	/** The row's cells, kept only when rejected rows go to a file (--skip-invalid). */
	values: string[] | null;
	/** Why an invalid row was rejected. */
	reasons: string[] | null;
}

export class SpillFile {
	readonly path = path.join(
		os.tmpdir(),
		`giro-import-${process.pid}-${randomBytes(6).toString('hex')}.ndjson`
	);
	private stream: WriteStream | null = null;
	private pending: string[] = [];
	entries = 0;

	/** Buffers lines and writes them a thousand at a time (one stream write per row was slow). */
	async write(entry: SpillEntry): Promise<void> {
		this.entries++;
		this.pending.push(
			JSON.stringify([entry.fileIndex, entry.line, entry.record, entry.values, entry.reasons])
		);
		if (this.pending.length >= 1000) await this.flush();
	}

	private async flush(): Promise<void> {
		if (this.pending.length === 0) return;
		this.stream ??= createWriteStream(this.path, { encoding: 'utf8', highWaterMark: 1 << 20 });
		const text = `${this.pending.join('\n')}\n`;
		this.pending = [];
		if (!this.stream.write(text)) await once(this.stream, 'drain');
	}

	async finish(): Promise<void> {
		await this.flush();
		if (!this.stream) return;
		this.stream.end();
		await once(this.stream, 'finish');
	}

	async *read(): AsyncGenerator<SpillEntry> {
		if (!this.stream) return;
		const lines = createInterface({
			input: createReadStream(this.path, { encoding: 'utf8', highWaterMark: 1 << 20 }),
			crlfDelay: Infinity
		});
		for await (const text of lines) {
			const [fileIndex, line, record, values, reasons] = JSON.parse(text);
			yield { fileIndex, line, record, values, reasons };
		}
	}

	async remove(): Promise<void> {
		this.stream?.destroy();
		await rm(this.path, { force: true });
	}
}
