/**
 * What the chat components read from a tool part: the AI SDK tool UI part typed by Giro's own
 * tool list, so each tool's `structured` result has the type of its zod output schema
 * (`src/lib/server/tools/**`, exported as `<ToolName>Output`). A renamed field breaks the
 * components at `npm run check`, not in the browser. Only types cross from the server here.
 */
import type { ToolUIPart } from 'ai';
import type { GiroToolTypes, ToolName } from '#lib/server/tools/registry.ts';

/** The `{ ok, structured, summary }` outcome every Giro tool returns (run-tool.ts). */
export type ToolOutcome<S = Record<string, unknown>> =
	{ ok: true; summary: string; structured: S } | { ok: false; code?: string; message: string };

/** Each tool as the chat's UI parts carry it: its call input and its outcome. */
export type GiroUITools = {
	[K in ToolName]: {
		input: GiroToolTypes[K]['callInput'];
		output: ToolOutcome<GiroToolTypes[K]['output']>;
	};
};

/** One tool part of a chat message, discriminated by `type` (`tool-<name>`) and `state`. */
export type GiroToolPart = ToolUIPart<GiroUITools>;

/**
 * A message part as a Giro tool part. The parts arrive as JSON from /api/chat, built by the
 * chat from the same registry (chat-tools.ts), so their shape is the registry's; the SDK's
 * svelte package bundles its own copy of `ai`, whose part type is the same shape by another name.
 */
export function asToolPart(part: { type: string }): GiroToolPart | null {
	return part.type.startsWith('tool-') ? (part as GiroToolPart) : null;
}

/** The structured result of a successful call, or null (pending, failed or denied). */
export function structuredOf<S>(output: ToolOutcome<S> | undefined): S | null {
	return output?.ok ? output.structured : null;
}

export type RiskState = 'prospect' | 'new' | 'active' | 'at_risk' | 'inactive';

/** Tools whose result is written data (the follow-up and interaction cards). */
export const WRITE_TITLES: Record<string, string> = {
	schedule_follow_up: 'Agendar follow-up',
	complete_follow_up: 'Concluir follow-up',
	log_interaction: 'Registrar interação'
};
