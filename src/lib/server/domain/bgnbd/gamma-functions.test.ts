import { describe, expect, it } from 'vitest';
import { digamma, gammaSign, logGamma } from './gamma-functions.ts';

const EULER_GAMMA = 0.5772156649015329;

describe('logGamma', () => {
	it('matches known values', () => {
		expect(logGamma(1)).toBeCloseTo(0, 14);
		expect(logGamma(2)).toBeCloseTo(0, 14);
		expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
		expect(logGamma(10)).toBeCloseTo(Math.log(362_880), 13);
		expect(logGamma(100)).toBeCloseTo(359.1342053695754, 10);
		expect(logGamma(1e-8)).toBeCloseTo(18.420680738180209, 10);
		expect(logGamma(-0.5)).toBeCloseTo(Math.log(2 * Math.sqrt(Math.PI)), 14);
		expect(logGamma(-2.5)).toBeCloseTo(Math.log((8 / 15) * Math.sqrt(Math.PI)), 13);
	});

	it('satisfies ln Γ(x+1) = ln Γ(x) + ln x', () => {
		for (const x of [0.013, 0.243, 0.793, 1.7, 4.414, 37.5, 250.25]) {
			expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 12);
		}
	});

	it('is infinite at the poles and finite for huge arguments', () => {
		expect(logGamma(0)).toBe(Infinity);
		expect(logGamma(-3)).toBe(Infinity);
		expect(Number.isFinite(logGamma(1e300))).toBe(true);
	});
});

describe('gammaSign', () => {
	it('alternates between the negative poles', () => {
		expect([2.5, -0.5, -1.5, -2.5].map(gammaSign)).toEqual([1, -1, 1, -1]);
		expect(gammaSign(-2)).toBeNaN();
	});
});

describe('digamma', () => {
	it('matches known values and the recurrence', () => {
		expect(digamma(1)).toBeCloseTo(-EULER_GAMMA, 13);
		expect(digamma(0.5)).toBeCloseTo(-EULER_GAMMA - 2 * Math.log(2), 13);
		expect(digamma(-0.5)).toBeCloseTo(-EULER_GAMMA - 2 * Math.log(2) + 2, 12);
		for (const x of [1e-6, 0.243, 3.3, 12.5, 1000]) {
			expect(digamma(x + 1) - digamma(x)).toBeCloseTo(1 / x, 8);
		}
	});

	it('is the derivative of logGamma', () => {
		for (const x of [0.3, 2.4, 45]) {
			const h = 1e-5;
			const numeric = (logGamma(x + h) - logGamma(x - h)) / (2 * h);
			expect(digamma(x)).toBeCloseTo(numeric, 7);
		}
	});
});
