import { describe, expect, it } from 'vitest';
import { reciprocalRankFusion } from './reciprocal-rank-fusion.ts';

describe('reciprocalRankFusion', () => {
	it('puts an item found by both lists above items found by one', () => {
		const fused = reciprocalRankFusion({ full_text: [1, 2, 3], vector: [4, 3, 5] });
		expect(fused[0].id).toBe(3);
		expect(fused[0].ranks).toEqual({ full_text: 3, vector: 2 });
		expect(fused[0].score).toBeCloseTo(1 / 63 + 1 / 62, 12);
	});

	it('breaks ties by the better single rank, then the larger id', () => {
		const fused = reciprocalRankFusion({ full_text: [10, 20], vector: [30, 40] });
		expect(fused.map((f) => f.id)).toEqual([30, 10, 40, 20]);
	});

	it('works with one list and with empty lists', () => {
		expect(reciprocalRankFusion({ full_text: [7, 8], vector: [] }).map((f) => f.id)).toEqual([
			7, 8
		]);
		expect(reciprocalRankFusion({ full_text: [], vector: [] })).toEqual([]);
	});
});
