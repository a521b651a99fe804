/** Every conversation case, in the order the report lists them. */
import type { ConversationCase } from '../case-types.ts';
import { PORTFOLIO, STOPPED } from './portfolio-and-stopped.ts';
import { AMBIGUOUS, CUSTOMER, REP } from './rep-and-customer.ts';
import { INJECTION, MULTI_TURN, REFUSAL } from './refusals-injection-multi.ts';
import { DRAFT, SEARCH, WRITE } from './writes-drafts-search.ts';
import { USER_CASES } from './users/index.ts';

export const CONVERSATION_CASES: ConversationCase[] = [
	...PORTFOLIO,
	...STOPPED,
	...REP,
	...CUSTOMER,
	...AMBIGUOUS,
	...WRITE,
	...DRAFT,
	...SEARCH,
	...REFUSAL,
	...INJECTION,
	...MULTI_TURN,
	...USER_CASES
];
