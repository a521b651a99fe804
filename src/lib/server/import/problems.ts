/**
 * What the importer says about a file: every problem with its file, line, column and a
 * pt-BR reason, so a person can open the export and fix exactly that cell.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
	/** File name, when the import has several files. */
	file: string | null;
	/** Line as seen in a text editor (1 = header); null for the file as a whole. */
	line: number | null;
	/** Column header as written in the file, or the field's pt-BR name. */
	column: string | null;
	value: string | null;
	message: string;
	severity: Severity;
}

export interface RowRef {
	fileIndex: number;
	file: string;
	line: number;
}

export const rowKey = (at: Pick<RowRef, 'fileIndex' | 'line'>) => `${at.fileIndex}:${at.line}`;

export function problem(
	at: Partial<RowRef> | null,
	column: string | null,
	message: string,
	value: string | null = null,
	severity: Severity = 'error'
): Problem {
	return { file: at?.file ?? null, line: at?.line ?? null, column, value, message, severity };
}

/** "linha 12, coluna CNPJ: CNPJ inválido" — the one-line form used by the CLI and rejects file. */
export function describeProblem(p: Problem): string {
	const where = [
		p.file ? p.file : null,
		p.line !== null ? `linha ${p.line}` : null,
		p.column ? `coluna "${p.column}"` : null
	].filter(Boolean);
	const label = p.severity === 'warning' ? 'aviso: ' : '';
	return `${where.length ? `${where.join(', ')}: ` : ''}${label}${p.message}`;
}
