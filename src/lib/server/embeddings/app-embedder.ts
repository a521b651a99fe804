/**
 * The process's embedder, chosen once from the environment (choose-embedder.ts), and the
 * embedding of interactions just written. A write never waits on, nor fails because of, a
 * remote embedding: the local embedder runs inside the write's transaction, in a savepoint
 * (microseconds, no I/O; the vector commits with the interaction, and a failure of it alone
 * is rolled back to the savepoint and logged); a remote one runs after the commit,
 * and if it fails the interaction stays without a vector — full-text still finds it — until
 * `npm run embed` fills the missing ones.
 */
import { sql } from 'drizzle-orm';
import { formatInteger } from '#lib/format.ts';
import { appEnv } from '../app-env.ts';
import { logEvent } from '../log-event.ts';
import type { GiroDatabase, Orm } from '../db/client.ts';
import {
	embedInteractions,
	storeEmbeddings
} from '../domain/interaction-search/embed-interactions.ts';
import { interactionText, type Embedder } from '../domain/interaction-search/embedder.ts';
import { chooseEmbedder } from './choose-embedder.ts';

let chosen: Embedder | undefined;

export function appEmbedder(): Embedder {
	chosen ??= chooseEmbedder(appEnv());
	return chosen;
}

/** Inside a write's transaction: stores the local vector of a new interaction (local only). */
export async function embedInTransaction(
	db: GiroDatabase,
	tx: Orm,
	embedder: Embedder,
	row: { id: number; summary: string; notes: string | null }
): Promise<void> {
	if (!db.vector || embedder.remote) return;
	try {
		const [vector] = await embedder.embed([interactionText(row)]);
		// A savepoint: a failed vector insert rolls back alone, never the interaction.
		await tx.transaction((sp) =>
			storeEmbeddings(sp as unknown as Orm, embedder.model, [{ id: row.id, vector }])
		);
	} catch (error) {
		logEvent({
			event: 'embedding_failed',
			input: { interactionId: row.id },
			error,
			detail: 'npm run embed completa os vetores que faltam'
		});
	}
}

/** After the commit: the remote vector of a new interaction; a failure is logged, not thrown. */
export async function embedAfterCommit(
	db: GiroDatabase,
	embedder: Embedder,
	ids: readonly number[]
): Promise<void> {
	if (!db.vector || !embedder.remote || ids.length === 0) return;
	try {
		await embedInteractions(db, ids, embedder);
	} catch (error) {
		logEvent({
			event: 'embedding_failed',
			input: { interactionIds: ids },
			error,
			detail: 'a busca por texto já as encontra, e npm run embed completa os vetores'
		});
	}
}

/**
 * At start (app-database.ts): brings the vectors to the configured model. With the local
 * embedder it embeds the missing and stale ones in the background (the demo's 22k in ~15 s;
 * the first-start seed does not wait for it, searches meanwhile use what is there); with a
 * remote one it only says how many are missing — calling a paid API for the whole history is
 * left to `npm run embed`.
 */
export async function catchUpEmbeddings(
	db: GiroDatabase,
	embedder: Embedder,
	log: (message: string) => void
): Promise<void> {
	if (!db.vector) return;
	let stale: number;
	try {
		[{ n: stale }] = await db.rows<{ n: number }>(sql`
			select count(*)::int as n from interactions i
			left join interaction_embeddings e on e.interaction_id = i.id
			where e.model is distinct from ${embedder.model}`);
	} catch (error) {
		log(`não consegui contar os vetores (${(error as Error).message}).`);
		return;
	}
	if (stale === 0) return;
	if (embedder.remote) {
		log(
			`${formatInteger(stale)} interações sem vetor do modelo ${embedder.model}: a busca usa o ` +
				'texto completo para elas até você rodar npm run embed.'
		);
		return;
	}
	const started = performance.now();
	log(
		`gerando os vetores de ${formatInteger(stale)} interações (${embedder.model}) em segundo plano…`
	);
	try {
		const result = await embedInteractions(db, 'stale', embedder);
		log(
			`vetores prontos: ${formatInteger(result.embedded)} em ${((performance.now() - started) / 1000).toFixed(1)} s.`
		);
	} catch (error) {
		log(`os vetores não foram gerados (${(error as Error).message}); rode npm run embed.`);
	}
}

/** After an interactions import: vectors for the interactions that have none (never throws). */
export async function embedMissingAfterImport(db: GiroDatabase, embedder: Embedder): Promise<void> {
	if (!db.vector) return;
	try {
		await embedInteractions(db, 'missing', embedder);
	} catch (error) {
		logEvent({
			event: 'embedding_failed',
			error,
			detail:
				'interações importadas; a busca por texto já as encontra, e npm run embed completa os vetores'
		});
	}
}
