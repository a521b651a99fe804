import { describe, expect, it } from 'vitest';
import { groupCustomers } from './group-customers.ts';

describe('groupCustomers', () => {
	it('collapses identical histories into weighted rows', () => {
		const grouped = groupCustomers([
			{ x: 0, tx: 0, T: 10 },
			{ x: 2, tx: 4, T: 10 },
			{ x: 0, tx: 0, T: 10 },
			{ x: 2, tx: 4, T: 10 },
			{ x: 2, tx: 4, T: 12 }
		]);
		expect(grouped.size).toBe(3);
		expect(Array.from(grouped.weight)).toEqual([2, 2, 1]);
		expect(grouped.totalWeight).toBe(5);
		expect(Array.from(grouped.weightByX)).toEqual([2, 3]);
		expect(Array.from(grouped.TValues)).toEqual([10, 12]);
	});

	it('adds up explicit weights', () => {
		const grouped = groupCustomers(
			[
				{ x: 1, tx: 1, T: 5 },
				{ x: 1, tx: 1, T: 5 }
			],
			[3, 4]
		);
		expect(Array.from(grouped.weight)).toEqual([7]);
	});

	it('rejects impossible histories', () => {
		expect(() => groupCustomers([])).toThrow(RangeError);
		expect(() => groupCustomers([{ x: 1, tx: 6, T: 5 }])).toThrow(RangeError);
		expect(() => groupCustomers([{ x: 1.5, tx: 1, T: 5 }])).toThrow(RangeError);
		expect(() => groupCustomers([{ x: -1, tx: 0, T: 5 }])).toThrow(RangeError);
	});
});
