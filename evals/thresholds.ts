/**
 * What `npm run eval` (and so CI) requires. Tool outputs and grounding admit no failure. The
 * conversation threshold is the goal, 0.90: the offline model (deterministic) started
 * at 58 of 100 cases and reached the goal with turn memory and the intents it lacked, so a
 * change that drops it below 90% fails CI. Override for one run with `--min-conversation 0.8`
 * or GIRO_EVAL_MIN_CONVERSATION=0.8.
 */
export const CONVERSATION_GOAL = 0.9;
export const CONVERSATION_MIN = 0.9;

export interface Thresholds {
	/** Share of tool-output cases that must pass. */
	toolOutput: number;
	/** Share of conversation cases whose every turn is grounded. */
	grounding: number;
	/** Share of the first 100 conversation cases that must pass. */
	conversation: number;
	/** Share of the users' cases (issue #14) that must pass: the half rules are tuned on… */
	dev: number;
	/** …and the half never looked at (only its score). */
	heldOut: number;
	/** Most filters any run may drop silently (neither applied nor named), over every case. */
	maxDroppedFilters: number;
}

/**
 * The issue's goals for the users' cases, and what CI holds: the goals for both halves were
 * reached (dev 98,8%, held-out 90,3% on 2026-12-08); one filter is still dropped silently in
 * the held-out half (goal 0) — CI holds that count at what was reached, never above it.
 */
export const USERS_GOAL = { dev: 0.95, heldOut: 0.85, maxDroppedFilters: 0 };
export const USERS_MIN = { dev: 0.95, heldOut: 0.85, maxDroppedFilters: 1 };

export function thresholds(override?: number): Thresholds {
	const fromEnv = process.env.GIRO_EVAL_MIN_CONVERSATION;
	const conversation = override ?? (fromEnv ? Number(fromEnv) : CONVERSATION_MIN);
	if (!(conversation >= 0 && conversation <= 1))
		throw new Error(
			`limite de conversa inválido: ${conversation}. Use um número entre 0 e 1, ex.: 0.9`
		);
	return { toolOutput: 1, grounding: 1, conversation, ...USERS_MIN };
}
