/**
 * The pt-BR words of dates — weekdays, months, small numbers — as data.
 *
 * Rule (SPEC.md, "Language" and "Follow-up cadence"): reps write dates in
 * Brazilian Portuguese. Words here are in normalised form (lower case, no
 * accents, see normalize-phrase.ts); labels keep their accents for display.
 */

import type { Weekday } from '#lib/server/domain/calendar/iso-date.ts';

type WeekdayWord = { weekday: Weekday; word: string; ordinal?: string };

/** "segunda", "segunda-feira", "2a feira" (from "2ª-feira") … "domingo". */
export const WEEKDAY_WORDS: readonly WeekdayWord[] = [
	{ weekday: 1, word: 'segunda', ordinal: '2a' },
	{ weekday: 2, word: 'terca', ordinal: '3a' },
	{ weekday: 3, word: 'quarta', ordinal: '4a' },
	{ weekday: 4, word: 'quinta', ordinal: '5a' },
	{ weekday: 5, word: 'sexta', ordinal: '6a' },
	{ weekday: 6, word: 'sabado' },
	{ weekday: 0, word: 'domingo' }
];

export const MONTH_WORDS: readonly string[] = [
	'janeiro',
	'fevereiro',
	'marco',
	'abril',
	'maio',
	'junho',
	'julho',
	'agosto',
	'setembro',
	'outubro',
	'novembro',
	'dezembro'
];

export const MONTH_LABELS: readonly string[] = MONTH_WORDS.map((word) =>
	word === 'marco' ? 'março' : word
);

/** Counts written out, as in "daqui a duas semanas" or "em três dias úteis". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
	um: 1,
	uma: 1,
	dois: 2,
	duas: 2,
	tres: 3,
	quatro: 4,
	cinco: 5,
	seis: 6,
	sete: 7,
	oito: 8,
	nove: 9,
	dez: 10,
	onze: 11,
	doze: 12,
	quinze: 15,
	vinte: 20,
	trinta: 30
};

/**
 * Words that mean "second", "fifth"… when followed by one of these nouns
 * ("segunda tentativa", "quinta vez"), so they are not weekdays there.
 */
export const ORDINAL_NOUNS: readonly string[] = [
	'vez',
	'vezes',
	'tentativa',
	'proposta',
	'reuniao',
	'visita',
	'opcao',
	'parcela',
	'via',
	'ligacao',
	'mensagem',
	'etapa',
	'rodada',
	'chance',
	'fase',
	'versao',
	'quinzena',
	'metade',
	'parte',
	'linha',
	'pagina',
	'cobranca',
	'colocada',
	'maior'
];

/** Regex source matching any weekday word (use with `weekdayFromText`). */
export const WEEKDAY_PATTERN = WEEKDAY_WORDS.map(({ word, ordinal }) =>
	ordinal ? `${word}(?:[- ]feira)?|${ordinal}[- ]?feira` : word
).join('|');

export const MONTH_PATTERN = MONTH_WORDS.join('|');

export const COUNT_PATTERN = ['\\d{1,3}', ...Object.keys(NUMBER_WORDS)].join('|');

export function weekdayFromText(text: string): Weekday | null {
	const head = text.replace(/[- ]?feira$/, '');
	const entry = WEEKDAY_WORDS.find(({ word, ordinal }) => head === word || head === ordinal);
	return entry ? entry.weekday : null;
}

/** 1–12, or null. */
export function monthFromText(text: string): number | null {
	const index = MONTH_WORDS.indexOf(text);
	return index === -1 ? null : index + 1;
}

export function countFromText(text: string): number | null {
	if (/^\d+$/.test(text)) return Number(text);
	return NUMBER_WORDS[text] ?? null;
}
