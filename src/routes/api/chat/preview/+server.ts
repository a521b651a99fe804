/** POST /api/chat/preview — the preview of a proposed write, for the approval panel (preview-write.ts). */
import { json } from '@sveltejs/kit';
import { previewWrite } from '#lib/server/chat/preview-write.ts';
import { pageContext } from '#lib/server/web/page-context.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, request }) => {
	const { tools: ctx } = await pageContext(locals);
	const preview = await previewWrite(
		{ ...ctx, door: 'chat' },
		await request.json().catch(() => null)
	);
	return json(preview, { headers: { 'cache-control': 'no-store' } });
};
