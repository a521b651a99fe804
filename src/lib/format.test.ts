import { describe, expect, test } from 'vitest';
import { formatDate, formatInteger, formatMoney, formatPercent, plural } from './format.ts';

describe('pt-BR formatting', () => {
	test('money is R$ with dot thousands and comma decimals', () => {
		expect(formatMoney(123456)).toBe('R$ 1.234,56');
		expect(formatMoney(5)).toBe('R$ 0,05');
		expect(formatMoney(123456789012)).toBe('R$ 1.234.567.890,12');
		expect(formatMoney(0)).toBe('R$ 0,00');
	});
	test('dates are dd/mm/aaaa', () => {
		expect(formatDate('2026-11-23')).toBe('23/11/2026');
		expect(formatDate('2026-01-05T10:00:00Z')).toBe('05/01/2026');
	});
	test('counts and percentages', () => {
		expect(formatInteger(48213)).toBe('48.213');
		expect(formatPercent(0.4567)).toBe('45,7%');
		expect(plural(1, 'cliente', 'clientes')).toBe('1 cliente');
		expect(plural(1200, 'cliente', 'clientes')).toBe('1.200 clientes');
	});
});
