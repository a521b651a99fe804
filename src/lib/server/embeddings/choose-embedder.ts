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
 * message (embed-interactions.ts) rather than stored. The AI SDK is imported on the first
 * remote call only: the tools (and the MCP server) load without it.
 */
import type { Env } from '../config.ts';
import { EMBEDDING_DIMENSIONS } from '../db/ensure-vector.ts';
import { localEmbedder, type Embedder } from '../domain/interaction-search/embedder.ts';

type EmbeddingEnv = Pick<
	Env,
	'EMBEDDING_MODEL' | 'LLM_BASE_URL' | 'LLM_API_KEY' | 'OPENAI_API_KEY'
>;

interface Remote {
	model: string;
	baseURL?: string;
	apiKey: string;
}

export function chooseEmbedder(env: EmbeddingEnv): Embedder {
	const model = env.EMBEDDING_MODEL;
	if (!model) return localEmbedder;
	if (env.LLM_BASE_URL)
		return remoteEmbedder(`compatible:${model}`, {
			model,
			baseURL: env.LLM_BASE_URL,
			// Local servers usually ignore the key, but the client sends one.
			apiKey: env.LLM_API_KEY ?? env.OPENAI_API_KEY ?? 'sem-chave'
		});
	if (env.OPENAI_API_KEY)
		return remoteEmbedder(`openai:${model}`, { model, apiKey: env.OPENAI_API_KEY });
	throw new Error(
		'EMBEDDING_MODEL está definido, mas não há onde rodá-lo: defina OPENAI_API_KEY (OpenAI) ou ' +
			'LLM_BASE_URL (um servidor compatível com OpenAI), ou apague EMBEDDING_MODEL para usar o ' +
			'embedding local.'
	);
}

function remoteEmbedder(id: string, remote: Remote): Embedder {
	return {
		model: id,
		remote: true,
		batchSize: 64,
		// text-embedding-3-*: unrelated texts land around 0.1–0.2.
		minSimilarity: 0.2,
		async embed(texts) {
			const [{ createOpenAI }, { embedMany }] = await Promise.all([
				import('@ai-sdk/openai'),
				import('ai')
			]);
			const provider = createOpenAI({
				apiKey: remote.apiKey,
				...(remote.baseURL && { baseURL: remote.baseURL, name: 'compatible' })
			});
			const { embeddings } = await embedMany({
				model: provider.embedding(remote.model),
				values: [...texts],
				dimensions: EMBEDDING_DIMENSIONS,
				maxRetries: 1
			});
			return embeddings;
		}
	};
}
