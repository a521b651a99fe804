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
	embed(texts: readonly string[]): Promise<number[][]>;
}

export const localEmbedder: Embedder = {
	model: LOCAL_EMBEDDING_MODEL,
	remote: false,
	batchSize: 500,
	embed: async (texts) => texts.map((t) => localEmbedding(t))
};

/** The text of an interaction that gets embedded (the same text full-text search indexes). */
export function interactionText(row: { summary: string; notes: string | null }): string {
	return row.notes ? `${row.summary}\n${row.notes}` : row.summary;
}
