/** Starts an upload: `{ name, size }` → `{ id }`; the bytes follow in chunks (see [id]). */
import { error, json } from '@sveltejs/kit';
import { createUpload, UploadError } from '#lib/server/import/uploads.ts';
import { CreateUploadBody, issues } from '#lib/server/import/web-requests.ts';
import { requireManager } from '#lib/server/auth/route-guard.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, request }) => {
	requireManager(locals);
	const body = CreateUploadBody.safeParse(await request.json().catch(() => null));
	if (!body.success) error(400, issues(body.error));
	try {
		const upload = await createUpload(body.data.name, body.data.size);
		return json({ id: upload.id });
	} catch (e) {
		if (e instanceof UploadError) error(400, e.message);
		throw e;
	}
};
