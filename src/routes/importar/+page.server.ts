import { entityCatalogue } from '#lib/server/import/preview.ts';
import { CHUNK_BYTES } from '#lib/server/import/uploads.ts';
import { requireManager } from '#lib/server/auth/route-guard.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	requireManager(locals);
	return {
		entities: entityCatalogue(),
		chunkBytes: CHUNK_BYTES
	};
};
