/** Appends one chunk (raw bytes, `?offset=N`) to an upload; answers how much has arrived. */
import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { appendChunk, UploadError } from '#lib/server/import/uploads.ts';
import { requireManager } from '#lib/server/auth/route-guard.ts';
import type { RequestHandler } from './$types';

const Offset = z.coerce.number().int().min(0);

export const PUT: RequestHandler = async ({ locals, params, url, request }) => {
	requireManager(locals);
	const offset = Offset.safeParse(url.searchParams.get('offset'));
	if (!offset.success) error(400, 'offset inválido');
	try {
		const upload = await appendChunk(
			params.id,
			offset.data,
			new Uint8Array(await request.arrayBuffer())
		);
		return json({ received: upload.received, size: upload.size });
	} catch (e) {
		if (e instanceof UploadError) error(400, e.message);
		throw e;
	}
};
