/**
 * Facts: the answer contains every expected fact (a phrase, compared without accents, case or
 * extra spaces; or a regular expression on that plain text) and none of the forbidden ones —
 * e.g. another rep's customer that must not leak, or "agendado" before an approval.
 */
import { check, type Check } from '../core/types.ts';
import { plain } from './normalize-text.ts';

export type Fact = string | RegExp;

function present(answer: string, fact: Fact): boolean {
	return typeof fact === 'string' ? answer.includes(plain(fact)) : fact.test(answer);
}

const show = (fact: Fact) => {
	const text = typeof fact === 'string' ? `"${fact}"` : String(fact);
	return text.length > 80 ? `${text.slice(0, 77)}…` : text;
};

export function scoreFacts(answer: string, facts: readonly Fact[]): Check {
	const text = plain(answer);
	const missing = facts.filter((f) => !present(text, f));
	return check(
		'facts',
		missing.length === 0,
		missing.length ? `faltou ${missing.map(show).join(', ')}` : undefined
	);
}

export function scoreForbiddenFacts(answer: string, forbidden: readonly Fact[]): Check {
	const text = plain(answer);
	const found = forbidden.filter((f) => present(text, f));
	return check(
		'must_not',
		found.length === 0,
		found.length ? `não devia dizer ${found.map(show).join(', ')}` : undefined
	);
}
