/**
 * Quasi-Newton (BFGS) minimisation of a smooth function with an analytic gradient, with a
 * weak-Wolfe bisection line search (Lewis & Overton 2013): it accepts only steps that decrease
 * the function enough and keep sᵀy > 0, so the inverse-Hessian update stays positive definite
 * (plus Hager & Zhang's approximate Wolfe test, so it can still converge once the decrease per
 * step is below the rounding of a sum over tens of thousands of customers).
 * Points where the function is not finite are treated as "too far" and the step is shortened.
 * Fully deterministic.
 */

/** Writes ∇f(x) into `gradient` and returns f(x). */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface MinimizeOptions {
	maxIterations?: number;
	/** Stop when every |∂f/∂xᵢ| is at most this. */
	gradientTolerance?: number;
}

export interface MinimizeResult {
	x: Float64Array;
	value: number;
	iterations: number;
	converged: boolean;
}

const ARMIJO = 1e-4;
const CURVATURE = 0.9;
const APPROXIMATE_ARMIJO = 1 - 2 * 0.1; // Hager & Zhang's 2δ − 1 with δ = 0.1
// Relative change of f below which two values are treated as equal (rounding in the sums).
const NOISE = 1e-12;
const MAX_LINE_SEARCH_STEPS = 60;

function dot(u: Float64Array, v: Float64Array): number {
	let sum = 0;
	for (let i = 0; i < u.length; i++) sum += u[i] * v[i];
	return sum;
}

/** max |vᵢ|, NaN if any component is NaN. */
function maxAbs(v: Float64Array): number {
	let max = 0;
	for (const value of v) max = Math.max(max, Math.abs(value));
	return max;
}

function identity(n: number): Float64Array {
	const h = new Float64Array(n * n);
	for (let i = 0; i < n; i++) h[i * n + i] = 1;
	return h;
}

/** H ← (I − ρsyᵀ) H (I − ρysᵀ) + ρssᵀ, with ρ = 1 / sᵀy; H is n×n, row-major. */
function updateInverseHessian(h: Float64Array, s: Float64Array, y: Float64Array): void {
	const n = s.length;
	const rho = 1 / dot(s, y);
	const hy = new Float64Array(n);
	for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) hy[i] += h[i * n + j] * y[j];
	const yhy = dot(y, hy);
	for (let i = 0; i < n; i++) {
		for (let j = 0; j < n; j++) {
			h[i * n + j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
		}
	}
}

/** Minimises `f` from `start`; never throws on a non-finite trial point. */
export function minimizeBfgs(
	f: Objective,
	start: ArrayLike<number>,
	options: MinimizeOptions = {}
): MinimizeResult {
	const { maxIterations = 200, gradientTolerance = 1e-8 } = options;
	const n = start.length;
	let x = Float64Array.from(start);
	let g = new Float64Array(n);
	let value = f(x, g);
	if (!Number.isFinite(value) || Number.isNaN(maxAbs(g))) {
		return { x, value, iterations: 0, converged: false };
	}
	let h = identity(n);
	let fresh = true; // H is still the (scaled) identity
	const direction = new Float64Array(n);
	const trial = new Float64Array(n);
	const trialGradient = new Float64Array(n);

	for (let iteration = 0; iteration < maxIterations; iteration++) {
		if (maxAbs(g) <= gradientTolerance) return { x, value, iterations: iteration, converged: true };
		direction.fill(0);
		for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) direction[i] -= h[i * n + j] * g[j];
		const slope = dot(direction, g);

		// Weak-Wolfe line search: bisect between a too-long and a too-short step, double otherwise.
		let low = 0;
		let high = Infinity;
		let step = fresh ? Math.min(1, 1 / maxAbs(g)) : 1;
		let accepted = false;
		let trialValue = NaN;
		for (let k = 0; k < MAX_LINE_SEARCH_STEPS && slope < 0; k++) {
			for (let i = 0; i < n; i++) trial[i] = x[i] + step * direction[i];
			trialValue = f(trial, trialGradient);
			const trialSlope = dot(trialGradient, direction);
			const finite = Number.isFinite(trialValue) && Number.isFinite(trialSlope);
			if (
				finite &&
				trialValue <= value + NOISE * Math.abs(value) &&
				trialSlope >= CURVATURE * slope &&
				trialSlope <= -APPROXIMATE_ARMIJO * slope
			) {
				// Hager & Zhang's approximate Wolfe conditions: near the optimum the decrease is lost
				// in rounding, but the (accurate) gradient still says the line minimum is reached.
				accepted = true;
				break;
			}
			if (!finite || trialValue > value + ARMIJO * step * slope) {
				high = step;
			} else if (trialSlope < CURVATURE * slope) {
				low = step;
			} else {
				accepted = true;
				break;
			}
			step = high === Infinity ? 2 * low : (low + high) / 2;
		}

		if (!accepted) {
			// A stale curvature model can point badly: retry once from steepest descent.
			if (!fresh) {
				h = identity(n);
				fresh = true;
				continue;
			}
			return { x, value, iterations: iteration, converged: false };
		}
		const s = new Float64Array(n);
		const y = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			s[i] = trial[i] - x[i];
			y[i] = trialGradient[i] - g[i];
		}
		if (fresh) {
			// Nocedal & Wright (6.20): scale the first H to the curvature just observed.
			h = identity(n).map((v) => (v * dot(s, y)) / dot(y, y));
			fresh = false;
		}
		updateInverseHessian(h, s, y);
		x = Float64Array.from(trial);
		g = Float64Array.from(trialGradient);
		value = trialValue;
	}
	return { x, value, iterations: maxIterations, converged: maxAbs(g) <= gradientTolerance };
}
