/**
 * The vocabulary of entity specs: a field's kind (how its cells are read), its pt-BR label
 * and the header names that mean it in ERP exports. One parser per kind, so every entity reads
 * "1.234,56", "23/11/2026" or "12.345.678/0001-95" the same way.
 */
import { parseUf } from '../brazil-uf.ts';
import { normalizeKey } from '../normalize-text.ts';
import {
	parseBoolean,
	parseChoice,
	parseDate,
	parseDateTime,
	parseDecimal,
	parseEmail,
	parsePhone,
	type DateOrder,
	type DecimalStyle,
	type Parsed
} from '../parse-values.ts';
import { parseTaxId, type TaxId } from '../tax-id.ts';

export type FieldKind =
	| 'text'
	| 'code'
	| 'decimal'
	| 'integer'
	| 'date'
	| 'datetime'
	| 'boolean'
	| 'taxId'
	| 'uf'
	| 'email'
	| 'phone'
	| { choice: Record<string, string>; hint: string };

export interface FieldSpec {
	name: string;
	label: string;
	kind: FieldKind;
	required?: boolean;
	/** Header names that mean this field (compared after normalizeKey). */
	synonyms: string[];
	help?: string;
}

export type FieldValue = string | number | boolean | TaxId | null;

export interface ValueFormat {
	decimal: DecimalStyle;
	dateOrder: DateOrder;
}

/** Numeric codes that went through Excel come back as "17850.0": the code is "17850". */
function parseCode(text: string): Parsed<string> {
	const s = text.trim();
	if (s.length > 120) return { ok: false, error: 'código longo demais (máximo 120 caracteres)' };
	return { ok: true, value: /^\d+\.0+$/.test(s) ? s.replace(/\.0+$/, '') : s };
}

export function parseFieldValue(
	kind: FieldKind,
	text: string,
	format: ValueFormat
): Parsed<FieldValue> {
	if (typeof kind === 'object') return parseChoice(text, kind.choice, kind.hint);
	switch (kind) {
		case 'text':
			return { ok: true, value: text.trim() };
		case 'code':
			return parseCode(text);
		case 'decimal':
			return parseDecimal(text, format.decimal);
		case 'integer': {
			const n = parseDecimal(text, format.decimal);
			if (!n.ok) return n;
			return /^-?\d+$/.test(n.value) && Number.isSafeInteger(Number(n.value))
				? { ok: true, value: Number(n.value) }
				: { ok: false, error: `número inteiro inválido: "${text.trim()}"` };
		}
		case 'date':
			return parseDate(text, format.dateOrder);
		case 'datetime':
			return parseDateTime(text, format.dateOrder);
		case 'boolean':
			return parseBoolean(text);
		case 'taxId': {
			const t = parseTaxId(text);
			return t.ok ? { ok: true, value: t.taxId } : t;
		}
		case 'uf':
			return parseUf(text);
		case 'email':
			return parseEmail(text);
		case 'phone':
			return parsePhone(text);
	}
}

/** Builds a choice map from `{ value: ['label', ...] }`. */
export function choices(labels: Record<string, string[]>): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [value, names] of Object.entries(labels))
		for (const n of names) out[normalizeKey(n)] = value;
	return out;
}
