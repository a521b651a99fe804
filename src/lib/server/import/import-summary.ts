/**
 * What an import reports, to the CLI, the upload page and the tests alike: per file how it was
 * read and mapped; rows read, skipped (and why), invalid; every problem (up to a limit) with
 * line, column and reason; what was inserted, updated or left unchanged per table; and facts
 * such as distinct customers or cancellation lines. Plus the pt-BR text the CLI prints.
 */
import { formatInteger } from '#lib/format.ts';
import type { MappedColumn } from './column-mapping.ts';
import type { EntityName } from './entities/entity-spec.ts';
import type { TableCounts } from './flat-writer.ts';
import type { DecimalStyle } from './parse-values.ts';
import { describeProblem, type Problem } from './problems.ts';
import type { TableFormat } from './read-table.ts';
import type { Separator, TextEncoding } from './sniff-text.ts';

export interface FileSummary {
	name: string;
	format: TableFormat;
	compressed: boolean;
	encoding: TextEncoding | null;
	separator: Separator | null;
	decimalStyle: DecimalStyle;
	rows: number;
	columns: MappedColumn[];
	notes: string[];
}

export type ImportPhase = 'validating' | 'writing' | 'done';

export interface ImportProgress {
	phase: ImportPhase;
	rows: number;
	bytes: number;
	totalBytes: number;
}

export interface ImportSummary {
	entity: EntityName;
	preset: string | null;
	files: FileSummary[];
	rows: number;
	validRows: number;
	invalidRows: number;
	skipped: Record<string, number>;
	errors: number;
	warnings: number;
	/** The first problems (see `maxProblems`), errors before warnings. */
	problems: Problem[];
	problemsTruncated: boolean;
	/** Whether anything was committed (false on errors without --skip-invalid, and on validation). */
	written: boolean;
	validateOnly: boolean;
	tables: Record<string, TableCounts>;
	facts: Record<string, number>;
	rejectsFile: string | null;
	rejectedRows: number;
	durationMs: number;
}

const TABLE_PT: Record<string, string> = {
	customers: 'clientes',
	contacts: 'contatos',
	products: 'produtos',
	orders: 'pedidos',
	order_items: 'itens de pedido',
	interactions: 'interações',
	opportunities: 'oportunidades',
	follow_ups: 'follow-ups'
};

const SEPARATOR_PT: Record<string, string> = {
	';': '";"',
	',': '","',
	'\t': 'tab',
	'|': '"|"',
	whitespace: 'espaços'
};

export function summaryText(s: ImportSummary): string {
	const out: string[] = [];
	for (const f of s.files) {
		const how =
			f.format === 'xlsx'
				? 'planilha XLSX'
				: `texto ${f.encoding?.toUpperCase()}, separador ${SEPARATOR_PT[f.separator ?? ';']}, decimal com ${f.decimalStyle === 'comma' ? 'vírgula' : 'ponto'}${f.compressed ? ', gzip' : ''}`;
		out.push(`${f.name}: ${how}; ${formatInteger(f.rows)} linhas de dados`);
		for (const n of f.notes) out.push(`  nota: ${n}`);
	}
	out.push(
		`Linhas lidas: ${formatInteger(s.rows)} · válidas: ${formatInteger(s.validRows)} · com erro: ${formatInteger(s.invalidRows)}`
	);
	for (const [reason, n] of Object.entries(s.skipped))
		out.push(`Ignoradas (${reason}): ${formatInteger(n)}`);
	for (const [fact, n] of Object.entries(s.facts)) out.push(`${fact}: ${formatInteger(n)}`);
	for (const p of s.problems) out.push(`  ${describeProblem(p)}`);
	if (s.problemsTruncated)
		out.push(
			`  … e mais problemas (${formatInteger(s.errors)} erros e ${formatInteger(s.warnings)} avisos ao todo)`
		);
	for (const [table, c] of Object.entries(s.tables)) {
		const deleted = c.deleted ? `, ${formatInteger(c.deleted)} substituídos` : '';
		out.push(
			`${TABLE_PT[table] ?? table}: ${formatInteger(c.inserted)} novos, ${formatInteger(c.updated)} alterados, ${formatInteger(c.unchanged)} sem mudança${deleted}`
		);
	}
	if (s.rejectsFile)
		out.push(
			`Linhas rejeitadas (${formatInteger(s.rejectedRows)}) com os motivos em: ${s.rejectsFile}`
		);
	if (s.validateOnly)
		out.push(
			s.errors ? 'Validação: o arquivo tem erros.' : 'Validação: nenhum erro; pode importar.'
		);
	else if (s.written)
		out.push(`Importação concluída em ${(s.durationMs / 1000).toFixed(1).replace('.', ',')} s.`);
	else
		out.push(
			'Nada foi gravado: corrija os erros (ou use --skip-invalid para gravar só as linhas válidas).'
		);
	return out.join('\n');
}
