/**
 * Validates or imports an upload with the same code as the CLI, answering as NDJSON: progress
 * lines (`{"type":"progress",…}`, a few per second) and then `{"type":"summary",…}` or
 * `{"type":"error",…}`. The import runs to its end even if the page goes away: it is one
 * transaction either way.
 */
import { error } from '@sveltejs/kit';
import { appDatabase } from '#lib/server/db/app-database.ts';
import type { ImportProgress } from '#lib/server/import/import-summary.ts';
import { auditImport } from '#lib/server/import/import-audit.ts';
import { runImport } from '#lib/server/import/run-import.ts';
import { getUpload, rejectsPath, UploadError } from '#lib/server/import/uploads.ts';
import { issues, RunBody } from '#lib/server/import/web-requests.ts';
import { requireManager } from '#lib/server/auth/route-guard.ts';
import { logEvent } from '#lib/server/log-event.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, request }) => {
	const manager = requireManager(locals);
	const body = RunBody.safeParse(await request.json().catch(() => null));
	if (!body.success) error(400, issues(body.error));
	let upload;
	try {
		upload = await getUpload(body.data.uploadId);
	} catch (e) {
		if (e instanceof UploadError) error(404, e.message);
		throw e;
	}
	if (upload.received < upload.size) error(409, 'o envio do arquivo ainda não terminou');
	const db = await appDatabase();
	const encoder = new TextEncoder();
	const { uploadId, entity, mapping, validateOnly, skipInvalid, createMissingCustomers } =
		body.data;
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			let open = true;
			const send = (line: unknown) => {
				if (!open) return;
				try {
					controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
				} catch {
					open = false; // the page went away; the import goes on
				}
			};
			let last = 0;
			const onProgress = (p: ImportProgress) => {
				const now = Date.now();
				if (now - last < 200 && p.phase !== 'done') return;
				last = now;
				send({ type: 'progress', ...p });
			};
			try {
				const summary = await runImport(db, {
					entity,
					files: [{ path: upload.path, name: upload.name }],
					mapping,
					validateOnly,
					skipInvalid,
					createMissingCustomers,
					rejectsPath: rejectsPath(uploadId),
					onProgress
				});
				await auditImport(db, manager.id, { id: uploadId, name: upload.name }, summary);
				send({
					type: 'summary',
					summary: {
						...summary,
						rejectsFile: summary.rejectsFile ? `/importar/rejeitadas/${uploadId}` : null
					}
				});
			} catch (e) {
				// Class and code only: the message can carry a row of the file (names, notes).
				logEvent({
					event: 'import_failed',
					door: 'web',
					userId: manager.id,
					input: { uploadId },
					error: e
				});
				send({
					type: 'error',
					message: `A importação falhou: ${(e as Error).message}. Nada foi gravado.`
				});
			} finally {
				if (open) controller.close();
			}
		}
	});
	return new Response(stream, {
		headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' }
	});
};
