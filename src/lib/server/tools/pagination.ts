/**
 * Cursor pagination shared by every list tool: `limit` (default 20, so a default answer stays
 * well under ~2,000 tokens) and an opaque `cursor` from the previous page's `nextCursor`.
 * Totals always count every match, whatever the page.
 */
import { z } from 'zod';
import { ToolError } from './tool-error.ts';

export const PageInput = {
	limit: z
		.number()
		.int()
		.min(1)
		.max(100)
		.default(20)
		.describe('Máximo de linhas nesta página (1–100, padrão 20)'),
	cursor: z
		.string()
		.max(200)
		.optional()
		.describe('Cursor da página seguinte, copiado de `nextCursor` da resposta anterior')
};

export const PageOutput = {
	total: z.number().int().describe('Quantos itens atendem aos filtros, em todas as páginas'),
	nextCursor: z
		.string()
		.nullable()
		.describe('Passe em `cursor` para a próxima página; null quando esta é a última')
};

function encode(offset: number): string {
	return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

function decode(cursor: string): number {
	try {
		const { o } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o: unknown };
		if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o;
	} catch {
		// fall through to the error below
	}
	throw new ToolError(
		'invalid_input',
		'cursor inválido: use exatamente o `nextCursor` da resposta anterior, ou omita para a primeira página.'
	);
}

export function paginate<T>(
	rows: readonly T[],
	page: { limit: number; cursor?: string }
): { rows: T[]; total: number; nextCursor: string | null } {
	const offset = page.cursor ? decode(page.cursor) : 0;
	const slice = rows.slice(offset, offset + page.limit);
	const next = offset + page.limit;
	return { rows: slice, total: rows.length, nextCursor: next < rows.length ? encode(next) : null };
}
