/**
 * Prompts are files: `prompts/*.md`, pt-BR Markdown with a small front matter (name, title,
 * description, arguments — see front-matter.ts). This is the one module that reads them, for
 * every door: the MCP server serves them as MCP prompts, the chat takes its system prompt
 * from here. The body uses `{{placeholder}}`s: the declared arguments (what a person or agent
 * passes) and context values the caller supplies (today's date, the tool list…). Filling a
 * prompt with a placeholder nobody supplied is an error, so a typo never reaches a model.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseFrontMatter } from './front-matter.ts';

export interface PromptArgument {
	name: string;
	description: string;
	required: boolean;
}

export interface PromptFile {
	/** The file name without `.md`; the front matter's `name` must match it. */
	name: string;
	title: string;
	description: string;
	arguments: PromptArgument[];
	/** Markdown with `{{placeholders}}`. */
	body: string;
	file: string;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z]\w*)\s*\}\}/g;

/** `GIRO_PROMPTS_DIR`, else `prompts/` under the working directory (like the migrations). */
export function promptsDir(): string {
	return process.env.GIRO_PROMPTS_DIR ?? path.resolve(process.cwd(), 'prompts');
}

/** Every prompt of the folder, sorted by name. Throws on a malformed file, naming it. */
export function loadPrompts(dir: string = promptsDir()): PromptFile[] {
	return fs
		.readdirSync(dir)
		.filter((file) => file.endsWith('.md') && !file.startsWith('_') && file !== 'README.md')
		.sort()
		.map((file) => parsePrompt(fs.readFileSync(path.join(dir, file), 'utf8'), file));
}

export function loadPrompt(name: string, dir: string = promptsDir()): PromptFile {
	const file = path.join(dir, `${name}.md`);
	if (!fs.existsSync(file)) throw new Error(`Prompt ${name} não existe em ${dir}`);
	return parsePrompt(fs.readFileSync(file, 'utf8'), `${name}.md`);
}

export function parsePrompt(text: string, file: string): PromptFile {
	const { data, body } = parseFrontMatter(text, file);
	const field = (key: string): string => {
		const value = data[key];
		if (typeof value !== 'string') throw new Error(`${file}: falta "${key}" no front matter`);
		return value;
	};
	const name = field('name');
	if (`${name}.md` !== path.basename(file))
		throw new Error(`${file}: o nome no front matter (${name}) deve ser o nome do arquivo`);
	const rawArgs = data.arguments ?? [];
	if (!Array.isArray(rawArgs)) throw new Error(`${file}: "arguments" deve ser uma lista`);
	const args = rawArgs.map((raw, i): PromptArgument => {
		if (typeof raw.name !== 'string' || typeof raw.description !== 'string')
			throw new Error(`${file}: o argumento ${i + 1} precisa de name e description`);
		return { name: raw.name, description: raw.description, required: raw.required === true };
	});
	return {
		name,
		title: field('title'),
		description: field('description'),
		arguments: args,
		body,
		file
	};
}

/** The placeholders a prompt's body uses, in order of first appearance. */
export function placeholdersOf(prompt: PromptFile): string[] {
	return [...new Set([...prompt.body.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/**
 * The body with every placeholder filled. A missing required argument, or a placeholder that
 * is neither an argument nor a supplied value, throws (pt-BR, naming it); a missing optional
 * argument becomes an empty string.
 */
export function fillPrompt(prompt: PromptFile, values: Record<string, string | undefined>): string {
	for (const arg of prompt.arguments)
		if (arg.required && !values[arg.name]?.trim())
			throw new Error(
				`O prompt ${prompt.name} precisa do argumento "${arg.name}" (${arg.description}).`
			);
	const optional = new Set(prompt.arguments.filter((a) => !a.required).map((a) => a.name));
	return prompt.body.replace(PLACEHOLDER, (_match, key: string) => {
		const value = values[key];
		if (value !== undefined) return value.trim();
		if (optional.has(key)) return '';
		throw new Error(`O prompt ${prompt.name} usa {{${key}}}, mas ninguém forneceu esse valor.`);
	});
}
