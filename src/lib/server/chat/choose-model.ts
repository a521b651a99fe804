/**
 * Which language model the chat talks to, from the environment (config.ts):
 *
 * 1. `LLM_BASE_URL` (+ `LLM_MODEL`, optional `LLM_API_KEY`): any OpenAI-compatible server
 *    (Ollama, vLLM, LM Studio…) through `createOpenAI({ baseURL, apiKey }).chat(model)`.
 * 2. `OPENAI_API_KEY`: OpenAI, `LLM_MODEL` or gpt-4o-mini (cheap, good at tool calling).
 * 3. Nothing: Giro's offline model (no network, no download; see offline-model/).
 *
 * Both remote paths use `.chat()` — `/v1/chat/completions` — rather than the Responses API
 * that `openai(model)` calls: it is what every compatible server speaks, so OpenAI and a local
 * server go through the same, tested code (tests/chat/openai-compatible.test.ts).
 * The label is for the UI: which model answered; the id is what a saved conversation records
 * ("offline", "openai:gpt-4o-mini", "compatible:llama3.1").
 */
import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModel } from 'ai';
import type { Env } from '../config.ts';
import { OfflineModel } from './offline-model/offline-model.ts';

export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';
export const OFFLINE_LABEL = 'Modelo offline do Giro';

export interface ChosenModel {
	model: LanguageModel;
	/** Stable id for records: `offline`, `openai:<model>` or `compatible:<model>`. */
	id: string;
	label: string;
	kind: 'offline' | 'openai' | 'compatible';
}

type LlmEnv = Pick<Env, 'LLM_BASE_URL' | 'LLM_MODEL' | 'LLM_API_KEY' | 'OPENAI_API_KEY'>;

export function chooseModel(env: LlmEnv, options: { today?: () => string } = {}): ChosenModel {
	if (env.LLM_BASE_URL) {
		if (!env.LLM_MODEL)
			throw new Error(
				'LLM_BASE_URL está definido, mas falta LLM_MODEL (o nome do modelo no servidor, ex.: llama3.1).'
			);
		const provider = createOpenAI({
			baseURL: env.LLM_BASE_URL,
			// Local servers usually ignore the key, but the client sends one.
			apiKey: env.LLM_API_KEY ?? env.OPENAI_API_KEY ?? 'sem-chave',
			name: 'compatible'
		});
		return {
			model: provider.chat(env.LLM_MODEL),
			id: `compatible:${env.LLM_MODEL}`,
			label: `${env.LLM_MODEL} em ${env.LLM_BASE_URL}`,
			kind: 'compatible'
		};
	}
	if (env.OPENAI_API_KEY) {
		const name = env.LLM_MODEL ?? DEFAULT_OPENAI_MODEL;
		return {
			model: createOpenAI({ apiKey: env.OPENAI_API_KEY }).chat(name),
			id: `openai:${name}`,
			label: `OpenAI ${name}`,
			kind: 'openai'
		};
	}
	return {
		model: new OfflineModel(options),
		id: 'offline',
		label: OFFLINE_LABEL,
		kind: 'offline'
	};
}
