/**
 * Which model the conversation evals talk to. Without `--model`: Giro's offline model (what CI
 * runs). With `--model <name>`: that model on the configured OpenAI-compatible server
 * (`LLM_BASE_URL`, key `LLM_API_KEY`), else on OpenAI (`OPENAI_API_KEY`), always through the
 * chat-completions path the app uses and through the response cache.
 */
import { createOpenAI } from '@ai-sdk/openai';
import type { LanguageModel } from 'ai';
import { OfflineModel } from '#lib/server/chat/offline-model/offline-model.ts';
import { cachingFetch, type CacheStats } from './response-cache.ts';

export interface EvalModel {
	model: LanguageModel;
	/** For the report: "offline", "gpt-4o-mini em OpenAI", "llama3.1 em http://…". */
	label: string;
	offline: boolean;
	cache?: CacheStats;
}

export interface ModelEnv {
	LLM_BASE_URL?: string;
	LLM_API_KEY?: string;
	OPENAI_API_KEY?: string;
}

export function evalModel(name: string | undefined, env: ModelEnv, cacheDir: string): EvalModel {
	if (!name) return { model: new OfflineModel(), label: 'offline', offline: true };
	const stats: CacheStats = { hits: 0, misses: 0 };
	const fetch = cachingFetch(cacheDir, stats);
	if (env.LLM_BASE_URL) {
		const provider = createOpenAI({
			baseURL: env.LLM_BASE_URL,
			apiKey: env.LLM_API_KEY ?? env.OPENAI_API_KEY ?? 'sem-chave',
			name: 'compatible',
			fetch
		});
		return {
			model: provider.chat(name),
			label: `${name} em ${env.LLM_BASE_URL}`,
			offline: false,
			cache: stats
		};
	}
	if (env.OPENAI_API_KEY)
		return {
			model: createOpenAI({ apiKey: env.OPENAI_API_KEY, fetch }).chat(name),
			label: `${name} em OpenAI`,
			offline: false,
			cache: stats
		};
	throw new Error(
		`--model ${name}: defina LLM_BASE_URL (servidor compatível com OpenAI, ex.: http://localhost:11434/v1) ou OPENAI_API_KEY.`
	);
}
