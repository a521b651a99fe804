/** The rejected rows of an import with --skip-invalid ("gravar só as linhas válidas"), as CSV. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { error } from '@sveltejs/kit';
import { rejectsPath, UploadError } from '#lib/server/import/uploads.ts';
import { requireManager } from '#lib/server/auth/route-guard.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	requireManager(locals);
	let file: string;
	try {
		file = rejectsPath(params.id);
		await stat(file);
	} catch (e) {
		if (e instanceof UploadError || (e as NodeJS.ErrnoException).code === 'ENOENT')
			error(404, 'arquivo de rejeitadas não encontrado');
		throw e;
	}
	return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="linhas-rejeitadas.csv"'
		}
	});
};
