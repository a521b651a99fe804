/**
 * Guesses how a text export was written, from its first bytes: the encoding (a BOM, else
 * "is it valid UTF-8?" — Windows-1252 otherwise, the encoding of Brazilian ERPs and of Excel's
 * "CSV (separado por vírgulas)"), the separator (the candidate that splits the header into the
 * most columns and the next lines into as many) and the decimal style (which unambiguous
 * numbers the sample holds: "12,50" or "12.50"; a `;` file defaults to decimal comma).
 * The whole file is checked later while it streams: see EncodingMismatchError.
 */
import { parse } from 'csv-parse/sync';
import type { DecimalStyle } from './parse-values.ts';

export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
export type Separator = ';' | ',' | '\t' | '|' | 'whitespace';

export const SEPARATORS: readonly Separator[] = [';', ',', '\t', '|', 'whitespace'];

export function detectEncoding(sample: Uint8Array): { encoding: TextEncoding; bom: boolean } {
	if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) {
		return { encoding: 'utf-8', bom: true };
	}
	if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
	if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bom: true };
	try {
		// `stream: true` tolerates a character cut at the end of the sample.
		new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
		return { encoding: 'utf-8', bom: false };
	} catch {
		return { encoding: 'windows-1252', bom: false };
	}
}

function columnCounts(text: string, delimiter: string): number[] {
	try {
		const records = parse(text, {
			delimiter,
			relax_column_count: true,
			relax_quotes: true,
			skip_empty_lines: true,
			skip_records_with_error: true,
			to: 51
		}) as string[][];
		return records.map((r) => r.length);
	} catch {
		return [];
	}
}

function whitespaceCounts(text: string): number[] {
	return text
		.split(/\r?\n/)
		.filter((l) => l.trim() !== '')
		.slice(0, 51)
		.map((l) => (l.includes('"') ? 0 : l.trim().split(/\s+/).length));
}

/**
 * The separator that makes the sample a table: of the delimiters that split the header into
 * two or more columns, the one whose next lines have as many; `;` when nothing does.
 */
export function detectSeparator(sampleText: string): Separator {
	const text = sampleText.slice(0, Math.max(sampleText.lastIndexOf('\n'), 0)) || sampleText;
	let best: { sep: Separator; score: number; columns: number } = {
		sep: ';',
		score: 0,
		columns: 1
	};
	for (const sep of SEPARATORS) {
		const counts = sep === 'whitespace' ? whitespaceCounts(text) : columnCounts(text, sep);
		const [header, ...rest] = counts;
		if (!header || header < 2) continue;
		const same = rest.length === 0 ? 1 : rest.filter((c) => c === header).length / rest.length;
		// A delimiter that splits the header wins over whitespace, even when the data rows
		// disagree (then each row is reported with its column count); whitespace is the last
		// resort, as prose in a one-column file also "splits" on spaces.
		const score = sep === 'whitespace' ? same * 0.5 : 1 + same;
		if (score > best.score || (score === best.score && header > best.columns)) {
			best = { sep, score, columns: header };
		}
	}
	return best.sep;
}

const COMMA_DECIMAL = /^-?(\d{1,3}(\.\d{3})+|\d+),\d{1,2}$|^-?\d+,\d{4,}$/;
const POINT_DECIMAL = /^-?(\d{1,3}(,\d{3})+|\d+)\.\d{1,2}$|^-?\d+\.\d{4,}$/;

export function detectDecimalStyle(values: Iterable<string>, separator: Separator): DecimalStyle {
	let comma = 0;
	let point = 0;
	for (const raw of values) {
		const v = raw.trim();
		if (COMMA_DECIMAL.test(v)) comma++;
		else if (POINT_DECIMAL.test(v)) point++;
	}
	if (comma !== point) return comma > point ? 'comma' : 'point';
	return separator === ';' ? 'comma' : 'point';
}
