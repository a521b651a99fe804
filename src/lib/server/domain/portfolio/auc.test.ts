/**
 * SPEC "Backtest": AUC as Mann–Whitney with ties counted ½, checked on hand-made cases and
 * against the definition (every positive–negative pair) on random data.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { auc, type Scored } from './auc.ts';

const items = (pos: number[], neg: number[]): Scored[] => [
	...pos.map((score) => ({ score, positive: true })),
	...neg.map((score) => ({ score, positive: false }))
];

/** The definition, pair by pair. */
function pairwise(list: readonly Scored[]): number {
	const pos = list.filter((i) => i.positive);
	const neg = list.filter((i) => !i.positive);
	let wins = 0;
	for (const p of pos)
		for (const n of neg) wins += p.score > n.score ? 1 : p.score === n.score ? 0.5 : 0;
	return wins / (pos.length * neg.length);
}

describe('auc', () => {
	test('perfect ranking is 1, inverted is 0', () => {
		expect(auc(items([0.9, 0.8, 0.7], [0.1, 0.2]))).toBe(1);
		expect(auc(items([0.1, 0.2], [0.9, 0.8, 0.7]))).toBe(0);
	});

	test('all scores tied is ½', () => {
		expect(auc(items([5, 5, 5], [5, 5]))).toBe(0.5);
	});

	test('ties across the classes count ½ each', () => {
		// pairs: (3>1) 1, (3>2) 1, (2>1) 1, (2=2) ½ → 3.5 / 4
		expect(auc(items([3, 2], [1, 2]))).toBe(0.875);
		// (1<2) 0, (1=1) ½ → 0.25
		expect(auc(items([1], [2, 1]))).toBe(0.25);
	});

	test('ties inside one class change nothing', () => {
		expect(auc(items([4, 4, 4], [1, 2]))).toBe(1);
		expect(auc(items([1, 3, 3], [2, 2]))).toBeCloseTo(2 / 3, 12);
	});

	test('order of the input does not matter', () => {
		const list = items([0.3, 0.7, 0.7, 0.2], [0.1, 0.7, 0.5]);
		expect(auc([...list].reverse())).toBe(auc(list));
		expect(auc(list)).toBeCloseTo(pairwise(list), 12);
	});

	test('one class empty is undefined (null)', () => {
		expect(auc(items([1, 2], []))).toBeNull();
		expect(auc(items([], [1]))).toBeNull();
		expect(auc([])).toBeNull();
	});

	test('NaN scores are refused', () => {
		expect(() => auc(items([Number.NaN], [1]))).toThrow(RangeError);
	});

	test('equals the pairwise definition on random data with ties', () => {
		const item = fc.record({ score: fc.integer({ min: 0, max: 6 }), positive: fc.boolean() });
		fc.assert(
			fc.property(fc.array(item, { maxLength: 60 }), (list) => {
				const value = auc(list);
				if (list.every((i) => i.positive) || list.every((i) => !i.positive))
					expect(value).toBeNull();
				else expect(value).toBeCloseTo(pairwise(list), 12);
			})
		);
	});
});
