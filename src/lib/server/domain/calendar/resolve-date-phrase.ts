/**
 * Finds the date a rep meant in a pt-BR sentence, relative to a given today.
 *
 * Rule (SPEC.md, "Follow-up cadence" and "Language"): follow-ups are
 * scheduled and queried in Brazilian Portuguese, and "today" is always
 * passed in (America/Sao_Paulo, see `todayInSaoPaulo`). The phrase may sit
 * inside a longer sentence ("agenda um retorno pra quinta de manhã").
 *
 * When several phrases appear, the first one in the text wins; at the same
 * position the longest ("quinta que vem" over "quinta"). A phrase right
 * after "não"/"nem" (one word may sit between: "não liga hoje"), or right
 * before "não" ("hoje não dá"), is only used when nothing else was found. Returns null when nothing is recognised.
 */

import { toDateParts, type IsoDate } from '#lib/server/domain/calendar/iso-date.ts';
import { PHRASE_RULES, type PhraseRule } from '#lib/server/domain/calendar/date-phrase-rules.ts';
import {
	correctDateTypos,
	normalizePhraseText
} from '#lib/server/domain/calendar/normalize-phrase.ts';
import type { DatePhraseResult } from '#lib/server/domain/calendar/date-phrase-result.ts';

export type {
	DatePhraseResult,
	DateRange
} from '#lib/server/domain/calendar/date-phrase-result.ts';

/** Longer texts are cut: a date phrase is looked for in the first part only. */
const MAX_TEXT_LENGTH = 2_000;

const COMPILED_RULES = PHRASE_RULES.map((rule, order) => ({
	rule,
	order,
	regex: new RegExp(`(?<![a-z0-9])(?:${rule.pattern})(?![a-z0-9])`, 'g')
}));

type Candidate = { rule: PhraseRule; order: number; match: RegExpExecArray; negated: boolean };

function isNegated(text: string, start: number, end: number): boolean {
	return (
		/(?:^| )(?:nao|nem)(?: [a-z]+)? $/.test(text.slice(0, start)) ||
		/^ nao(?: |$)/.test(text.slice(end))
	);
}

function compareCandidates(a: Candidate, b: Candidate): number {
	return (
		Number(a.negated) - Number(b.negated) ||
		a.match.index - b.match.index ||
		b.match[0].length - a.match[0].length ||
		a.order - b.order
	);
}

export function resolveDatePhrase(text: string, today: IsoDate): DatePhraseResult | null {
	toDateParts(today); // throws on an invalid today: that is a programming error
	const normalized = correctDateTypos(normalizePhraseText(text.slice(0, MAX_TEXT_LENGTH)));
	const candidates: Candidate[] = [];
	for (const { rule, order, regex } of COMPILED_RULES) {
		for (const match of normalized.matchAll(regex)) {
			const end = match.index + match[0].length;
			candidates.push({ rule, order, match, negated: isNegated(normalized, match.index, end) });
		}
	}
	candidates.sort(compareCandidates);
	for (const { rule, match } of candidates) {
		const result = rule.resolve(match.groups ?? {}, today);
		if (result !== null) return result;
	}
	return null;
}
