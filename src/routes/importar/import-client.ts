/**
 * The upload page's side of the conversation with the server: send a file in chunks (with
 * progress), ask how it reads and maps, and run a validation or an import while reading its
 * NDJSON progress. Types mirror the server's summary (only what the page shows).
 */

export interface Column {
	index: number;
	header: string;
	field: string | null;
	source: 'auto' | 'explicit' | 'none';
}

export interface Preview {
	info: {
		format: 'csv' | 'xlsx';
		encoding: string | null;
		separator: string | null;
		decimalStyle: 'comma' | 'point';
		compressed: boolean;
	} | null;
	columns: Column[];
	rows: { line: number; values: string[] }[];
	problems: string[];
	notes: string[];
}

export interface Problem {
	line: number | null;
	column: string | null;
	value: string | null;
	message: string;
	severity: 'error' | 'warning';
}

export interface Counts {
	inserted: number;
	updated: number;
	unchanged: number;
	deleted?: number;
}

export interface Summary {
	rows: number;
	validRows: number;
	invalidRows: number;
	errors: number;
	warnings: number;
	problems: Problem[];
	problemsTruncated: boolean;
	written: boolean;
	validateOnly: boolean;
	skipped: Record<string, number>;
	tables: Record<string, Counts>;
	facts: Record<string, number>;
	rejectsFile: string | null;
	rejectedRows: number;
	durationMs: number;
}

export interface Progress {
	phase: 'validating' | 'writing' | 'done';
	rows: number;
	bytes: number;
	totalBytes: number;
}

async function failure(response: Response): Promise<Error> {
	const body = await response.json().catch(() => null);
	return new Error(body?.message ?? `o servidor respondeu ${response.status}`);
}

async function postJson<T>(url: string, body: unknown): Promise<T> {
	const response = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	if (!response.ok) throw await failure(response);
	return response.json();
}

export async function uploadFile(
	file: File,
	chunkBytes: number,
	onProgress: (sent: number) => void
): Promise<string> {
	const { id } = await postJson<{ id: string }>('/importar/upload', {
		name: file.name,
		size: file.size
	});
	for (let offset = 0; offset < file.size; offset += chunkBytes) {
		const chunk = file.slice(offset, offset + chunkBytes);
		// An explicit binary type: a body without one counts as a form post for CSRF checks.
		const response = await fetch(`/importar/upload/${id}?offset=${offset}`, {
			method: 'PUT',
			headers: { 'content-type': 'application/octet-stream' },
			body: chunk
		});
		if (!response.ok) throw await failure(response);
		onProgress(Math.min(file.size, offset + chunkBytes));
	}
	return id;
}

export const preview = (uploadId: string, entity: string, mapping: Record<string, string | null>) =>
	postJson<Preview>('/importar/preview', { uploadId, entity, mapping });

export async function run(
	body: {
		uploadId: string;
		entity: string;
		mapping: Record<string, string | null>;
		validateOnly: boolean;
		skipInvalid: boolean;
		createMissingCustomers: boolean;
	},
	onProgress: (p: Progress) => void
): Promise<Summary> {
	const response = await fetch('/importar/run', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	if (!response.ok || !response.body) throw await failure(response);
	const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
	let buffer = '';
	for (;;) {
		const { value, done } = await reader.read();
		if (done) break;
		buffer += value;
		let at: number;
		while ((at = buffer.indexOf('\n')) >= 0) {
			const message = JSON.parse(buffer.slice(0, at));
			buffer = buffer.slice(at + 1);
			if (message.type === 'progress') onProgress(message);
			else if (message.type === 'summary') return message.summary;
			else if (message.type === 'error') throw new Error(message.message);
		}
	}
	throw new Error(
		'a conexão caiu antes do fim: confira o resultado importando de novo (nada muda se já entrou)'
	);
}
