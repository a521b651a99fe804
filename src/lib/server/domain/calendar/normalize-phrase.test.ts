import { describe, expect, it } from 'vitest';
import { withinOneEdit } from '#lib/server/domain/calendar/edit-distance.ts';
import {
	correctDateTypos,
	normalizePhraseText
} from '#lib/server/domain/calendar/normalize-phrase.ts';

describe('withinOneEdit (Damerau–Levenshtein ≤ 1)', () => {
	it.each([
		['quinta', 'quinta', true],
		['quinat', 'quinta', true], // swap
		['qinta', 'quinta', true], // deletion
		['quuinta', 'quinta', true], // insertion
		['quintä', 'quinta', true], // substitution
		['quniat', 'quinta', false],
		['quin', 'quinta', false],
		['', 'a', true],
		['ab', 'ba', true],
		['abc', 'cba', false]
	])('%s ~ %s → %s', (a, b, expected) => {
		expect(withinOneEdit(a, b)).toBe(expected);
		expect(withinOneEdit(b, a)).toBe(expected);
	});
});

describe('normalizePhraseText', () => {
	it('lowercases, strips accents and punctuation, keeps / and -', () => {
		expect(normalizePhraseText('  Terça-Feira, às 10h!  ')).toBe('terca-feira as 10h');
		expect(normalizePhraseText('AMANHÃ   de MANHÃ')).toBe('amanha de manha');
		expect(normalizePhraseText('2ª-feira dia 05/12')).toBe('2a-feira dia 05/12');
		expect(normalizePhraseText('Março; 1º de maio')).toBe('marco 1o de maio');
	});
});

describe('correctDateTypos', () => {
	it('fixes one typo in a date word of 5+ letters', () => {
		expect(correctDateTypos('liga quinat')).toBe('liga quinta');
		expect(correctDateTypos('sgunda-feira')).toBe('segunda-feira');
		expect(correctDateTypos('setmbro')).toBe('setembro');
	});

	it('leaves real words and short words alone', () => {
		expect(correctDateTypos('de manha')).toBe('de manha');
		expect(correctDateTypos('o segundo quarto')).toBe('o segundo quarto');
		expect(correctDateTypos('marca junto abrir gosto')).toBe('marca junto abrir gosto');
		expect(correctDateTypos('tera')).toBe('tera');
	});
});
