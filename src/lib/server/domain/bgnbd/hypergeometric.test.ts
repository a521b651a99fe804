import { describe, expect, it } from 'vitest';
import { hyp2f1, hypergeometricSeries } from './hypergeometric.ts';

function expectRelative(actual: number, expected: number, tolerance: number): void {
	expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThanOrEqual(tolerance);
}

/** The plain series with a huge term budget: slow but trustworthy for z < 1 and positive parameters. */
function bruteForce(a: number, b: number, c: number, z: number): number {
	let sum = 1;
	let term = 1;
	for (let n = 0; n < 5_000_000; n++) {
		term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
		sum += term;
		if (n > 1000 && Math.abs(term) < 1e-18 * Math.abs(sum)) break;
	}
	return sum;
}

describe('hyp2f1', () => {
	it('gives −ln(1 − z)/z for (1, 1; 2), including integer c − a − b near z = 1', () => {
		for (const z of [-100, -3, -0.5, 0.1, 0.5, 0.6, 0.9, 0.99, 0.999999]) {
			expectRelative(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z, 1e-10);
		}
	});

	it('gives arcsin(z)/z for (1/2, 1/2; 3/2; z²) and arctan(z)/z for (1/2, 1; 3/2; −z²)', () => {
		for (const z of [0.3, 0.7, 0.95, 0.9999]) {
			expectRelative(hyp2f1(0.5, 0.5, 1.5, z * z), Math.asin(z) / z, 1e-12);
		}
		for (const z of [0.5, 2, 10]) {
			expectRelative(hyp2f1(0.5, 1, 1.5, -z * z), Math.atan(z) / z, 1e-12);
		}
	});

	it('gives (1 − z)^−a when b = c', () => {
		for (const z of [-5, 0.3, 0.7, 0.95, 0.9999]) {
			expectRelative(hyp2f1(2.3, 1.7, 1.7, z), Math.pow(1 - z, -2.3), 1e-12);
		}
	});

	it('terminates for a non-positive integer a, on any z', () => {
		const [b, c, z] = [2.5, 1.5, 3];
		const expected = 1 - (2 * b * z) / c + (b * (b + 1) * z * z) / (c * (c + 1));
		expectRelative(hyp2f1(-2, b, c, z), expected, 1e-14);
	});

	it("uses Gauss's theorem at z = 1", () => {
		// ₂F₁(1, 1; 3; 1) = Γ(3)Γ(1)/(Γ(2)Γ(2)) = 2.
		expectRelative(hyp2f1(1, 1, 3, 1), 2, 1e-13);
		expect(() => hyp2f1(1, 1, 2, 1)).toThrow(RangeError);
	});

	it('rejects a non-positive integer c and z > 1', () => {
		expect(() => hyp2f1(1, 1, -2, 0.3)).toThrow(RangeError);
		expect(() => hyp2f1(1, 1, 2, 1.5)).toThrow(RangeError);
	});

	it('agrees with the plain series on arguments BG/NBD produces, z up to 0.99', () => {
		const [r, alpha, a, b] = [0.243, 4.414, 0.793, 2.426];
		for (const { x, T, t } of [
			{ x: 2, T: 38.86, t: 39 },
			{ x: 0, T: 0, t: 78 },
			{ x: 7, T: 2, t: 52 },
			{ x: 1, T: 0.5, t: 500 }
		]) {
			const z = t / (alpha + T + t);
			const args = [r + x, b + x, a + b + x - 1, z] as const;
			expectRelative(hyp2f1(...args), bruteForce(...args), 1e-11);
		}
	});

	it('is continuous where it switches from the series to the 1 − z transformation', () => {
		const below = hyp2f1(0.7, 3.2, 2.1, 0.5);
		const above = hyp2f1(0.7, 3.2, 2.1, 0.5 + 1e-12);
		expectRelative(above, below, 1e-10);
	});
});

describe('hypergeometricSeries', () => {
	it('sums ₁F₀(a;;z) = (1 − z)^−a', () => {
		expectRelative(hypergeometricSeries([1.5], [], 0.4), Math.pow(0.6, -1.5), 1e-14);
	});
});
