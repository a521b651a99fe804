/**
 * Gauss hypergeometric function ₂F₁(a, b; c; z) for real z ≤ 1, as BG/NBD's conditional
 * expectation needs it (z = t / (α + T + t) ∈ [0, 1), close to 1 for short histories and long
 * horizons). The power series is summed only where it converges fast (|z| ≤ 1/2); other
 * arguments are brought there by the standard transformations (Abramowitz & Stegun 15.3.4–6).
 */
import { acrossRemovableSingularity } from './removable-singularity.ts';
import { gammaSign, isGammaPole, logGamma } from './gamma-functions.ts';

const EPSILON = 1e-17;
const MAX_TERMS = 100_000;
// Distance from an integer c − a − b below which 15.3.6 is replaced by interpolation: balances
// the cancellation near the integer (~1e-16 / gap) against the interpolation error (~gap⁴).
const INTEGER_GAP = 3e-4;

/**
 * Sums the generalized hypergeometric series Σₙ ∏(upperᵢ)ₙ / ∏(lowerⱼ)ₙ · zⁿ / n! by the ratio
 * of consecutive terms. With one more upper than lower parameter (₂F₁, ₃F₂) it converges only
 * for |z| < 1, and fast for |z| ≤ 1/2; a non-positive integer upper parameter makes it a
 * polynomial, which ends at its first zero term.
 */
export function hypergeometricSeries(
	upper: readonly number[],
	lower: readonly number[],
	z: number
): number {
	let sum = 1;
	let term = 1;
	// Past this index every Pochhammer factor has a fixed sign and the term ratio moves
	// monotonically towards |z|, so the geometric tail bound below is valid.
	let settled = 0;
	for (const p of [...upper, ...lower]) settled = Math.max(settled, Math.ceil(-p) + 1);
	for (let n = 0; n < MAX_TERMS; n++) {
		let ratio = z / (n + 1);
		for (const p of upper) ratio *= p + n;
		for (const q of lower) ratio /= q + n;
		term *= ratio;
		sum += term;
		if (term === 0 || !Number.isFinite(sum)) return sum;
		const bound = Math.max(Math.abs(ratio), Math.abs(z));
		if (
			n >= settled &&
			bound < 1 &&
			(Math.abs(term) * bound) / (1 - bound) <= EPSILON * Math.abs(sum)
		) {
			return sum;
		}
	}
	return sum;
}

/** sign · exp(Σ ln|Γ(numerator)| − Σ ln|Γ(denominator)| + logFactor); 0 when a denominator Γ is infinite. */
function gammaRatio(numerator: number[], denominator: number[], logFactor = 0): number {
	let log = logFactor;
	let sign = 1;
	for (const x of denominator) {
		if (isGammaPole(x)) return 0;
		log -= logGamma(x);
		sign *= gammaSign(x);
	}
	for (const x of numerator) {
		log += logGamma(x);
		sign *= gammaSign(x);
	}
	return sign * Math.exp(log);
}

/** A&S 15.3.6: ₂F₁ at z from two series in 1 − z; c − a − b must not be an integer. */
function connectionToOneMinusZ(a: number, b: number, c: number, z: number): number {
	const m = c - a - b;
	const y = 1 - z;
	const first = gammaRatio([c, m], [c - a, c - b]);
	const second = gammaRatio([c, -m], [a, b], m * Math.log(y));
	const firstSeries = first === 0 ? 0 : hypergeometricSeries([a, b], [1 - m], y);
	const secondSeries = second === 0 ? 0 : hypergeometricSeries([c - a, c - b], [1 + m], y);
	return first * firstSeries + second * secondSeries;
}

function isPolynomial(a: number, b: number): boolean {
	return isGammaPole(a) || isGammaPole(b);
}

/**
 * ₂F₁(a, b; c; z) for real z ≤ 1 (z = 1 only when c − a − b > 0, by Gauss's theorem).
 * Throws a RangeError for c a non-positive integer or z > 1 (unless the series terminates).
 * Relative accuracy is about 1e-14 for moderate parameters, 1e-11 when z > 1/2 and c − a − b is
 * within 1e-3 of an integer; it overflows to ±Infinity when the value itself does (large
 * a + b − c with z near 1).
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
	if (isGammaPole(c)) throw new RangeError(`hyp2f1: c = ${c} is a non-positive integer`);
	if (z === 0 || a === 0 || b === 0) return 1;
	if (isPolynomial(a, b)) return hypergeometricSeries([a, b], [c], z);
	if (z > 1 || Number.isNaN(z)) throw new RangeError(`hyp2f1: z = ${z} is outside (−∞, 1]`);
	if (z === 1) {
		if (c - a - b <= 0) throw new RangeError('hyp2f1: the series diverges at z = 1');
		return gammaRatio([c, c - a - b], [c - a, c - b]);
	}
	if (z < 0) {
		// Pfaff (15.3.4) maps (−∞, 0) onto (0, 1) without cancellation between terms.
		return Math.pow(1 - z, -a) * hyp2f1(a, c - b, c, z / (z - 1));
	}
	if (z <= 0.5) return hypergeometricSeries([a, b], [c], z);
	const m = c - a - b;
	const nearestInteger = Math.round(m);
	// At integer c − a − b the two terms of 15.3.6 have cancelling poles; ₂F₁ is smooth in c,
	// so interpolate across that point in c.
	return acrossRemovableSingularity(
		(cc) => connectionToOneMinusZ(a, b, cc, z),
		c,
		c - m + nearestInteger,
		INTEGER_GAP
	);
}
