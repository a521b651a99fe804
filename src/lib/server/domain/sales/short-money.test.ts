import { describe, expect, test } from 'vitest';
import { formatMoneyShort } from './short-money.ts';

describe('money for a sentence', () => {
	test('millions with two decimals, thousands whole, small amounts in reais', () => {
		expect(formatMoneyShort(107_123_456)).toBe('R$ 1,07 mi');
		expect(formatMoneyShort(35_049_900)).toBe('R$ 350 mil');
		expect(formatMoneyShort(82_049)).toBe('R$ 820');
		expect(formatMoneyShort(250_000_000_000)).toBe('R$ 2,50 bi');
		expect(formatMoneyShort(0)).toBe('R$ 0');
	});
});
