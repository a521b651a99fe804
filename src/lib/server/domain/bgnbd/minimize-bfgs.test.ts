import { describe, expect, it } from 'vitest';
import { minimizeBfgs } from './minimize-bfgs.ts';

describe('minimizeBfgs', () => {
	it('finds the minimum of the Rosenbrock function', () => {
		const result = minimizeBfgs(
			([x, y], gradient) => {
				gradient[0] = -2 * (1 - x) - 400 * x * (y - x * x);
				gradient[1] = 200 * (y - x * x);
				return (1 - x) ** 2 + 100 * (y - x * x) ** 2;
			},
			[-1.2, 1]
		);
		expect(result.converged).toBe(true);
		expect(result.x[0]).toBeCloseTo(1, 6);
		expect(result.x[1]).toBeCloseTo(1, 6);
	});

	it('backs off from regions where the function is not finite', () => {
		// f = x − ln(x) on x > 0 (minimum at 1), undefined beyond; the first step overshoots to x < 0.
		const result = minimizeBfgs(
			([x], gradient) => {
				gradient[0] = 1 - 1 / x;
				return x > 0 ? x - Math.log(x) : NaN;
			},
			[0.01]
		);
		expect(result.converged).toBe(true);
		expect(result.x[0]).toBeCloseTo(1, 8);
	});
});
