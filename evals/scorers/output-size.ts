/**
 * Tool-output size in tokens: what a tool result costs in the model's context. No tokenizer
 * ships with the project, so the estimate is deterministic and conservative: one token per 3.5
 * characters of the JSON the model receives (pt-BR JSON runs 3.5–4.5 characters per token on
 * OpenAI's tokenizers). The tools promise pages that fit in ~2,000 tokens; the limit is 2,500
 * to leave room for the estimate's error.
 */
import { check, type Check } from '../core/types.ts';

export const MAX_OUTPUT_TOKENS = 2_500;
const CHARS_PER_TOKEN = 3.5;

export function estimateTokens(value: unknown): number {
	const text = typeof value === 'string' ? value : JSON.stringify(value ?? null);
	return Math.ceil(text.length / CHARS_PER_TOKEN);
}

export function scoreOutputSize(
	outputs: readonly { tool: string; output: unknown }[],
	maxTokens = MAX_OUTPUT_TOKENS
): { check: Check; maxTokens: number } {
	let largest = { tool: '', tokens: 0 };
	for (const { tool, output } of outputs) {
		const tokens = estimateTokens(output);
		if (tokens > largest.tokens) largest = { tool, tokens };
	}
	const ok = largest.tokens <= maxTokens;
	return {
		check: check(
			'output_tokens',
			ok,
			ok ? undefined : `${largest.tool} devolveu ~${largest.tokens} tokens (máx. ${maxTokens})`
		),
		maxTokens: largest.tokens
	};
}
