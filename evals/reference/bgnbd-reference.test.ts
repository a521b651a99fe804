import { describe, expect, test } from 'vitest';
import { expectedPurchases, pAlive, PUBLISHED_CDNOW, riskScore } from './bgnbd-reference.ts';

describe('BG/NBD reference formulas', () => {
	test('FHL 2005: x = 2, tₓ = 30,43, T = 38,86 expects 1,226 purchases in the next 39 weeks', () => {
		expect(expectedPurchases(PUBLISHED_CDNOW, 39, { x: 2, tx: 30.43, T: 38.86 })).toBeCloseTo(
			1.226,
			3
		);
	});

	test('P(alive) is 1 without repeat purchases and falls with a long silence', () => {
		expect(pAlive(PUBLISHED_CDNOW, { x: 0, tx: 0, T: 30 })).toBe(1);
		const recent = pAlive(PUBLISHED_CDNOW, { x: 5, tx: 30, T: 31 });
		const silent = pAlive(PUBLISHED_CDNOW, { x: 5, tx: 2, T: 31 });
		expect(recent).toBeCloseTo(0.875, 3); // odds 0,793/6,426 × (35,414/34,414)^5,243 = 0,143
		expect(silent).toBeLessThan(0.1);
	});

	test('risk score: between 0 and 1, 1 − P(alive) at least, higher after a silence', () => {
		const h = { x: 5, tx: 2, T: 31 };
		const score = riskScore(PUBLISHED_CDNOW, 90 / 7, h);
		expect(score).toBeGreaterThanOrEqual(1 - pAlive(PUBLISHED_CDNOW, h));
		expect(score).toBeLessThanOrEqual(1);
		expect(riskScore(PUBLISHED_CDNOW, 90 / 7, { x: 5, tx: 30, T: 31 })).toBeLessThan(score);
	});
});
