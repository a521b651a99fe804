/**
 * What a fitted BG/NBD says about one customer (Fader, Hardie & Lee 2005; the rules are written
 * in ../shared/SPEC.md, "Probability alive" and "Risk score"). Time is in the unit of the fit
 * (weeks in Giro).
 */
import { acrossRemovableSingularity } from './removable-singularity.ts';
import { hyp2f1, hypergeometricSeries } from './hypergeometric.ts';
import type { BgNbdCustomer, BgNbdParams } from './types.ts';

/**
 * P(alive | x, tₓ, T) = 1 / (1 + 1{x>0} · a/(b+x−1) · ((α+T)/(α+tₓ))^(r+x)) (FHL 2005, eq. 13).
 * Exactly 1 for x = 0: in BG/NBD a customer can only drop out right after a repeat purchase.
 */
export function pAlive(params: BgNbdParams, customer: BgNbdCustomer): number {
	const { r, alpha, a, b } = params;
	const { x, tx, T } = customer;
	if (x === 0) return 1;
	const logOdds =
		Math.log(a / (b + x - 1)) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
	return 1 / (1 + Math.exp(logOdds));
}

/**
 * Expected purchases in the next t for a customer known to be alive: eq. 9's E[X(t)] under the
 * posterior (r+x, α+T, a, b+x), i.e. c·(1 − G)/(a − 1) with c = a+b+x−1 and
 * G = ((α+T)/(α+T+t))^(r+x) · ₂F₁(r+x, b+x; c; t/(α+T+t)). Never forms that ₂F₁, which
 * overflows for large x, and stays finite at a = 1 and c = 0 where the formula reads 0/0.
 */
function expectedPurchasesIfAlive(params: BgNbdParams, x: number, T: number, t: number): number {
	const { r, alpha, a, b } = params;
	const rx = r + x;
	const w = t / (alpha + T);
	if (w <= 0.5) {
		// Pfaff: G = ₂F₁(r+x, a−1; c; −w), whose terms after the first all carry a − 1 and c in
		// ratio; dividing them out leaves (r+x)·w·₃F₂(r+x+1, a, 1; c+1, 2; −w), terms ~ wⁿ.
		return rx * w * hypergeometricSeries([rx + 1, a, 1], [a + b + x, 2], -w);
	}
	// Longer horizons: Euler's transformation, G = y^(a−1) ₂F₁(a+b−1−r, a−1; c; z) with
	// y = 1 − z = (α+T)/(α+T+t), a ₂F₁ that stays bounded as z → 1.
	const z = t / (alpha + T + t);
	const y = 1 - z;
	const atA = (aa: number): number =>
		acrossRemovableSingularity(
			(bb) => {
				const c = aa + bb + x - 1;
				const g = Math.pow(y, aa - 1) * hyp2f1(aa + bb - 1 - r, aa - 1, c, z);
				return (c * (1 - g)) / (aa - 1);
			},
			b,
			1 - aa - x,
			1e-6 // c = 0 only needs stepping over: nothing cancels near it
		);
	return acrossRemovableSingularity(atA, a, 1, 1e-4);
}

/**
 * E[purchases in (T, T+t] | x, tₓ, T] (FHL 2005, eq. 10):
 * (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))] · P(alive).
 */
export function expectedPurchases(params: BgNbdParams, t: number, customer: BgNbdCustomer): number {
	if (t <= 0) return 0;
	return expectedPurchasesIfAlive(params, customer.x, customer.T, t) * pAlive(params, customer);
}

/**
 * E[X(t)] for a customer just acquired (FHL 2005, eq. 9): expected repeat purchases in the
 * first t time units, the conditional expectation at x = tₓ = T = 0.
 */
export function expectedPurchasesNewCustomer(params: BgNbdParams, t: number): number {
	return expectedPurchases(params, t, { x: 0, tx: 0, T: 0 });
}

/**
 * Risk score: the probability of no purchase in the next h time units given the history,
 * (1 − P(alive)) + P(alive) · ((α+T)/(α+T+h))^(r+x): dead, or alive and the Gamma-Poisson
 * posterior (shape r+x, rate α+T) gives no event in h. In [0, 1], non-increasing in h.
 */
export function probNoPurchase(params: BgNbdParams, h: number, customer: BgNbdCustomer): number {
	const { r, alpha } = params;
	const { x, T } = customer;
	if (h <= 0) return 1;
	const alive = pAlive(params, customer);
	// 1 − ((α+T)/(α+T+h))^(r+x), accurate for small h.
	const buyIfAlive = -Math.expm1(-(r + x) * Math.log1p(h / (alpha + T)));
	return 1 - alive * buyIfAlive;
}
