/** How the uploaded file reads and maps: detected format, columns → fields, first rows. */
import { error, json } from '@sveltejs/kit';
import { previewFile } from '#lib/server/import/preview.ts';
import { getUpload, UploadError } from '#lib/server/import/uploads.ts';
import { issues, PreviewBody } from '#lib/server/import/web-requests.ts';
import { requireManager } from '#lib/server/auth/route-guard.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, request }) => {
	requireManager(locals);
	const body = PreviewBody.safeParse(await request.json().catch(() => null));
	if (!body.success) error(400, issues(body.error));
	try {
		const upload = await getUpload(body.data.uploadId);
		if (upload.received < upload.size) error(409, 'o envio do arquivo ainda não terminou');
		return json(await previewFile(upload.path, body.data.entity, body.data.mapping));
	} catch (e) {
		if (e instanceof UploadError) error(404, e.message);
		throw e;
	}
};
