import { describe, expect, test } from 'vitest';
import { rfvReference, rfvScores, rfvSegment } from './rfv.ts';

/** SQL's rank(): 1 + how many sort strictly before. A plain reference for the quintile rule. */
function sqlRankScore(values: number[], x: number, descending = false): number {
	const before = values.filter((v) => (descending ? v > x : v < x)).length;
	return 1 + Math.floor((5 * before) / values.length);
}

describe('RFV quintiles', () => {
	const population = [
		{ recencyDays: 1, frequency: 12, revenue: 900 },
		{ recencyDays: 5, frequency: 10, revenue: 800 },
		{ recencyDays: 5, frequency: 10, revenue: 700 },
		{ recencyDays: 30, frequency: 4, revenue: 600 },
		{ recencyDays: 60, frequency: 4, revenue: 500 },
		{ recencyDays: 90, frequency: 3, revenue: 400 },
		{ recencyDays: 120, frequency: 2, revenue: 300 },
		{ recencyDays: 200, frequency: 1, revenue: 200 },
		{ recencyDays: 300, frequency: 1, revenue: 100 },
		{ recencyDays: 360, frequency: 1, revenue: 50 }
	];
	const ref = rfvReference(population);

	test('score = 1 + floor(5 × (rank − 1) / n), ties share the lowest rank', () => {
		for (const p of population) {
			const s = rfvScores(ref, p)!;
			expect(s.r).toBe(
				sqlRankScore(
					population.map((q) => q.recencyDays),
					p.recencyDays,
					true
				)
			);
			expect(s.f).toBe(
				sqlRankScore(
					population.map((q) => q.frequency),
					p.frequency
				)
			);
			expect(s.v).toBe(
				sqlRankScore(
					population.map((q) => q.revenue),
					p.revenue
				)
			);
		}
		// The most recent buyer scores R = 5; three tied frequencies of 1 all score F = 1.
		expect(rfvScores(ref, population[0])!.r).toBe(5);
		expect(population.slice(7).map((p) => rfvScores(ref, p)!.f)).toEqual([1, 1, 1]);
		// Two customers tied at recency 5 share the score of the lower rank.
		expect(rfvScores(ref, population[1])!.r).toBe(rfvScores(ref, population[2])!.r);
	});

	test('customers without an occasion in the window are not scored', () => {
		expect(rfvScores(ref, { recencyDays: 400, frequency: 0, revenue: 0 })).toBeNull();
	});

	test('named segments, first match wins in SPEC order', () => {
		expect(rfvSegment(1, 5, 5)).toBe('Não pode perder');
		expect(rfvSegment(2, 4, 3)).toBe('Fiéis'); // F ≥ 4 but V < 4: not "Não pode perder"
		expect(rfvSegment(5, 5, 1)).toBe('Campeões');
		expect(rfvSegment(3, 4, 1)).toBe('Fiéis');
		expect(rfvSegment(2, 3, 1)).toBe('Em risco');
		expect(rfvSegment(5, 1, 1)).toBe('Novos');
		expect(rfvSegment(4, 2, 5)).toBe('Promissores');
		expect(rfvSegment(3, 3, 3)).toBe('Precisam de atenção');
		expect(rfvSegment(1, 1, 1)).toBe('Hibernando');
		expect(rfvSegment(3, 1, 1)).toBe('Outros');
	});
});
