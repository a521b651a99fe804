/**
 * Fills `interaction_embeddings` (ensure-vector.ts): for given interactions, for the ones that
 * have no vector ("missing"), or for the ones whose vector came from another model than the
 * configured embedder ("stale", which also includes the missing ones). Works in batches of the
 * embedder's size, each batch one upsert, reporting progress after each; a failed batch stops
 * the run with what was done kept (running it again continues where it stopped).
 *
 * Bulk runs (more than BULK_REBUILD rows, e.g. the demo's 22k) drop the HNSW index first and
 * build it once at the end: inserting into a live HNSW index is ~5× slower on PGlite (measured:
 * 22,645 local vectors in 51 s with the index, 7 s + 7 s build without). Searches meanwhile
 * scan exactly, which is what they do on filtered sets anyway (search-interactions.ts).
 *
 * Without pgvector there is nothing to fill: it returns `{ skipped: 'no_vector' }`.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase, Orm } from '../../db/client.ts';
import { EMBEDDING_DIMENSIONS } from '../../db/ensure-vector.ts';
import { interactionText, type Embedder } from './embedder.ts';

/** Above this many rows to embed, the index is rebuilt once instead of updated per row. */
export const BULK_REBUILD = 5_000;

export type EmbedTarget = readonly number[] | 'missing' | 'stale';

export interface EmbedProgress {
	done: number;
	total: number;
}

export interface EmbedResult {
	embedded: number;
	total: number;
	skipped?: 'no_vector';
}

/** pgvector's text form, 4 significant digits (plenty for cosine; fewer bytes to send and parse). */
export function vectorLiteral(vector: readonly number[]): string {
	if (vector.length !== EMBEDDING_DIMENSIONS)
		throw new Error(
			`O modelo de embedding devolveu ${vector.length} dimensões; o Giro guarda ${EMBEDDING_DIMENSIONS}. ` +
				'Use um modelo que aceite o parâmetro dimensions (ex.: text-embedding-3-small).'
		);
	return `[${vector.map((x) => (Number.isFinite(x) ? Number(x.toPrecision(4)) : 0)).join(',')}]`;
}

async function targetIds(db: GiroDatabase, target: EmbedTarget, model: string): Promise<number[]> {
	if (Array.isArray(target)) return [...target];
	const condition =
		target === 'missing' ? sql`e.interaction_id is null` : sql`e.model is distinct from ${model}`;
	const rows = await db.rows<{ id: number }>(sql`
		select i.id from interactions i
		left join interaction_embeddings e on e.interaction_id = i.id
		where ${condition} order by i.id`);
	return rows.map((r) => r.id);
}

/** Writes one batch's vectors (upsert: a re-embedded row gets the new model and vector). */
export async function storeEmbeddings(
	orm: Orm,
	model: string,
	rows: readonly { id: number; vector: readonly number[] }[]
): Promise<void> {
	if (rows.length === 0) return;
	const values = rows.map((r) => sql`(${r.id}, ${model}, ${vectorLiteral(r.vector)}::vector)`);
	await orm.execute(sql`
		insert into interaction_embeddings (interaction_id, model, embedding)
		values ${sql.join(values, sql`, `)}
		on conflict (interaction_id) do update
			set model = excluded.model, embedding = excluded.embedding, created_at = now()`);
}

/** Embeds interactions with `embedder`, batch by batch (see the header for `target`). */
export async function embedInteractions(
	db: GiroDatabase,
	target: EmbedTarget,
	embedder: Embedder,
	onProgress: (progress: EmbedProgress) => void = () => {}
): Promise<EmbedResult> {
	if (!db.vector) return { embedded: 0, total: 0, skipped: 'no_vector' };
	const ids = await targetIds(db, target, embedder.model);
	onProgress({ done: 0, total: ids.length });
	const bulk = ids.length > BULK_REBUILD;
	if (bulk) await db.rows(sql`drop index if exists interaction_embeddings_hnsw_idx`);
	try {
		return { embedded: await embedBatches(db, ids, embedder, onProgress), total: ids.length };
	} finally {
		if (bulk)
			await db.rows(sql`create index if not exists interaction_embeddings_hnsw_idx
				on interaction_embeddings using hnsw (embedding vector_cosine_ops)`);
	}
}

async function embedBatches(
	db: GiroDatabase,
	ids: readonly number[],
	embedder: Embedder,
	onProgress: (progress: EmbedProgress) => void
): Promise<number> {
	let done = 0;
	for (let start = 0; start < ids.length; start += embedder.batchSize) {
		const batch = ids.slice(start, start + embedder.batchSize);
		const rows = await db.rows<{ id: number; summary: string; notes: string | null }>(sql`
			select id, summary, notes from interactions
			where id in (${sql.join(
				batch.map((id) => sql`${id}`),
				sql`, `
			)}) order by id`);
		const vectors = await embedder.embed(rows.map(interactionText));
		await storeEmbeddings(
			db.orm,
			embedder.model,
			rows.map((r, i) => ({ id: r.id, vector: vectors[i] }))
		);
		done += batch.length;
		onProgress({ done, total: ids.length });
	}
	return done;
}
