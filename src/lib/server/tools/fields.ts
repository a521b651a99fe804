/**
 * Bounded input fields shared by every tool (issue #13, finding 5): ids inside PostgreSQL's
 * integer range, real calendar dates with sensible years, text without NUL bytes or lone
 * surrogates — each with a pt-BR message that says how to fix the call. `checkArguments` applies
 * the same rules to every call in runTool, before the tool's own schema, so no door and no
 * tool can let such a value reach the database: ids by field name (`…Id`, `continueSequenceOf`),
 * dates wherever a value is written AAAA-MM-DD, text everywhere.
 */
import { z } from 'zod';
import { parseIsoDate } from '../domain/calendar/iso-date.ts';

export const MAX_ID = 2_147_483_647;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
const MAX_DEPTH = 8;

const ID_NAME = /(Id|Of)$/;
const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?=$|T)/;
// A lone surrogate: a high one not followed by a low one, or a low one not after a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const idMessage = `use um id inteiro de 1 a ${MAX_ID.toLocaleString('pt-BR')}`;

/** An id of a row: an integer from 1 to 2,147,483,647 (PostgreSQL `integer`). */
export const IdField = z
	.number({ error: idMessage })
	.int({ error: idMessage })
	.min(1, { error: idMessage })
	.max(MAX_ID, { error: idMessage });

/** Why an AAAA-MM-DD text is not a usable date (pt-BR), or null when it is one. */
export function dateProblem(value: string): string | null {
	const m = DATE_PREFIX.exec(value);
	if (!m) return null;
	const [, y, mo, d] = m;
	if (!parseIsoDate(`${y}-${mo}-${d}`)) return `${d}/${mo}/${y} não existe`;
	const year = Number(y);
	if (year < MIN_YEAR || year > MAX_YEAR)
		return `${d}/${mo}/${y} está fora do intervalo aceito (anos ${MIN_YEAR} a ${MAX_YEAR})`;
	return null;
}

/** A calendar date AAAA-MM-DD that exists, between MIN_YEAR and MAX_YEAR. */
export const IsoDateField = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'use AAAA-MM-DD, ex.: 2026-11-26' })
	.superRefine((value, ctx) => {
		const problem = dateProblem(value);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	});

/** Why a text cannot be stored (pt-BR), or null. */
export function textProblem(value: string): string | null {
	if (value.includes('\u0000')) return 'o texto tem um caractere nulo (\\u0000); remova-o';
	if (LONE_SURROGATE.test(value)) return 'o texto tem um caractere inválido (surrogate sozinho)';
	return null;
}

/** Text of at most `max` characters, without NUL bytes or lone surrogates. */
export const textField = (max: number) =>
	z
		.string()
		.max(max)
		.superRefine((value, ctx) => {
			const problem = textProblem(value);
			if (problem) ctx.addIssue({ code: 'custom', message: problem });
		});

/**
 * The rules above over a whole call, before the tool's schema: an object, only the accepted
 * fields, no deep nesting, every id in range, every date real, every text storable. Returns the
 * pt-BR problems ("campo: motivo"), empty when the call may go on.
 */
export function checkArguments(args: unknown, accepted: readonly string[]): string[] {
	if (args === null || typeof args !== 'object' || Array.isArray(args))
		return [
			`os argumentos devem ser um objeto JSON com os campos ${accepted.join(', ') || '(nenhum)'}`
		];
	const problems: string[] = [];
	const unknown = Object.keys(args).filter((k) => !accepted.includes(k));
	if (unknown.length)
		problems.push(
			`campo${unknown.length > 1 ? 's' : ''} desconhecido${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (aceitos: ${accepted.join(', ') || 'nenhum'})`
		);
	const visit = (value: unknown, path: string, field: string, depth: number) => {
		if (depth > MAX_DEPTH) {
			problems.push(`${path}: aninhamento profundo demais`);
			return;
		}
		if (typeof value === 'string') {
			const problem = textProblem(value) ?? dateProblem(value);
			if (problem) problems.push(`${path}: ${problem}`);
		} else if (typeof value === 'number') {
			if (ID_NAME.test(field) && Number.isFinite(value) && (value < 1 || value > MAX_ID))
				problems.push(`${path}: ${idMessage}`);
		} else if (Array.isArray(value)) {
			value.forEach((item, i) => visit(item, `${path}.${i}`, field, depth + 1));
		} else if (value && typeof value === 'object') {
			for (const [k, v] of Object.entries(value)) {
				if (textProblem(k)) problems.push(`${path}: nome de campo inválido`);
				else visit(v, `${path}.${k}`, k, depth + 1);
			}
		}
	};
	for (const [k, v] of Object.entries(args)) if (accepted.includes(k)) visit(v, k, k, 1);
	return problems;
}
