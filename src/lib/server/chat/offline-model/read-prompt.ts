/**
 * What the offline model reads from the prompt the AI SDK gives it: the last user message, the
 * tool calls and results after it (this turn), every earlier turn (what the person typed and
 * the tools that ran, with their inputs and outputs: the conversation's memory), and the
 * system prompt (today's date, the team's reps).
 */
import type { LanguageModelV4Prompt } from '@ai-sdk/provider';
import type { GiroToolTypes, ToolName } from '#lib/server/tools/registry.ts';

/** A tool result as the offline model reads it from the prompt. */
export type ToolOutput =
	| { ok: true; summary: string; structured: Record<string, unknown> }
	| { ok: false; message: string; denied?: boolean };

export interface ToolRun {
	toolName: string;
	input: Record<string, unknown>;
	output: ToolOutput;
}

/**
 * The structured result of a successful run, typed by the tool's output schema. The results in
 * the prompt are those the chat's tools returned (chat-tools.ts → runTool, which checked them
 * against the output schema), so this is where their type is taken back.
 */
export function outputOf<K extends ToolName>(
	run: ToolRun | undefined,
	name: K
): GiroToolTypes[K]['output'] | null {
	if (!run || run.toolName !== name || !run.output.ok) return null;
	return run.output.structured as GiroToolTypes[K]['output'];
}

export interface Turn {
	userText: string;
	/** Tool calls that got a result, in order. */
	runs: ToolRun[];
}

export interface PromptState {
	userText: string;
	/** Tool results after the last user message, in order. */
	results: ToolRun[];
	/** Earlier turns, oldest first. */
	history: Turn[];
	system: string;
}

export function readPrompt(prompt: LanguageModelV4Prompt): PromptState {
	const turns: Turn[] = [];
	const inputs = new Map<string, { toolName: string; input: Record<string, unknown> }>();
	for (const m of prompt) {
		if (m.role === 'system') continue;
		if (m.role === 'user') {
			turns.push({
				userText: (m.content as { type: string; text?: string }[])
					.filter((p) => p.type === 'text')
					.map((p) => p.text)
					.join('\n'),
				runs: []
			});
			continue;
		}
		for (const part of m.content as unknown as Record<string, unknown>[]) {
			if (part.type === 'tool-call')
				inputs.set(String(part.toolCallId), {
					toolName: String(part.toolName),
					input: parseInput(part.input)
				});
			if (part.type === 'tool-result') {
				const call = inputs.get(String(part.toolCallId));
				turns.at(-1)?.runs.push({
					toolName: String(part.toolName),
					input: call?.input ?? {},
					output: readOutput(part.output as { type: string; value?: unknown; reason?: string })
				});
			}
		}
	}
	const current = turns.pop() ?? { userText: '', runs: [] };
	const system = prompt
		.filter((m) => m.role === 'system')
		.map((m) => m.content as string)
		.join('\n');
	return { userText: current.userText, results: current.runs, history: turns, system };
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

/** The team's reps the system prompt lists as "Nome Sobrenome (repId 3)" (managers only). */
export function readTeam(system: string): { id: number; name: string }[] {
	return [...system.matchAll(/([A-ZÀ-Ú][\p{L} ]+?) \(repId (\d+)\)/gu)].map((m) => ({
		id: Number(m[2]),
		name: m[1].trim()
	}));
}
