/**
 * BG/NBD predictions written straight from Fader, Hardie & Lee (2005) and SPEC, for the CDNOW
 * evals: P(alive) (eq. 13), E[purchases in t] (eq. 10, with the plain ₂F₁ series) and SPEC's
 * risk score. Deliberately literal and slow — no transformation shared with the engine — and
 * meant for the CDNOW sample's published parameters, where the series converges quickly.
 */

export interface Params {
	r: number;
	alpha: number;
	a: number;
	b: number;
}

export interface History {
	/** Repeat purchases (occasions − 1). */
	x: number;
	/** Last − first occasion, weeks. */
	tx: number;
	/** asOf − first occasion, weeks. */
	T: number;
}

/** Fader, Hardie & Lee 2005, Table 1 (CDNOW 1/10 sample, 39 calibration weeks). */
export const PUBLISHED_CDNOW: Params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
export const PUBLISHED_LOG_LIKELIHOOD = -9582.43;

export function pAlive({ r, alpha, a, b }: Params, { x, tx, T }: History): number {
	if (x === 0) return 1;
	return 1 / (1 + (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x));
}

/** ₂F₁(p, q; c; z) by its power series, |z| < 1. */
function hyp2f1(p: number, q: number, c: number, z: number): number {
	let sum = 1;
	let term = 1;
	for (let n = 0; n < 100_000; n++) {
		term *= ((p + n) * (q + n) * z) / ((c + n) * (n + 1));
		sum += term;
		if (Math.abs(term) < 1e-15 * Math.abs(sum)) break;
	}
	return sum;
}

export function expectedPurchases(params: Params, t: number, h: History): number {
	const { r, alpha, a, b } = params;
	const { x, T } = h;
	const z = t / (alpha + T + t);
	const bracket =
		1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z);
	return ((a + b + x - 1) / (a - 1)) * bracket * pAlive(params, h);
}

/** SPEC "Risk score": (1 − P(alive)) + P(alive) · ((α + T)/(α + T + h))^(r + x). */
export function riskScore(params: Params, horizon: number, h: History): number {
	const alive = pAlive(params, h);
	return (
		1 -
		alive +
		alive * Math.pow((params.alpha + h.T) / (params.alpha + h.T + horizon), params.r + h.x)
	);
}
