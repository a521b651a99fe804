/**
 * The cell readers on their own: CNPJ/CPF check digits (numeric and alphanumeric CNPJ),
 * Brazilian and English numbers, dates in every accepted form, and the sniffing of encoding,
 * separator and decimal style.
 */
import { describe, expect, it } from 'vitest';
import {
	parseDate,
	parseDateTime,
	parseDecimal,
	parsePhone,
	toScaled
} from '#lib/server/import/parse-values.ts';
import {
	detectDecimalStyle,
	detectEncoding,
	detectSeparator
} from '#lib/server/import/sniff-text.ts';
import { isValidCnpj, isValidCpf, parseTaxId } from '#lib/server/import/tax-id.ts';
import { parseUf } from '#lib/server/import/brazil-uf.ts';

describe('CNPJ and CPF', () => {
	it('accepts valid ones with or without punctuation and restores lost zeros', () => {
		expect(parseTaxId('11.222.333/0001-81')).toEqual({
			ok: true,
			taxId: { kind: 'cnpj', value: '11222333000181' }
		});
		expect(parseTaxId('11222333000181')).toMatchObject({ ok: true });
		expect(parseTaxId('2876543000100')).toEqual({
			ok: true,
			taxId: { kind: 'cnpj', value: '02876543000100' }
		});
		expect(parseTaxId('123.456.789-09')).toEqual({
			ok: true,
			taxId: { kind: 'cpf', value: '12345678909' }
		});
		expect(isValidCnpj('12.ABC.345/01DE-35')).toBe(true); // Receita Federal's alphanumeric example
		expect(isValidCpf('12345678909')).toBe(true);
	});
	it('rejects wrong check digits, naming the expected ones', () => {
		const bad = parseTaxId('11.222.333/0001-82');
		expect(bad).toEqual({
			ok: false,
			error: 'CNPJ inválido: "11.222.333/0001-82" (os dígitos verificadores deveriam ser 81)'
		});
		expect(parseTaxId('111.111.111-11').ok).toBe(false);
		expect(parseTaxId('00000000000000').ok).toBe(false);
		expect(parseTaxId('12.345').ok).toBe(false);
		expect(parseTaxId('123456789012345').ok).toBe(false);
	});
});

describe('numbers', () => {
	const cases: [string, 'comma' | 'point', string][] = [
		['1.234,56', 'comma', '1234.56'],
		['1,234.56', 'comma', '1234.56'],
		['1.234', 'comma', '1234'],
		['1.234', 'point', '1.234'],
		['1,234', 'point', '1234'],
		['12,5', 'point', '12.5'],
		['12.5', 'comma', '12.5'],
		['R$ 2.500,00', 'comma', '2500'],
		['(12,00)', 'comma', '-12'],
		['12,00-', 'comma', '-12'],
		['-0,50', 'comma', '-0.5'],
		['1.234.567', 'comma', '1234567'],
		['0', 'comma', '0']
	];
	it.each(cases)('%s (%s) → %s', (text, style, expected) => {
		expect(parseDecimal(text, style)).toEqual({ ok: true, value: expected });
	});
	it('rejects what is not a number', () => {
		for (const text of ['abc', '1,2,3,4', '1.23.4', '', '12a', '1e5'])
			expect(parseDecimal(text, 'comma').ok).toBe(false);
	});
	it('scales exactly, rounding half away from zero', () => {
		expect(toScaled('0.355', 2)).toBe(36n);
		expect(toScaled('-0.355', 2)).toBe(-36n);
		expect(toScaled('1234.5', 2)).toBe(123450n);
	});
});

describe('dates', () => {
	it('reads dd/mm/aaaa, dd/mm/aa, ISO and aaaammdd', () => {
		expect(parseDate('05/01/2026')).toEqual({ ok: true, value: '2026-01-05' });
		expect(parseDate('5/1/26')).toEqual({ ok: true, value: '2026-01-05' });
		expect(parseDate('31/12/97')).toEqual({ ok: true, value: '1997-12-31' });
		expect(parseDate('2026-03-10')).toEqual({ ok: true, value: '2026-03-10' });
		expect(parseDate('2010-12-01 08:26:00')).toEqual({ ok: true, value: '2010-12-01' });
		expect(parseDate('19970101')).toEqual({ ok: true, value: '1997-01-01' });
		expect(parseDate('12/01/2010', 'mdy')).toEqual({ ok: true, value: '2010-12-01' });
	});
	it('rejects impossible dates with the expected format', () => {
		expect(parseDate('31/02/2026')).toEqual({
			ok: false,
			error: 'data inválida: "31/02/2026" (use dd/mm/aaaa ou aaaa-mm-dd)'
		});
		expect(parseDate('15/13/2026').ok).toBe(false);
		expect(parseDate('ontem').ok).toBe(false);
	});
	it('keeps the offset of a date-time, or reads it as São Paulo time', () => {
		expect(parseDateTime('12/06/2026 10:30')).toEqual({ ok: true, value: '2026-06-12 10:30:00' });
		expect(parseDateTime('2026-06-13T08:05:00-03:00')).toEqual({
			ok: true,
			value: '2026-06-13 08:05:00-03:00'
		});
		expect(parseDateTime('2026-06-13T11:05:00Z')).toEqual({
			ok: true,
			value: '2026-06-13 11:05:00+00:00'
		});
		expect(parseDateTime('25:00').ok).toBe(false);
	});
});

describe('other cells', () => {
	it('formats phones and reads UFs by code or name', () => {
		expect(parsePhone('+55 31 3333-2222')).toEqual({ ok: true, value: '(31) 3333-2222' });
		expect(parsePhone('19998765432')).toEqual({ ok: true, value: '(19) 99876-5432' });
		expect(parsePhone('1234').ok).toBe(false);
		expect(parseUf('Paraná')).toEqual({ ok: true, value: 'PR' });
		expect(parseUf('sp')).toEqual({ ok: true, value: 'SP' });
		expect(parseUf('XX').ok).toBe(false);
	});
});

describe('sniffing', () => {
	it('tells UTF-8 (with and without BOM) from Windows-1252', () => {
		expect(detectEncoding(Buffer.from('\uFEFFRazão', 'utf8'))).toEqual({
			encoding: 'utf-8',
			bom: true
		});
		expect(detectEncoding(Buffer.from('Razão', 'utf8'))).toEqual({ encoding: 'utf-8', bom: false });
		expect(detectEncoding(Buffer.from([0x52, 0x61, 0x7a, 0xe3, 0x6f]))).toEqual({
			encoding: 'windows-1252',
			bom: false
		});
	});
	it('finds the separator from the header and the next lines', () => {
		expect(detectSeparator('a;b;c\n1;"x;y";3\n')).toBe(';');
		expect(detectSeparator('a,b,c\n1,"2,5",3\n')).toBe(',');
		expect(detectSeparator('Código;Valor\n1;10,50\n2;3,25\n')).toBe(';');
		expect(detectSeparator('a\tb\n1\t2\n')).toBe('\t');
		expect(detectSeparator(' id  date  cds\n 1 19970101 2\n')).toBe('whitespace');
	});
	it('finds the decimal style, defaulting by separator', () => {
		expect(detectDecimalStyle(['10,50', '1.234,00', 'x'], ',')).toBe('comma');
		expect(detectDecimalStyle(['10.50', '2.55'], ';')).toBe('point');
		expect(detectDecimalStyle(['1.234'], ';')).toBe('comma');
		expect(detectDecimalStyle(['1.234'], ',')).toBe('point');
	});
});
