/**
 * Answer length: the system prompt asks for a short answer (the tool's summary and at most
 * five lines of detail). Defaults: at most 1,800 characters and 12 non-empty lines; an empty
 * answer passes only when the turn ended waiting for the person's approval.
 */
import { check, type Check } from '../core/types.ts';

export const MAX_CHARS = 1_800;
export const MAX_LINES = 12;

export function scoreAnswerLength(
	answer: string,
	options: { maxChars?: number; maxLines?: number; awaitingApproval?: boolean } = {}
): Check {
	const maxChars = options.maxChars ?? MAX_CHARS;
	const maxLines = options.maxLines ?? MAX_LINES;
	const lines = answer.split('\n').filter((l) => l.trim() !== '').length;
	if (answer.trim() === '' && !options.awaitingApproval)
		return check('length', false, 'resposta vazia');
	const ok = answer.length <= maxChars && lines <= maxLines;
	return check(
		'length',
		ok,
		ok ? undefined : `${answer.length} caracteres, ${lines} linhas (máx. ${maxChars}, ${maxLines})`
	);
}
