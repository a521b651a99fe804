import { describe, expect, it } from 'vitest';
import { loadCdnowSample } from './cdnow.ts';
import { groupCustomers } from './group-customers.ts';
import { bgnbdLogLikelihood, customerLogLikelihood } from './log-likelihood.ts';
import type { BgNbdParams } from './types.ts';

const customers = await loadCdnowSample();
const grouped = groupCustomers(customers);
// The maximum-likelihood estimates on CDNOW to six decimals.
const MLE: BgNbdParams = { r: 0.242594, alpha: 4.413602, a: 0.792922, b: 2.425907 };

describe('bgnbdLogLikelihood', () => {
	it('is −9582.43 at the CDNOW estimates', () => {
		expect(Math.abs(bgnbdLogLikelihood(MLE, grouped) - -9582.43)).toBeLessThan(0.01);
	});

	it('equals the sum of per-customer log-likelihoods', () => {
		const params = { r: 1.3, alpha: 2, a: 3, b: 0.4 };
		const sum = customers.reduce((total, c) => total + customerLogLikelihood(params, c), 0);
		expect(bgnbdLogLikelihood(params, grouped)).toBeCloseTo(sum, 7);
	});

	it('has the gradient of its finite differences in log-parameters', () => {
		const keys = ['r', 'alpha', 'a', 'b'] as const;
		for (const params of [MLE, { r: 1.3, alpha: 2, a: 3, b: 0.4 }]) {
			const gradient = new Float64Array(4);
			bgnbdLogLikelihood(params, grouped, gradient);
			keys.forEach((key, i) => {
				const h = 1e-6;
				const up = bgnbdLogLikelihood({ ...params, [key]: params[key] * Math.exp(h) }, grouped);
				const down = bgnbdLogLikelihood({ ...params, [key]: params[key] * Math.exp(-h) }, grouped);
				const numeric = (up - down) / (2 * h);
				expect(Math.abs(gradient[i] - numeric)).toBeLessThan(1e-4 * Math.max(1, Math.abs(numeric)));
			});
		}
	});

	it('never returns NaN, even for extreme parameters or histories', () => {
		const extreme = [1e-300, 1e-12, 1e-3, 1, 1e3, 1e12, 1e300];
		const data = groupCustomers([
			{ x: 0, tx: 0, T: 38 },
			{ x: 200, tx: 150, T: 156 },
			{ x: 3, tx: 0, T: 0.5 }
		]);
		const gradient = new Float64Array(4);
		for (const r of extreme) {
			for (const alpha of extreme) {
				for (const a of extreme) {
					for (const b of extreme) {
						const value = bgnbdLogLikelihood({ r, alpha, a, b }, data, gradient);
						expect(value).not.toBeNaN();
						expect(value).toBeLessThan(Infinity);
					}
				}
			}
		}
		for (const bad of [0, -1, NaN, Infinity]) {
			expect(bgnbdLogLikelihood({ ...MLE, a: bad }, data)).toBe(-Infinity);
		}
	});

	it('is finite for a customer with 200 repeat purchases', () => {
		const value = customerLogLikelihood(MLE, { x: 200, tx: 150, T: 156 });
		expect(Number.isFinite(value)).toBe(true);
		expect(bgnbdLogLikelihood(MLE, groupCustomers([{ x: 200, tx: 150, T: 156 }]))).toBeCloseTo(
			value,
			9
		);
	});
});
