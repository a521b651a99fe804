/**
 * ln Γ and ψ (digamma) for the BG/NBD likelihood, its gradient and the hypergeometric
 * function. Written here rather than imported so the module has no numeric dependency.
 */

// Lanczos approximation with g = 7, n = 9 (the coefficients popularised by Numerical Recipes
// and Godfrey): about 15 significant digits for Γ(x), x ≥ 1/2.
const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
	-176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
	1.5056327351493116e-7
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** Whether x is a pole of Γ (0, −1, −2, …). */
export function isGammaPole(x: number): boolean {
	return x <= 0 && Number.isInteger(x);
}

/** |sin(πx)|, reduced first so that large |x| keeps its precision. */
function absSinPi(x: number): number {
	return Math.abs(Math.sin(Math.PI * (x - Math.round(x))));
}

/**
 * ln|Γ(x)| for any real x: Infinity at the poles, the reflection formula
 * Γ(x)Γ(1 − x) = π / sin(πx) below 1/2.
 */
export function logGamma(x: number): number {
	if (Number.isNaN(x)) return NaN;
	if (x === Infinity) return Infinity;
	if (x < 0.5) {
		if (isGammaPole(x)) return Infinity;
		return Math.log(Math.PI / absSinPi(x)) - logGamma(1 - x);
	}
	const y = x - 1;
	let series = LANCZOS_COEFFICIENTS[0];
	for (let i = 1; i < LANCZOS_COEFFICIENTS.length; i++) series += LANCZOS_COEFFICIENTS[i] / (y + i);
	const t = y + LANCZOS_G + 0.5;
	return HALF_LOG_TWO_PI + (y + 0.5) * Math.log(t) - t + Math.log(series);
}

/** Sign of Γ(x): +1 for x > 0, alternating between the poles below 0, NaN at a pole. */
export function gammaSign(x: number): number {
	if (x > 0) return 1;
	if (isGammaPole(x) || Number.isNaN(x)) return NaN;
	return Math.floor(x) % 2 === 0 ? 1 : -1;
}

/**
 * ψ(x) = d ln Γ(x) / dx: recurrence up to x ≥ 10, then the asymptotic series (error < 1e-14);
 * reflection ψ(x) = ψ(1 − x) − π cot(πx) for negative x.
 */
export function digamma(x: number): number {
	if (Number.isNaN(x) || isGammaPole(x)) return NaN;
	if (x === Infinity) return Infinity;
	if (x < 0) return digamma(1 - x) - Math.PI / Math.tan(Math.PI * (x - Math.round(x)));
	let shift = 0;
	while (x < 10) {
		shift -= 1 / x;
		x += 1;
	}
	const inv2 = 1 / (x * x);
	const tail =
		inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 / 132))));
	return shift + Math.log(x) - 0.5 / x - tail;
}
