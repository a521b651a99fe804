/**
 * Giro's offline model: a LanguageModelV4 that needs no network and no download. It reads the
 * last user message (pt-BR, typos and missing accents welcome), picks a tool with the intent
 * table, finds the customer first when one is named, and — once the tool results are in the
 * prompt — answers with text and numbers copied from them. It never computes a figure.
 */
import type {
	LanguageModelV4,
	LanguageModelV4CallOptions,
	LanguageModelV4Content,
	LanguageModelV4GenerateResult,
	LanguageModelV4Prompt,
	LanguageModelV4StreamPart
} from '@ai-sdk/provider';
import { todayInSaoPaulo } from '#lib/server/domain/calendar/iso-date.ts';
import {
	answerFrom,
	customerNotFound,
	fallbackAnswer,
	outOfScopeAnswer,
	whichCustomer,
	type ToolOutput
} from './answer.ts';
import { understand } from './intents.ts';

export interface OfflineModelOptions {
	/** Business date (AAAA-MM-DD) for "hoje", "quinta"…; default: "Hoje é AAAA-MM-DD" in the system prompt, else today in São Paulo. */
	today?: () => string;
}

interface PromptState {
	userText: string;
	/** Tool results after the last user message, in order. */
	results: { toolName: string; input: Record<string, unknown>; output: ToolOutput }[];
	system: string;
}

function readPrompt(prompt: LanguageModelV4Prompt): PromptState {
	let lastUser = -1;
	prompt.forEach((m, i) => {
		if (m.role === 'user') lastUser = i;
	});
	const userText =
		lastUser < 0
			? ''
			: (prompt[lastUser].content as { type: string; text?: string }[])
					.filter((p) => p.type === 'text')
					.map((p) => p.text)
					.join('\n');
	const inputs = new Map<string, Record<string, unknown>>();
	const results: PromptState['results'] = [];
	for (const m of prompt.slice(lastUser + 1)) {
		if (m.role === 'system') continue;
		for (const part of m.content as unknown as Record<string, unknown>[]) {
			if (part.type === 'tool-call') inputs.set(String(part.toolCallId), parseInput(part.input));
			if (part.type === 'tool-result')
				results.push({
					toolName: String(part.toolName),
					input: inputs.get(String(part.toolCallId)) ?? {},
					output: readOutput(part.output as { type: string; value?: unknown; reason?: string })
				});
		}
	}
	const system = prompt
		.filter((m) => m.role === 'system')
		.map((m) => m.content as string)
		.join('\n');
	return { userText, results, system };
}

function parseInput(input: unknown): Record<string, unknown> {
	if (typeof input === 'string') {
		try {
			return JSON.parse(input);
		} catch {
			return {};
		}
	}
	return (input as Record<string, unknown>) ?? {};
}

function readOutput(output: { type: string; value?: unknown; reason?: string }): ToolOutput {
	if (output.type === 'execution-denied')
		return { ok: false, denied: true, message: output.reason ?? 'negado' };
	let value = output.value;
	if (output.type === 'text' || output.type === 'error-text') {
		try {
			value = JSON.parse(String(value));
		} catch {
			return { ok: false, message: String(value) };
		}
	}
	const v = value as Record<string, unknown> | null;
	if (v && v.ok === true && typeof v.summary === 'string')
		return {
			ok: true,
			summary: v.summary,
			structured: (v.structured ?? {}) as Record<string, unknown>
		};
	if (v && typeof v.message === 'string') return { ok: false, message: v.message };
	return { ok: false, message: JSON.stringify(value) };
}

type Step = { toolName: string; input: Record<string, unknown> } | { text: string };

/** What the model does next, given the prompt: call a tool or answer. */
export function decide(prompt: LanguageModelV4Prompt, today: string): Step {
	const state = readPrompt(prompt);
	const understood = understand(state.userText, today);
	const last = state.results.at(-1);
	if (!understood) return { text: fallbackAnswer() };
	const { intent, args, customerQuery } = understood;
	if (intent.tool === null) return { text: outOfScopeAnswer() };

	if (!last) {
		if (intent.customer === 'required' && !customerQuery)
			return { text: 'De qual cliente? Diga o nome, o CNPJ ou o código.' };
		if (intent.customer !== 'none' && customerQuery)
			return { toolName: 'find_customers', input: { query: customerQuery } };
		return { toolName: intent.tool, input: args };
	}

	if (last.toolName === 'find_customers' && intent.tool !== 'find_customers') {
		if (!last.output.ok) return { text: answerFrom(last.toolName, last.output) };
		const s = last.output.structured as {
			candidates?: { customerId: number; name: string; city?: string | null; score: number }[];
			advice?: string;
		};
		const candidates = s.candidates ?? [];
		if (candidates.length === 0) return { text: customerNotFound(customerQuery ?? '', s.advice) };
		const [best, second] = candidates;
		const clear =
			candidates.length === 1 ||
			(best.score >= 0.9 && (!second || second.score < best.score - 0.15));
		if (!clear) return { text: whichCustomer(customerQuery ?? '', candidates) };
		return { toolName: intent.tool, input: { ...args, customerId: best.customerId } };
	}
	return { text: answerFrom(last.toolName, last.output) };
}

let counter = 0;

export class OfflineModel implements LanguageModelV4 {
	readonly specificationVersion = 'v4' as const;
	readonly provider = 'giro';
	readonly modelId = 'giro-offline';
	readonly supportedUrls = {};
	private readonly options: OfflineModelOptions;

	constructor(options: OfflineModelOptions = {}) {
		this.options = options;
	}

	private today(system: string): string {
		if (this.options.today) return this.options.today();
		const stated = system.match(/Hoje é (\d{4}-\d{2}-\d{2})/);
		return stated ? stated[1] : todayInSaoPaulo(new Date());
	}

	private content(options: LanguageModelV4CallOptions): LanguageModelV4Content[] {
		const system = options.prompt
			.filter((m) => m.role === 'system')
			.map((m) => m.content as string)
			.join('\n');
		const step = decide(options.prompt, this.today(system));
		if ('text' in step) return [{ type: 'text', text: step.text }];
		return [
			{
				type: 'tool-call',
				toolCallId: `giro-${Date.now().toString(36)}-${++counter}`,
				toolName: step.toolName,
				input: JSON.stringify(step.input)
			}
		];
	}

	async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
		const content = this.content(options);
		return {
			content,
			finishReason: finish(content),
			usage: USAGE,
			warnings: []
		};
	}

	async doStream(options: LanguageModelV4CallOptions) {
		const content = this.content(options);
		const parts: LanguageModelV4StreamPart[] = [{ type: 'stream-start', warnings: [] }];
		for (const c of content) {
			if (c.type === 'text') {
				parts.push({ type: 'text-start', id: 't0' });
				for (const chunk of c.text.match(/[^\n]*\n?/g)!.filter(Boolean))
					parts.push({ type: 'text-delta', id: 't0', delta: chunk });
				parts.push({ type: 'text-end', id: 't0' });
			} else if (c.type === 'tool-call') parts.push(c);
		}
		parts.push({ type: 'finish', usage: USAGE, finishReason: finish(content) });
		const stream = new ReadableStream<LanguageModelV4StreamPart>({
			start(controller) {
				for (const p of parts) controller.enqueue(p);
				controller.close();
			}
		});
		return { stream };
	}
}

const USAGE = {
	inputTokens: { total: 0, noCache: 0, cacheRead: 0, cacheWrite: 0 },
	outputTokens: { total: 0, text: 0, reasoning: 0 }
};

function finish(content: LanguageModelV4Content[]) {
	return content.some((c) => c.type === 'tool-call')
		? { unified: 'tool-calls' as const, raw: 'tool-calls' }
		: { unified: 'stop' as const, raw: 'stop' };
}
