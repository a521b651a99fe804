/**
 * Which column of the file is which field. Headers are recognised by their common pt-BR and
 * English names ("Cód. Cliente", "Razão Social", "Data Emissão", "Vlr Total", "Customer ID",
 * "Invoice Date"…, see each entity's synonyms); anything else can be mapped explicitly by header
 * name or by column number ("#3"), from the CLI (`--map "Vlr Total=total"`), a saved mapping
 * file, or the upload page's selects. An explicit mapping always wins over recognition.
 */
import { z } from 'zod';
import { ENTITY_NAMES, type EntitySpec } from './entities/entity-spec.ts';
import { normalizeKey } from './normalize-text.ts';
import { SEPARATORS } from './sniff-text.ts';

/** Header name (or "#n", 1-based) → field name; null or "" ignores the column. */
export type ColumnMapping = Record<string, string | null>;

export const MappingFileSchema = z.object({
	entity: z.enum(ENTITY_NAMES).optional(),
	columns: z.record(z.string(), z.string().nullable()).default({}),
	decimal: z.enum(['comma', 'point']).optional(),
	dateOrder: z.enum(['dmy', 'mdy']).optional(),
	encoding: z.enum(['utf-8', 'windows-1252', 'utf-16le', 'utf-16be']).optional(),
	separator: z.enum(SEPARATORS as [string, ...string[]]).optional()
});
export type MappingFile = z.infer<typeof MappingFileSchema>;

export interface MappedColumn {
	index: number;
	header: string;
	field: string | null;
	source: 'auto' | 'explicit' | 'none';
}

export interface ResolvedMapping {
	columns: MappedColumn[];
	/** field name → column index */
	fieldIndex: Map<string, number>;
	/** File-level problems that stop the import (pt-BR). */
	problems: string[];
	/** Remarks that do not stop it (a mapped column the file lacks, a look-alike column). */
	notes: string[];
}

const IGNORE = new Set(['', 'ignorar', 'ignore', 'nenhum', '-']);

/** `["Vlr Total=total", "Obs="]` → `{ "Vlr Total": "total", "Obs": null }` */
export function parseMapArguments(args: readonly string[]): ColumnMapping {
	const out: ColumnMapping = {};
	for (const arg of args) {
		const at = arg.indexOf('=');
		if (at <= 0) throw new Error(`--map espera "Coluna=campo", recebi "${arg}"`);
		out[arg.slice(0, at).trim()] = arg.slice(at + 1).trim() || null;
	}
	return out;
}

function fieldByName(spec: EntitySpec, value: string): string | null | undefined {
	const key = normalizeKey(value);
	if (IGNORE.has(key)) return null;
	return spec.fields.find((f) => normalizeKey(f.name) === key || normalizeKey(f.label) === key)
		?.name;
}

export function resolveMapping(
	header: readonly string[],
	spec: EntitySpec,
	explicit: ColumnMapping = {},
	provided: readonly string[] = []
): ResolvedMapping {
	const problems: string[] = [];
	const notes: string[] = [];
	const byHeader = new Map<string, string | null>();
	const byIndex = new Map<number, string | null>();
	const used = new Set<string>();
	for (const [column, value] of Object.entries(explicit)) {
		const field = value === null ? null : fieldByName(spec, value);
		if (field === undefined) {
			const names = spec.fields.map((f) => f.name).join(', ');
			problems.push(
				`mapeamento da coluna "${column}": campo "${value}" não existe em ${spec.label.toLowerCase()} (campos: ${names})`
			);
			continue;
		}
		const index = /^#\d+$/.test(column.trim()) ? Number(column.trim().slice(1)) - 1 : null;
		if (index !== null) byIndex.set(index, field);
		else byHeader.set(normalizeKey(column), field);
		const exists =
			index !== null
				? index < header.length
				: header.some((h) => normalizeKey(h) === normalizeKey(column));
		if (!exists) notes.push(`a coluna "${column}" do mapeamento não está no arquivo`);
	}
	const synonyms = new Map<string, string>();
	for (const f of spec.fields) {
		for (const s of [f.name, f.label, ...f.synonyms]) {
			const key = normalizeKey(s);
			if (!synonyms.has(key)) synonyms.set(key, f.name);
		}
	}
	const columns: MappedColumn[] = header.map((h, index) => {
		const key = normalizeKey(h);
		if (byIndex.has(index) || byHeader.has(key)) {
			const field = byIndex.has(index) ? byIndex.get(index)! : byHeader.get(key)!;
			if (field && used.has(field)) {
				problems.push(
					`o campo "${label(spec, field)}" foi mapeado para duas colunas (a segunda é "${h}")`
				);
			}
			if (field) used.add(field);
			return { index, header: h, field, source: 'explicit' as const };
		}
		return { index, header: h, field: null, source: 'none' as const };
	});
	for (const c of columns) {
		if (c.source !== 'none') continue;
		const field = synonyms.get(normalizeKey(c.header));
		if (!field) continue;
		if (used.has(field)) {
			notes.push(
				`a coluna "${c.header}" parece ser "${label(spec, field)}", que já veio de outra coluna: ignorada`
			);
			continue;
		}
		used.add(field);
		Object.assign(c, { field, source: 'auto' });
	}
	const fieldIndex = new Map<string, number>();
	for (const c of columns) if (c.field) fieldIndex.set(c.field, c.index);
	const missing = spec.fields.filter(
		(f) => f.required && !fieldIndex.has(f.name) && !provided.includes(f.name)
	);
	for (const f of missing) problems.push(`falta a coluna obrigatória "${f.label}"`);
	if (missing.length && header.length === 1 && /[;,\t|]/.test(header[0])) {
		problems.push(
			`o cabeçalho virou uma coluna só ("${header[0].slice(0, 60)}"): o separador do arquivo é outro`
		);
	}
	problems.push(...(spec.checkMapping?.(new Set([...fieldIndex.keys(), ...provided])) ?? []));
	return { columns, fieldIndex, problems, notes };
}

export function label(spec: EntitySpec, field: string): string {
	return spec.fields.find((f) => f.name === field)?.label ?? field;
}
