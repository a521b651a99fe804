import { describe, expect, it } from 'vitest';
import {
	expectedPurchases,
	expectedPurchasesNewCustomer,
	pAlive,
	probNoPurchase
} from './predict.ts';
import type { BgNbdParams } from './types.ts';

const CDNOW: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/** FHL eq. 10 evaluated literally, with the plain ₂F₁ series (fine for these arguments). */
function literalExpectation(params: BgNbdParams, t: number, x: number, tx: number, T: number) {
	const { r, alpha, a, b } = params;
	const z = t / (alpha + T + t);
	let series = 1;
	let term = 1;
	for (let n = 0; n < 1_000_000; n++) {
		term *= (((r + x + n) * (b + x + n)) / ((a + b + x - 1 + n) * (n + 1))) * z;
		series += term;
		if (n > 1000 && Math.abs(term) < 1e-18 * series) break;
	}
	const bracket = 1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * series;
	const odds = x > 0 ? (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x) : 0;
	return (((a + b + x - 1) / (a - 1)) * bracket) / (1 + odds);
}

describe('expectedPurchases', () => {
	it('gives 1.226 for x = 2, tₓ = 30.43, T = 38.86 over the next 39 weeks (FHL 2005)', () => {
		const value = expectedPurchases(CDNOW, 39, { x: 2, tx: 30.43, T: 38.86 });
		expect(Math.abs(value - 1.226)).toBeLessThanOrEqual(0.001);
	});

	it('agrees with the literal formula on short and long horizons', () => {
		for (const [t, x, tx, T] of [
			[39, 0, 0, 38.86],
			[2, 5, 3, 4],
			[10, 5, 3, 4],
			[1000, 3, 1, 2],
			[52, 1, 20, 100]
		]) {
			const expected = literalExpectation(CDNOW, t, x, tx, T);
			expect(expectedPurchases(CDNOW, t, { x, tx, T })).toBeCloseTo(expected, 10);
		}
	});

	it('is continuous in a across a = 1, where eq. 10 reads 0/0', () => {
		const customer = { x: 2, tx: 30.43, T: 38.86 };
		for (const t of [3, 39, 400]) {
			const at1 = expectedPurchases({ ...CDNOW, a: 1 }, t, customer);
			expect(Number.isFinite(at1)).toBe(true);
			const below = expectedPurchases({ ...CDNOW, a: 1 - 1e-3 }, t, customer);
			const above = expectedPurchases({ ...CDNOW, a: 1 + 1e-3 }, t, customer);
			expect(Math.abs(at1 - (below + above) / 2)).toBeLessThan(1e-6 * at1);
		}
	});

	it('is continuous across a + b + x = 1, where ₂F₁ has c = 0', () => {
		const params = { ...CDNOW, a: 0.4, b: 0.6 };
		for (const t of [1, 78]) {
			const at0 = expectedPurchasesNewCustomer(params, t);
			const below = expectedPurchasesNewCustomer({ ...params, b: 0.6 - 1e-4 }, t);
			const above = expectedPurchasesNewCustomer({ ...params, b: 0.6 + 1e-4 }, t);
			expect(Math.abs(at0 - (below + above) / 2)).toBeLessThan(1e-6 * at0);
		}
	});

	it('grows with the horizon and is 0 for t = 0', () => {
		const customer = { x: 4, tx: 20, T: 30 };
		const values = [0, 1, 5, 13, 39, 100, 1000].map((t) => expectedPurchases(CDNOW, t, customer));
		expect(values[0]).toBe(0);
		for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]);
	});

	it('stays finite for a customer with 200 repeat purchases', () => {
		const heavy = { x: 200, tx: 150, T: 156 };
		for (const t of [1, 39, 1000]) {
			const value = expectedPurchases(CDNOW, t, heavy);
			expect(Number.isFinite(value)).toBe(true);
			expect(value).toBeGreaterThan(0);
		}
		expect(expectedPurchases(CDNOW, 39, heavy)).toBeCloseTo(
			literalExpectation(CDNOW, 39, 200, 150, 156),
			8
		);
	});
});

describe('expectedPurchasesNewCustomer', () => {
	it('is the literal eq. 9 and the conditional expectation at x = tₓ = T = 0', () => {
		expect(expectedPurchasesNewCustomer(CDNOW, 39)).toBeCloseTo(
			literalExpectation(CDNOW, 39, 0, 0, 0),
			10
		);
		expect(expectedPurchasesNewCustomer(CDNOW, 78)).toBeCloseTo(
			literalExpectation(CDNOW, 78, 0, 0, 0),
			10
		);
	});
});

describe('pAlive', () => {
	it('is 1 without repeat purchases', () => {
		expect(pAlive(CDNOW, { x: 0, tx: 0, T: 38 })).toBe(1);
	});

	it('falls as time passes without a purchase', () => {
		const values = [31, 35, 39, 52, 104].map((T) => pAlive(CDNOW, { x: 2, tx: 30, T }));
		for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1]);
		expect(pAlive(CDNOW, { x: 2, tx: 30, T: 30 })).toBeCloseTo(
			1 / (1 + CDNOW.a / (CDNOW.b + 1)),
			12
		);
	});

	it('stays in [0, 1] for extreme histories', () => {
		for (const customer of [
			{ x: 200, tx: 150, T: 156 },
			{ x: 200, tx: 1, T: 156 },
			{ x: 1, tx: 0, T: 1e6 }
		]) {
			const p = pAlive(CDNOW, customer);
			expect(p).toBeGreaterThanOrEqual(0);
			expect(p).toBeLessThanOrEqual(1);
		}
	});
});

describe('probNoPurchase', () => {
	const customers = [
		{ x: 0, tx: 0, T: 38.86 },
		{ x: 2, tx: 30.43, T: 38.86 },
		{ x: 200, tx: 150, T: 156 },
		{ x: 5, tx: 2, T: 40 }
	];

	it('implements (1 − P(alive)) + P(alive)·((α+T)/(α+T+h))^(r+x)', () => {
		for (const customer of customers) {
			const { x, T } = customer;
			const p = pAlive(CDNOW, customer);
			const h = 90 / 7;
			const expected = 1 - p + p * Math.pow((CDNOW.alpha + T) / (CDNOW.alpha + T + h), CDNOW.r + x);
			expect(probNoPurchase(CDNOW, h, customer)).toBeCloseTo(expected, 12);
		}
	});

	it('is in [0, 1], 1 at h = 0 and decreasing in h', () => {
		for (const customer of customers) {
			const values = [0, 0.5, 4, 13, 52, 520].map((h) => probNoPurchase(CDNOW, h, customer));
			expect(values[0]).toBe(1);
			// Non-increasing: for x = 200 the "alive and silent" term is already 0 within weeks,
			// leaving the flat 1 − P(alive).
			for (let i = 1; i < values.length; i++) {
				expect(values[i]).toBeLessThanOrEqual(values[i - 1]);
				expect(values[i]).toBeGreaterThanOrEqual(1 - pAlive(CDNOW, customer));
			}
			expect(values[values.length - 1]).toBeLessThan(values[1]);
		}
	});
});
