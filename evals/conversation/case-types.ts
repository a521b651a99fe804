/**
 * What a conversation case is: who asks (a rep or a manager of the demo team), one or more
 * turns as a person types them, and for each turn what must happen — the tools and their
 * arguments, the facts the answer must contain, what it must not say or do. Turns are built
 * from the resolved demo entities (entities.ts), so a case names real customers of the demo
 * portfolio without hard-coding ids.
 */
import type { AppliedFilters } from '../scorers/applied-filters.ts';
import type { ArgsExpectation } from '../scorers/arguments.ts';
import type { Fact } from '../scorers/facts.ts';
import type { RefusalKind } from '../scorers/refusal.ts';
import type { Entities } from './entities.ts';

export const CATEGORIES = [
	'portfolio',
	'stopped',
	'customer',
	'rep',
	'ambiguous',
	'write',
	'draft',
	'search',
	'refusal',
	'injection',
	'multi_turn',
	// the users' cases (cases/users/): what people asked that the first 100 did not cover
	'filters',
	'period',
	'ranking',
	'sales',
	'products',
	'refine',
	'greeting',
	'unsupported'
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Expectation {
	/** Tools in order ([] = answer without a tool). Other read-only calls in between are fine. */
	tools: string[];
	args?: ArgsExpectation;
	/** The answer must contain these (accents and case ignored) or match these patterns. */
	facts?: Fact[];
	/** The answer must not contain these. */
	mustNot?: Fact[];
	/** Giro must refuse or ask back, in this way (or in any of these ways). */
	refusal?: RefusalKind | RefusalKind[];
	/** This writing tool must be waiting for the person's approval (and nothing written). */
	approval?: string;
	/** The turn's tool outputs must contain these texts (the injected instruction reached the model). */
	outputsContain?: string[];
	/** Tools that must not be called at all. */
	forbidden?: string[];
	maxChars?: number;
	/** The filters the answer's read calls must have applied, no more and no fewer. */
	applied?: AppliedFilters;
	/** Parts of the question the answer must name as not applied ("roberto", "produto"). */
	notApplied?: Fact[];
}

export interface Turn {
	say: string;
	/** Omitted: the turn only sets up the next one (still grounded and length-checked). */
	expect?: Expectation;
}

export interface ConversationCase {
	id: string;
	category: Category;
	as: 'rep' | 'manager';
	/** Paraphrase, slang, no accents, typo…: what the case varies, for the report. */
	style?: string;
	turns: (e: Entities) => Turn[];
}

/** Which set a case belongs to: the first 100 (`old`), or a half of the users' cases. */
export type CaseSet = 'old' | 'dev' | 'held_out';
