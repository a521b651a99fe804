/**
 * What the chat components read from a tool part: the AI SDK tool UI part as the browser
 * holds it, and the `{ ok, structured, summary }` outcome every Giro tool returns (run-tool.ts).
 * Field names of each tool's `structured` are those of its zod output schema in
 * `src/lib/server/tools/**`; the components read only the fields they show.
 */
export type ToolOutcome =
	| { ok: true; summary: string; structured: Record<string, unknown> }
	| { ok: false; code?: string; message: string };

export interface ToolPartView {
	type: string;
	toolCallId?: string;
	state: string;
	input?: Record<string, unknown>;
	output?: ToolOutcome;
	errorText?: string;
	approval?: { id: string; approved?: boolean; reason?: string };
}

export type RiskState = 'prospect' | 'new' | 'active' | 'at_risk' | 'inactive';

/** Tools whose result is written data (the follow-up and interaction cards). */
export const WRITE_TITLES: Record<string, string> = {
	schedule_follow_up: 'Agendar follow-up',
	complete_follow_up: 'Concluir follow-up',
	log_interaction: 'Registrar interação',
	reschedule_follow_up: 'Remarcar follow-up',
	cancel_follow_up: 'Cancelar follow-up'
};
