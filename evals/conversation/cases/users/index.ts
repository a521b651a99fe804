/**
 * The users' cases (issue #14): written as reps and managers type, before any rule was tuned
 * for them, and split in two halves by a stable hash of what is said (splitOf): rules are tuned
 * on `dev` only; `held_out` is judged by its aggregate score alone — its failures are never
 * printed (report/markdown.ts, report/write-results.ts).
 */
import { createHash } from 'node:crypto';
import type { CaseSet, ConversationCase } from '../../case-types.ts';
import type { Entities } from '../../entities.ts';
import { GREETINGS, REFINEMENTS, UNSUPPORTED } from './conversations.ts';
import { MANAGER_FILTERS, MANAGER_PERIODS, MANAGER_RANKINGS, MANAGER_SALES } from './manager.ts';
import { REP_CUSTOMERS, REP_DAY } from './rep.ts';

export const USER_CASES: ConversationCase[] = [
	...MANAGER_FILTERS,
	...MANAGER_PERIODS,
	...MANAGER_RANKINGS,
	...MANAGER_SALES,
	...REP_DAY,
	...REP_CUSTOMERS,
	...REFINEMENTS,
	...GREETINGS,
	...UNSUPPORTED
];

const USER_IDS = new Set(USER_CASES.map((c) => c.id));

/**
 * `old` for the first 100; for a users' case, the parity of the first byte of the SHA-1 of
 * everything the person says in it (names resolved from the demo, so the same on every run):
 * even → dev, odd → held_out.
 */
export function splitOf(c: ConversationCase, e: Entities): CaseSet {
	if (!USER_IDS.has(c.id)) return 'old';
	const text = c
		.turns(e)
		.map((t) => t.say)
		.join('\n');
	return createHash('sha1').update(text).digest()[0] % 2 === 0 ? 'dev' : 'held_out';
}
