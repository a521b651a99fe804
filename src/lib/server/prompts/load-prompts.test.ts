import { describe, expect, test } from 'vitest';
import { fillPrompt, parsePrompt, placeholdersOf } from './load-prompts.ts';

const FILE = `---
name: greet
title: Cumprimentar
description: "Diz olá: com dois pontos"
arguments:
  - name: customer
    description: Nome do cliente
    required: true
  - name: tone
    description: 'Tom: ''formal'' ou não'
---

Olá, {{customer}}! Tom: {{ tone }}. Hoje é {{today}}.
`;

describe('prompt files', () => {
	test('parse the front matter and the body', () => {
		const prompt = parsePrompt(FILE, 'greet.md');
		expect(prompt).toMatchObject({
			name: 'greet',
			title: 'Cumprimentar',
			description: 'Diz olá: com dois pontos',
			arguments: [
				{ name: 'customer', description: 'Nome do cliente', required: true },
				{ name: 'tone', description: "Tom: 'formal' ou não", required: false }
			]
		});
		expect(placeholdersOf(prompt)).toEqual(['customer', 'tone', 'today']);
	});

	test('fill arguments and context values; a missing optional argument is empty', () => {
		const prompt = parsePrompt(FILE, 'greet.md');
		expect(fillPrompt(prompt, { customer: 'Mercado Bom Preço', today: '23/11/2026' })).toBe(
			'Olá, Mercado Bom Preço! Tom: . Hoje é 23/11/2026.'
		);
	});

	test('refuse a missing required argument and a placeholder nobody supplied', () => {
		const prompt = parsePrompt(FILE, 'greet.md');
		expect(() => fillPrompt(prompt, { today: 'x' })).toThrow(/precisa do argumento "customer"/);
		expect(() => fillPrompt(prompt, { customer: 'X' })).toThrow(/usa \{\{today\}\}/);
	});

	test('refuse malformed files, naming the file and line', () => {
		expect(() => parsePrompt('sem front matter', 'x.md')).toThrow(/x.md: falta o front matter/);
		expect(() => parsePrompt(FILE, 'other.md')).toThrow(/deve ser o nome do arquivo/);
		expect(() => parsePrompt('---\nname: x\n  ?? nada\n---\n', 'x.md')).toThrow(/x.md:3/);
		expect(() => parsePrompt('---\nname: x\ntitle: T\n---\n', 'x.md')).toThrow(
			/falta "description"/
		);
	});
});
