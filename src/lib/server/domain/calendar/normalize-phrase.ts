/**
 * Normalising what a rep typed before looking for a date in it.
 *
 * Rule (SPEC.md, "Language"; brief for the date phrases): accept pt-BR as
 * typed in a hurry — any case, accents or none ("terça"/"terca",
 * "amanhã"/"amanha"), "2ª-feira", and one typo in a date word of 5+ letters
 * ("quinat" → "quinta"), judged by Damerau–Levenshtein distance ≤ 1.
 *
 * Typo correction only targets a short vocabulary and never touches real
 * words one edit away from it ("manhã" is not "amanhã", "segundo" is not
 * "segunda", "gosto" is not "agosto"). Short months (março, abril, maio,
 * junho, julho) are matched exactly: their neighbours ("marca", "abrir",
 * "junto") are too common in sales talk.
 */

import { withinOneEdit } from '#lib/server/domain/calendar/edit-distance.ts';
import { MONTH_WORDS, WEEKDAY_WORDS } from '#lib/server/domain/calendar/pt-br-words.ts';

const MIN_FUZZY_LENGTH = 5;

/** Words a typo may be corrected to. */
const FUZZY_VOCABULARY: readonly string[] = [
	...WEEKDAY_WORDS.map(({ word }) => word),
	...MONTH_WORDS.filter((word) => word.length >= 6),
	'amanha',
	'proxima',
	'proximo',
	'passado',
	'passada'
];

/** Real words (and a few names) one edit away from the vocabulary: left as they are. */
const NEVER_CORRECTED: ReadonlySet<string> = new Set([
	'manha', // "de manhã" (morning) ≠ "amanhã"
	'amanda',
	'segundo',
	'terra',
	'terco',
	'cerca',
	'perca',
	'quarto',
	'quanta',
	'quinto',
	'quintal',
	'sexto',
	'seita',
	'sabido',
	'domingos',
	'gosto'
]);

const VOCABULARY: ReadonlySet<string> = new Set(FUZZY_VOCABULARY);

/** Lower case, accents and marks removed, only letters, digits, "/" and "-" kept. */
export function normalizePhraseText(text: string): string {
	return text
		.normalize('NFKD') // "ª" → "a", "ç" → "c" + mark
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9/-]+/g, ' ')
		.replace(/ {2,}/g, ' ')
		.trim();
}

function correctWord(word: string): string {
	if (word.length < MIN_FUZZY_LENGTH || VOCABULARY.has(word) || NEVER_CORRECTED.has(word)) {
		return word;
	}
	const candidates = FUZZY_VOCABULARY.filter((known) => withinOneEdit(word, known));
	return candidates.length === 1 ? (candidates[0] ?? word) : word;
}

/** Replaces each word one typo away from exactly one date word by that word. */
export function correctDateTypos(normalized: string): string {
	return normalized.replace(/[a-z]+/g, correctWord);
}
