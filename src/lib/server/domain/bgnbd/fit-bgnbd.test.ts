import { describe, expect, it } from 'vitest';
import { loadCdnowSample } from './cdnow.ts';
import { fitBgNbd } from './fit-bgnbd.ts';
import { groupCustomers } from './group-customers.ts';
import { simulateBgNbd } from './simulate-bgnbd.ts';

const customers = await loadCdnowSample();

describe('fitBgNbd', () => {
	it('reproduces the published CDNOW estimates (Fader, Hardie & Lee 2005)', () => {
		const fit = fitBgNbd(customers);
		expect(fit.converged).toBe(true);
		expect(Math.abs(fit.r - 0.243)).toBeLessThanOrEqual(0.001);
		expect(Math.abs(fit.alpha - 4.414)).toBeLessThanOrEqual(0.001);
		expect(Math.abs(fit.a - 0.793)).toBeLessThanOrEqual(0.001);
		expect(Math.abs(fit.b - 2.426)).toBeLessThanOrEqual(0.001);
		expect(Math.abs(fit.logLikelihood - -9582.43)).toBeLessThanOrEqual(0.01);
	});

	it('is deterministic and does not depend on the starting point', () => {
		const reference = fitBgNbd(customers);
		expect(fitBgNbd(groupCustomers(customers))).toEqual(reference);
		for (const initial of [
			{ r: 1, alpha: 1, a: 1, b: 1 },
			{ r: 10, alpha: 100, a: 10, b: 10 },
			{ r: 0.01, alpha: 0.1, a: 0.05, b: 50 }
		]) {
			const fit = fitBgNbd(customers, { initial });
			expect(fit.converged).toBe(true);
			expect(fit.logLikelihood).toBeCloseTo(reference.logLikelihood, 6);
			expect(fit.r).toBeCloseTo(reference.r, 5);
			expect(fit.alpha).toBeCloseTo(reference.alpha, 4);
			expect(fit.a).toBeCloseTo(reference.a, 5);
			expect(fit.b).toBeCloseTo(reference.b, 4);
		}
	});

	it('recovers the parameters of simulated customers', () => {
		const params = { r: 0.8, alpha: 6, a: 0.6, b: 2.5 };
		const simulated = simulateBgNbd({ params, customers: 20_000, seed: 7, minT: 26, maxT: 104 });
		const fit = fitBgNbd(simulated);
		expect(fit.converged).toBe(true);
		expect(fit.r / params.r).toBeGreaterThan(0.9);
		expect(fit.r / params.r).toBeLessThan(1.1);
		expect(fit.alpha / params.alpha).toBeGreaterThan(0.85);
		expect(fit.alpha / params.alpha).toBeLessThan(1.15);
		expect(fit.a / params.a).toBeGreaterThan(0.8);
		expect(fit.a / params.a).toBeLessThan(1.2);
		expect(fit.b / params.b).toBeGreaterThan(0.7);
		expect(fit.b / params.b).toBeLessThan(1.3);
	});

	it('returns finite numbers when nobody has bought again', () => {
		const fit = fitBgNbd([
			{ x: 0, tx: 0, T: 10 },
			{ x: 0, tx: 0, T: 20 }
		]);
		for (const value of [fit.r, fit.alpha, fit.a, fit.b, fit.logLikelihood]) {
			expect(value).not.toBeNaN();
		}
	});
});
