/**
 * The prompt files agents get: each parses, its name matches its file, and it fills with its
 * arguments and the values the MCP server supplies (today, the tool list) — no placeholder
 * left; and every tool they name exists, so a renamed tool cannot leave an agent stranded.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import fs from 'node:fs';
import { fillPrompt, loadPrompts, placeholdersOf } from '#lib/server/prompts/load-prompts.ts';
import { TOOLS } from '#lib/server/tools/registry.ts';
import { ROOT } from './clients.ts';

// Values the servers fill in themselves (the chat adds the team line for a manager).
const SERVER_VALUES = {
	today: '23/11/2026',
	tools: '- `list_customers` — Listar clientes',
	team: 'Equipe: Ana Souza (repId 1)'
};

test('every prompt in prompts/ loads and fills completely', () => {
	const prompts = loadPrompts(path.join(ROOT, 'prompts'));
	expect(prompts.map((p) => p.name)).toEqual(
		expect.arrayContaining(['weekly-portfolio-review', 'prepare-follow-up'])
	);
	for (const prompt of prompts) {
		const args = Object.fromEntries(prompt.arguments.map((a) => [a.name, `valor de ${a.name}`]));
		const declared = new Set([...Object.keys(args), ...Object.keys(SERVER_VALUES)]);
		expect(placeholdersOf(prompt).filter((p) => !declared.has(p))).toEqual([]);
		const text = fillPrompt(prompt, { ...SERVER_VALUES, ...args });
		expect(text).not.toMatch(/\{\{|\}\}/);
		expect(prompt.description.length).toBeGreaterThan(20);
		for (const arg of prompt.arguments) expect(arg.description).not.toMatch(/^['"]|['"]$/);
	}
});

test('every tool the prompts and the server instructions name exists', () => {
	const texts = [
		...loadPrompts(path.join(ROOT, 'prompts')).map((p) => p.body),
		fs.readFileSync(path.join(ROOT, 'mcp-server/instructions.md'), 'utf8')
	];
	const named = texts.flatMap((t) => [...t.matchAll(/`([a-z]+(?:_[a-z]+)+)`/g)].map((m) => m[1]));
	expect(named.length).toBeGreaterThan(5);
	const known = new Set(TOOLS.map((t) => t.name));
	expect(named.filter((name) => !known.has(name))).toEqual([]);
});
