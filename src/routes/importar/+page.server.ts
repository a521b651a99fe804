import { entityCatalogue } from '#lib/server/import/preview.ts';
import { CHUNK_BYTES } from '#lib/server/import/uploads.ts';
import type { PageServerLoad } from './$types';

// TODO(auth): managers only, once login and roles exist.
export const load: PageServerLoad = () => ({
	entities: entityCatalogue(),
	chunkBytes: CHUNK_BYTES
});
