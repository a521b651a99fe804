/**
 * With --skip-invalid, the rows left out go to a CSV beside the import, with their reasons:
 * "arquivo;linha;motivos;" followed by the row's own cells, `;`-separated, UTF-8 with BOM so
 * Excel in pt-BR opens it as it is. The person fixes those rows and imports this file again.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;

export class RejectsFile {
	readonly path: string;
	rows = 0;
	private stream: WriteStream | null = null;
	private header: string[] = [];

	constructor(path: string) {
		this.path = path;
	}

	/** The first file's header names the columns of the rows. */
	setHeader(header: string[]): void {
		if (this.header.length === 0) this.header = header;
	}

	async write(file: string, line: number, reasons: string[], values: string[]): Promise<void> {
		if (!this.stream) {
			this.stream = createWriteStream(this.path, { encoding: 'utf8' });
			this.stream.write(
				'\uFEFF' + ['arquivo', 'linha', 'motivos', ...this.header].map(quote).join(';') + '\r\n'
			);
		}
		this.rows++;
		const ok = this.stream.write(
			[file, String(line), reasons.join(' | '), ...values].map(quote).join(';') + '\r\n'
		);
		if (!ok) await once(this.stream, 'drain');
	}

	async close(): Promise<void> {
		if (!this.stream) return;
		this.stream.end();
		await once(this.stream, 'finish');
	}
}
