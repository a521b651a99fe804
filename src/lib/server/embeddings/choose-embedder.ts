/**
 * Which embedder the interaction search uses, from the environment (config.ts):
 *
 * 1. `EMBEDDING_MODEL` with `LLM_BASE_URL`: that OpenAI-compatible server's `/embeddings`
 *    (`LLM_API_KEY`), recorded as `compatible:<model>`.
 * 2. `EMBEDDING_MODEL` with `OPENAI_API_KEY`: OpenAI, recorded as `openai:<model>`.
 * 3. Nothing: the local `local-ngram-v1` (no network, no download; see local-embedding.ts).
 *
 * Remote embeddings go through the AI SDK's `embedMany` with `dimensions: 256` (the stored
 * size). A model that ignores `dimensions` and answers another size is refused with a clear
 * message (embed-interactions.ts) rather than stored.
 */
import { createOpenAI } from '@ai-sdk/openai';
import { embedMany } from 'ai';
import type { Env } from '../config.ts';
import { EMBEDDING_DIMENSIONS } from '../db/ensure-vector.ts';
import { localEmbedder, type Embedder } from '../domain/interaction-search/embedder.ts';

type EmbeddingEnv = Pick<
	Env,
	'EMBEDDING_MODEL' | 'LLM_BASE_URL' | 'LLM_API_KEY' | 'OPENAI_API_KEY'
>;

export function chooseEmbedder(env: EmbeddingEnv): Embedder {
	const model = env.EMBEDDING_MODEL;
	if (!model) return localEmbedder;
	if (env.LLM_BASE_URL) {
		const provider = createOpenAI({
			baseURL: env.LLM_BASE_URL,
			apiKey: env.LLM_API_KEY ?? env.OPENAI_API_KEY ?? 'sem-chave',
			name: 'compatible'
		});
		return remoteEmbedder(`compatible:${model}`, provider.embedding(model));
	}
	if (env.OPENAI_API_KEY)
		return remoteEmbedder(
			`openai:${model}`,
			createOpenAI({ apiKey: env.OPENAI_API_KEY }).embedding(model)
		);
	throw new Error(
		'EMBEDDING_MODEL está definido, mas não há onde rodá-lo: defina OPENAI_API_KEY (OpenAI) ou ' +
			'LLM_BASE_URL (um servidor compatível com OpenAI), ou apague EMBEDDING_MODEL para usar o ' +
			'embedding local.'
	);
}

function remoteEmbedder(id: string, model: Parameters<typeof embedMany>[0]['model']): Embedder {
	return {
		model: id,
		remote: true,
		batchSize: 64,
		// text-embedding-3-*: unrelated texts land around 0.1–0.2.
		minSimilarity: 0.2,
		async embed(texts) {
			const { embeddings } = await embedMany({
				model,
				values: [...texts],
				dimensions: EMBEDDING_DIMENSIONS,
				maxRetries: 1
			});
			return embeddings;
		}
	};
}
