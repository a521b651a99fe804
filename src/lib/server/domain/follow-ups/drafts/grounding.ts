/**
 * The grounding check of every draft (issue #7: "every fact in the draft is in the context —
 * nothing invented"). It extracts what can be a fact from a draft — money (`R$ 1.234,56`),
 * dates (`dd/mm/aaaa`, `dd/mm`), numbers, and capitalised words (proper names, products,
 * acronyms) — and returns those that the context does not hold (`draftFacts`). Used by the
 * tests on every template and by the model path, which falls back to the template when a
 * model's draft has any ungrounded fact.
 *
 * Limits, on purpose simple and strict: a capitalised word counts unless it is an ordinary
 * word (`common-words.ts`); numbers written out in words ("três") are not checked.
 */
import { COMMON_WORDS, fold } from './common-words.ts';
import type { DraftContext } from './draft-context.ts';
import { draftFacts } from './draft-facts.ts';

const MONEY = /R\$\s?\d{1,3}(?:\.\d{3})*(?:,\d{2})?/g;
const DATE = /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g;
const NUMBER = /\d+(?:[.,]\d+)*/g;

const squash = (text: string) => text.replace(/\s+/g, ' ');

/** Facts of `draft` that are not in `context`, in the order they appear (no repeats). */
export function ungroundedFacts(draft: string, context: DraftContext): string[] {
	return ungroundedAgainst(draft, draftFacts(context));
}

/** The same check against a list of allowed strings. */
export function ungroundedAgainst(draft: string, facts: readonly string[]): string[] {
	const factText = squash(facts.join('\n'));
	const folded = fold(factText);
	const factWords = new Set(folded.split(/[^\p{L}\p{M}'’-]+/u).filter(Boolean));
	const factMoney = new Set(factText.match(MONEY) ?? []);
	const factDates: string[] = factText.match(DATE) ?? [];
	// Numbers inside money and dates only count as money and dates.
	const factNumbers = new Set(factText.replace(MONEY, ' ').replace(DATE, ' ').match(NUMBER) ?? []);
	const found: string[] = [];
	const report = (fact: string) => {
		if (!found.includes(fact)) found.push(fact);
	};

	let rest = squash(draft);
	rest = rest.replace(MONEY, (money) => {
		if (!factMoney.has(money.replace(/R\$\s?/, 'R$ '))) report(money);
		return ' ';
	});
	rest = rest.replace(DATE, (date) => {
		// A fraction in a product name ("3/8", "1/4") is known as it is written.
		const known = factDates.includes(date) || (date.split('/').length === 2 && partialDate(date));
		if (!known) report(date);
		return ' ';
	});
	rest = rest.replace(NUMBER, (n) => {
		if (!factNumbers.has(n)) report(n);
		return ' ';
	});
	for (const phrase of capitalisedPhrases(rest)) {
		if (folded.includes(fold(phrase))) continue;
		for (const word of phrase.split(' ')) {
			const w = fold(word).replace(/[’']s$/, '');
			if (/^(?:de|da|do|dos|das|e)$/.test(w)) continue;
			if (!COMMON_WORDS.has(w) && !factWords.has(w)) report(word);
		}
	}
	return found;

	function partialDate(date: string): boolean {
		const [d, m] = date.split('/').map((p) => p.padStart(2, '0'));
		return factDates.some((f) => f.startsWith(`${d}/${m}/`));
	}
}

/** Runs of capitalised words ("Mercado Bom Preço", "Arroz"), joined by de/da/do/e. */
function capitalisedPhrases(text: string): string[] {
	const phrases: string[] = [];
	const words = text.split(/[^\p{L}\p{M}'’-]+/u).filter(Boolean);
	let current: string[] = [];
	const flush = () => {
		while (current.length && /^(?:de|da|do|dos|das|e)$/.test(current.at(-1)!)) current.pop();
		if (current.length) phrases.push(current.join(' '));
		current = [];
	};
	for (const word of words) {
		if (/^\p{Lu}/u.test(word)) current.push(word.replace(/^[-'’]+|[-'’]+$/g, ''));
		else if (current.length && /^(?:de|da|do|dos|das|e)$/.test(word)) current.push(word);
		else flush();
	}
	flush();
	return phrases;
}
