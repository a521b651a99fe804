import { describe, expect, it } from 'vitest';
import { cnpjCheckDigits, cnpjFromRoot, demoCnpj, formatCnpj, isValidCnpj } from './cnpj.ts';

describe('CNPJ', () => {
	it('accepts valid CNPJs with or without punctuation', () => {
		expect(isValidCnpj('11.222.333/0001-81')).toBe(true);
		expect(isValidCnpj('11222333000181')).toBe(true);
		expect(isValidCnpj('00.000.000/0001-91')).toBe(true); // Banco do Brasil
		expect(isValidCnpj('33.000.167/0001-01')).toBe(true); // Petrobras
	});

	it('rejects wrong check digits, wrong lengths, letters and repeated digits', () => {
		expect(isValidCnpj('11.222.333/0001-82')).toBe(false);
		expect(isValidCnpj('11222333000191')).toBe(false);
		expect(isValidCnpj('1122233300018')).toBe(false);
		expect(isValidCnpj('112223330001811')).toBe(false);
		expect(isValidCnpj('11222333OOO181')).toBe(false);
		expect(isValidCnpj('11111111111111')).toBe(false);
		expect(isValidCnpj('')).toBe(false);
	});

	it('computes check digits, including the "rest < 2 ⇒ 0" case', () => {
		expect(cnpjCheckDigits('112223330001')).toBe('81');
		expect(cnpjCheckDigits('000000000001')).toBe('91');
		expect(() => cnpjCheckDigits('123')).toThrow();
	});

	it('formats 14 digits and leaves anything else alone', () => {
		expect(formatCnpj('11222333000181')).toBe('11.222.333/0001-81');
		expect(formatCnpj('11.222.333/0001-81')).toBe('11.222.333/0001-81');
		expect(formatCnpj('123')).toBe('123');
	});

	it('builds valid CNPJs from a root and branch', () => {
		expect(cnpjFromRoot(11_222_333)).toBe('11222333000181');
		expect(isValidCnpj(cnpjFromRoot(12_345_678, 2))).toBe(true);
		expect(() => cnpjFromRoot(100_000_000)).toThrow();
		expect(() => cnpjFromRoot(1, 0)).toThrow();
	});

	it('gives every demo customer a distinct valid CNPJ', () => {
		const roots = new Set<string>();
		const invalid: string[] = [];
		for (let i = 0; i < 60_000; i++) {
			const cnpj = demoCnpj(i, 31_337);
			if (!isValidCnpj(cnpj)) invalid.push(cnpj);
			roots.add(cnpj.slice(0, 8));
		}
		expect(invalid).toEqual([]);
		expect(roots.size).toBe(60_000);
	});
});
