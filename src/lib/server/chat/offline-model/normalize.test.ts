import { describe, expect, test } from 'vitest';
import { fixTypo, lightNormalize, normalize, oneEditApart } from './normalize.ts';

describe('normalize', () => {
	test('lower case, no accents, no punctuation', () => {
		expect(normalize('Como está a Carteira?!')).toBe('como esta a carteira');
		expect(normalize('Açougue   São-José')).toBe('acougue sao jose');
	});

	test('lightNormalize keeps every position of the original', () => {
		const original = 'Histórico do Açougue Central 🥩!';
		const light = lightNormalize(original);
		expect(light.length).toBe(original.length);
		expect(original.slice(light.indexOf('acougue'), light.indexOf('acougue') + 15)).toBe(
			'Açougue Central'
		);
	});

	test('one-letter typos become the vocabulary word', () => {
		expect(normalize('como ta a cartera')).toBe('como ta a carteira');
		expect(normalize('mes pasado')).toBe('mes passado');
		expect(normalize('quem pararm')).toBe('quem pararam');
		expect(normalize('historcio')).toBe('historico');
		expect(normalize('meus folow ups')).toBe('meus follow up');
		expect(normalize('followups')).toBe('follow up');
	});

	test('real words near a vocabulary word are kept', () => {
		expect(fixTypo('pedido')).toBe('pedido');
		expect(fixTypo('casa')).toBe('casa');
		expect(fixTypo('oi')).toBe('oi');
	});

	test('chat slang is spelled out', () => {
		expect(normalize('oq eu faço hj')).toBe('o que eu faco hoje');
		expect(normalize('qm sumiu')).toBe('quem sumiu');
	});

	test('oneEditApart: substitution, insertion, deletion, swap', () => {
		expect(oneEditApart('risco', 'rizco')).toBe(true);
		expect(oneEditApart('risco', 'riscos')).toBe(true);
		expect(oneEditApart('risco', 'rsco')).toBe(true);
		expect(oneEditApart('risco', 'rsico')).toBe(true);
		expect(oneEditApart('risco', 'risco')).toBe(false);
		expect(oneEditApart('risco', 'rasca')).toBe(false);
	});
});
