/**
 * BG/NBD log-likelihood (Fader, Hardie & Lee 2005, eq. 6), in log space:
 *   ln L = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
 *          + ln[ (α+T)^−(r+x) + 1{x>0} · a/(b+x−1) · (α+tₓ)^−(r+x) ]
 * where the last bracket (alive at T, or dropped out right after the purchase at tₓ) goes
 * through log-sum-exp so neither term underflows for large x.
 */
import { digamma, logGamma } from './gamma-functions.ts';
import type { GroupedCustomers } from './group-customers.ts';
import type { BgNbdCustomer, BgNbdParams } from './types.ts';

function validParams({ r, alpha, a, b }: BgNbdParams): boolean {
	return [r, alpha, a, b].every((p) => p > 0 && Number.isFinite(p));
}

/** ln(eᵘ + eᵛ) without overflow or underflow; v may be −Infinity. */
function logSumExp(u: number, v: number): number {
	const max = Math.max(u, v);
	return max === -Infinity ? -Infinity : max + Math.log1p(Math.exp(-Math.abs(u - v)));
}

/** ln L for one customer; −Infinity when the parameters cannot be evaluated. */
export function customerLogLikelihood(params: BgNbdParams, customer: BgNbdCustomer): number {
	if (!validParams(params)) return -Infinity;
	const { r, alpha, a, b } = params;
	const { x, tx, T } = customer;
	const logBetaRatio = logGamma(a + b) + logGamma(b + x) - logGamma(b) - logGamma(a + b + x);
	const alive = -(r + x) * Math.log(alpha + T);
	const dropped =
		x > 0 ? Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx) : -Infinity;
	const value =
		logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + logBetaRatio + logSumExp(alive, dropped);
	return Number.isNaN(value) ? -Infinity : value;
}

/**
 * Σ wᵢ ln Lᵢ over grouped customers. When `gradient` (length 4) is given it receives the
 * derivatives with respect to (ln r, ln α, ln a, ln b), the coordinates the fit optimises in.
 * Returns −Infinity, never NaN, where the parameters cannot be evaluated (the gradient is then
 * filled with NaN), so an optimizer can simply reject such points.
 */
export function bgnbdLogLikelihood(
	params: BgNbdParams,
	data: GroupedCustomers,
	gradient?: Float64Array
): number {
	const fail = (): number => {
		gradient?.fill(NaN);
		return -Infinity;
	};
	if (!validParams(params)) return fail();
	const { r, alpha, a, b } = params;
	const withGradient = gradient !== undefined;
	const logAlpha = Math.log(alpha);

	// Terms that depend on x alone: computed once per distinct x, weighted by its customers.
	const nx = data.xValues.length;
	const logDropWeight = new Float64Array(nx); // ln(a / (b + x − 1))
	const inverseBx1 = new Float64Array(nx);
	const lgR = logGamma(r);
	const lgB = logGamma(b);
	const lgAB = logGamma(a + b);
	const [psiR, psiB, psiAB] = withGradient ? [digamma(r), digamma(b), digamma(a + b)] : [0, 0, 0];
	let value = 0;
	let dr = 0;
	let dAlpha = 0;
	let da = 0;
	let db = 0;
	for (let k = 0; k < nx; k++) {
		const x = data.xValues[k];
		const w = data.weightByX[k];
		value +=
			w *
			(logGamma(r + x) - lgR + r * logAlpha + lgAB + logGamma(b + x) - lgB - logGamma(a + b + x));
		logDropWeight[k] = x > 0 ? Math.log(a / (b + x - 1)) : -Infinity;
		inverseBx1[k] = 1 / (b + x - 1);
		if (withGradient) {
			const psiABx = digamma(a + b + x);
			dr += w * (digamma(r + x) - psiR + logAlpha);
			dAlpha += (w * r) / alpha;
			da += w * (psiAB - psiABx);
			db += w * (psiAB + digamma(b + x) - psiB - psiABx);
		}
	}

	const logAlphaT = data.TValues.map((T) => Math.log(alpha + T));
	const logAlphaTx = data.txValues.map((tx) => Math.log(alpha + tx));
	for (let i = 0; i < data.size; i++) {
		const k = data.xIndex[i];
		const w = data.weight[i];
		const rx = r + data.x[i];
		const lT = logAlphaT[data.TIndex[i]];
		const alive = -rx * lT;
		if (data.x[i] === 0) {
			value += w * alive;
			if (withGradient) {
				dr -= w * lT;
				dAlpha -= (w * rx) / (alpha + data.T[i]);
			}
			continue;
		}
		const lTx = logAlphaTx[data.txIndex[i]];
		const dropped = logDropWeight[k] - rx * lTx;
		// Share q of the "dropped out after tₓ" term in the sum, computed from the smaller ratio.
		const e = Math.exp(-Math.abs(alive - dropped));
		value += w * (Math.max(alive, dropped) + Math.log1p(e));
		if (withGradient) {
			const q = dropped > alive ? 1 / (1 + e) : e / (1 + e);
			const p = 1 - q;
			dr -= w * (p * lT + q * lTx);
			dAlpha -= w * rx * (p / (alpha + data.T[i]) + q / (alpha + data.tx[i]));
			da += (w * q) / a;
			db -= w * q * inverseBx1[k];
		}
	}

	if (Number.isNaN(value)) return fail();
	if (gradient) {
		gradient[0] = r * dr;
		gradient[1] = alpha * dAlpha;
		gradient[2] = a * da;
		gradient[3] = b * db;
	}
	return value;
}
