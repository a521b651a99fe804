/**
 * The small front matter of a prompt file (`prompts/*.md`): a YAML subset on purpose — flat
 * `key: value` lines plus one list of argument objects — so no YAML library is needed and a
 * typo fails loudly with the file and line instead of turning into a silent default.
 *
 *     ---
 *     name: prepare-follow-up
 *     title: Preparar um follow-up
 *     description: Uma linha sobre o que o prompt faz
 *     arguments:
 *       - name: customer
 *         description: Nome do cliente
 *         required: true
 *     ---
 */

export type FrontMatterValue = string | boolean | Record<string, string | boolean>[];

export interface ParsedFile {
	data: Record<string, FrontMatterValue>;
	body: string;
}

export function parseFrontMatter(text: string, file: string): ParsedFile {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (lines[0]?.trim() !== '---') throw new Error(`${file}: falta o front matter (--- na linha 1)`);
	const end = lines.indexOf('---', 1);
	if (end < 0) throw new Error(`${file}: o front matter não fecha (falta a linha ---)`);
	const data: Record<string, FrontMatterValue> = {};
	let list: Record<string, string | boolean>[] | null = null;
	for (let i = 1; i < end; i++) {
		const line = lines[i];
		const where = `${file}:${i + 1}`;
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		const item = /^\s+-\s+([A-Za-z]\w*):\s*(.*)$/.exec(line);
		const field = /^\s{3,}([A-Za-z]\w*):\s*(.*)$/.exec(line);
		const top = /^([A-Za-z]\w*):\s*(.*)$/.exec(line);
		if (item && list) list.push({ [item[1]]: scalar(item[2], where) });
		else if (field && list?.length) list[list.length - 1][field[1]] = scalar(field[2], where);
		else if (top && top[2] === '') data[top[1]] = list = [];
		else if (top && top[2] === '[]') {
			data[top[1]] = [];
			list = null;
		} else if (top) {
			data[top[1]] = scalar(top[2], where);
			list = null;
		} else
			throw new Error(`${where}: linha não reconhecida no front matter: ${JSON.stringify(line)}`);
	}
	return {
		data,
		body: lines
			.slice(end + 1)
			.join('\n')
			.trim()
	};
}

function scalar(raw: string, where: string): string | boolean {
	const value = raw.trim();
	if (value === 'true') return true;
	if (value === 'false') return false;
	if (/^".*"$/.test(value)) {
		try {
			return JSON.parse(value) as string;
		} catch {
			throw new Error(`${where}: texto entre aspas inválido: ${value}`);
		}
	}
	// YAML single quotes (what Prettier writes): '' is an escaped quote.
	if (/^'.*'$/.test(value)) return value.slice(1, -1).replaceAll("''", "'");
	if (value === '') throw new Error(`${where}: valor vazio`);
	return value;
}
