/**
 * The shapes every suite reports in: a case is a list of checks (one per scorer that applies),
 * and passes only when every check passes. Suites and categories are what the report groups by;
 * `metrics` carries the numbers behind a check (precision, recall, tokens) for the JSON history.
 */

export type SuiteName = 'tool-output' | 'conversation';

export interface Check {
	/** The scorer's name: "recall", "grounding", "tool_choice"… */
	scorer: string;
	pass: boolean;
	/** Why it failed (or what it measured), in one line. */
	detail?: string;
}

export interface CaseResult {
	suite: SuiteName;
	category: string;
	id: string;
	/** What the case asks, as a person reads it. */
	title: string;
	pass: boolean;
	checks: Check[];
	metrics?: Record<string, number>;
	/** Conversation cases: the first 100 (`old`) or a half of the users' cases (`dev`, `held_out`). */
	set?: 'old' | 'dev' | 'held_out';
	ms: number;
}

/** A check from a boolean, with the detail kept only when it helps (a failure, or a measure). */
export function check(scorer: string, pass: boolean, detail?: string): Check {
	return detail === undefined ? { scorer, pass } : { scorer, pass, detail };
}

export function caseResult(
	base: Omit<CaseResult, 'pass' | 'ms'> & { ms?: number },
	started: number
): CaseResult {
	return {
		...base,
		pass: base.checks.length > 0 && base.checks.every((c) => c.pass),
		ms: base.ms ?? Math.round(performance.now() - started)
	};
}
