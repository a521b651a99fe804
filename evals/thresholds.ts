/**
 * What `npm run eval` (and so CI) requires. Tool outputs and grounding admit no failure. The
 * conversation threshold is where the offline model stood when the suite was written (58 of
 * 100 cases; it is deterministic), so any change that makes its answers worse fails CI. The
 * issue's goal is 0.90: raise CONVERSATION_MIN as the offline model catches up. Override for
 * one run with `--min-conversation 0.9` or GIRO_EVAL_MIN_CONVERSATION=0.9.
 */
export const CONVERSATION_GOAL = 0.9;
export const CONVERSATION_MIN = 0.58;

export interface Thresholds {
	/** Share of tool-output cases that must pass. */
	toolOutput: number;
	/** Share of conversation cases whose every turn is grounded. */
	grounding: number;
	/** Share of conversation cases that must pass. */
	conversation: number;
}

export function thresholds(override?: number): Thresholds {
	const fromEnv = process.env.GIRO_EVAL_MIN_CONVERSATION;
	const conversation = override ?? (fromEnv ? Number(fromEnv) : CONVERSATION_MIN);
	if (!(conversation >= 0 && conversation <= 1))
		throw new Error(
			`limite de conversa inválido: ${conversation}. Use um número entre 0 e 1, ex.: 0.9`
		);
	return { toolOutput: 1, grounding: 1, conversation };
}
