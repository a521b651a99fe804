/**
 * What turns interaction texts into vectors. The domain only knows this interface; the local
 * embedding is here, the remote one (OpenAI-compatible, through the AI SDK) lives in
 * `server/embeddings/` so the core imports no AI SDK. `model` is stored with every vector:
 * vectors of different models are never compared, and `npm run embed` re-embeds the others.
 */
import { LOCAL_EMBEDDING_MODEL, localEmbedding } from './local-embedding.ts';

export interface Embedder {
	/** Recorded per vector, e.g. "local-ngram-v1" or "openai:text-embedding-3-small". */
	model: string;
	/** true: calls a server (slow, can fail) — writes embed after commit, not inside it. */
	remote: boolean;
	/** Texts per call that suit it. */
	batchSize: number;
	/**
	 * Cosine similarity below which a vector hit is not a hit: nearest neighbours always exist,
	 * and a note sharing nothing with the query is noise in an answer.
	 */
	minSimilarity: number;
	embed(texts: readonly string[]): Promise<number[][]>;
}

export const localEmbedder: Embedder = {
	model: LOCAL_EMBEDDING_MODEL,
	remote: false,
	batchSize: 500,
	// Measured on evals/search: notes of other topics score a median 0.03 against the query
	// (90th percentile 0.15), relevant ones a median 0.20. 0.1 drops most noise, a third of
	// the weakest relevant ones (full-text still finds many of those).
	minSimilarity: 0.1,
	embed: async (texts) => texts.map((t) => localEmbedding(t))
};

/** The text of an interaction that gets embedded (the same text full-text search indexes). */
export function interactionText(row: { summary: string; notes: string | null }): string {
	return row.notes ? `${row.summary}\n${row.notes}` : row.summary;
}
