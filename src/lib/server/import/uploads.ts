/**
 * Files sent from the upload page, kept in a temporary folder while a manager maps, validates
 * and imports them. They arrive in chunks of at most 256 KiB (under adapter-node's default
 * body limit, so a 100 MB export needs no server setting) and are appended in order; nothing
 * of the file is held in memory. Uploads older than a day are swept on each new one.
 */
import { randomBytes } from 'node:crypto';
import { appendFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const CHUNK_BYTES = 256 * 1024;
const MAX_BYTES = 1024 * 1024 * 1024;
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

export function uploadsDir(): string {
	return process.env.GIRO_UPLOADS_DIR ?? path.join(os.tmpdir(), 'giro-uploads');
}

export interface Upload {
	id: string;
	name: string;
	size: number;
	path: string;
	received: number;
}

const ID = /^[a-f0-9]{24}$/;

function paths(id: string) {
	if (!ID.test(id)) throw new UploadError('envio desconhecido');
	const base = path.join(uploadsDir(), id);
	return { data: `${base}.dat`, meta: `${base}.json`, rejects: `${base}.rejeitadas.csv` };
}

export class UploadError extends Error {}

export async function createUpload(name: string, size: number): Promise<Upload> {
	if (size > MAX_BYTES) throw new UploadError('arquivo grande demais (máximo 1 GB)');
	await mkdir(uploadsDir(), { recursive: true });
	await sweep();
	const id = randomBytes(12).toString('hex');
	const p = paths(id);
	await writeFile(p.data, '');
	await writeFile(p.meta, JSON.stringify({ name: path.basename(name), size }));
	return { id, name: path.basename(name), size, path: p.data, received: 0 };
}

export async function getUpload(id: string): Promise<Upload> {
	const p = paths(id);
	try {
		const meta = JSON.parse(await readFile(p.meta, 'utf8')) as { name: string; size: number };
		const { size: received } = await stat(p.data);
		return { id, name: meta.name, size: meta.size, path: p.data, received };
	} catch {
		throw new UploadError('envio não encontrado (expirou?): envie o arquivo de novo');
	}
}

/** Appends a chunk at `offset`; a chunk sent twice (a retry) is accepted once. */
export async function appendChunk(id: string, offset: number, chunk: Uint8Array): Promise<Upload> {
	const upload = await getUpload(id);
	if (chunk.length > CHUNK_BYTES) throw new UploadError('pedaço grande demais');
	if (offset + chunk.length <= upload.received) return upload;
	if (offset !== upload.received)
		throw new UploadError(`pedaço fora de ordem (esperava o byte ${upload.received})`);
	if (upload.received + chunk.length > upload.size)
		throw new UploadError('o arquivo passou do tamanho anunciado');
	await appendFile(upload.path, chunk);
	return { ...upload, received: upload.received + chunk.length };
}

export function rejectsPath(id: string): string {
	return paths(id).rejects;
}

async function sweep(): Promise<void> {
	const now = Date.now();
	for (const entry of await readdir(uploadsDir()).catch(() => [])) {
		const file = path.join(uploadsDir(), entry);
		const info = await stat(file).catch(() => null);
		if (info && now - info.mtimeMs > MAX_AGE_MS) await rm(file, { force: true });
	}
}
