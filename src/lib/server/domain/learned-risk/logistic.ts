/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares) on standardised features: a handful of features, tens of thousands of rows, a few
 * iterations — milliseconds, deterministic, no library.
 */

export interface LogisticModel {
	/** Per feature: mean and standard deviation used to standardise. */
	mean: Float64Array;
	scale: Float64Array;
	/** weights[0] is the intercept; weights[1 + j] multiplies standardised feature j. */
	weights: Float64Array;
}

function solve(a: Float64Array, b: Float64Array, n: number): Float64Array {
	// Cholesky: a is symmetric positive definite (Hessian + λI).
	const l = new Float64Array(n * n);
	for (let i = 0; i < n; i++)
		for (let j = 0; j <= i; j++) {
			let s = a[i * n + j];
			for (let k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k];
			l[i * n + j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j * n + j];
		}
	const z = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		let s = b[i];
		for (let k = 0; k < i; k++) s -= l[i * n + k] * z[k];
		z[i] = s / l[i * n + i];
	}
	const x = new Float64Array(n);
	for (let i = n - 1; i >= 0; i--) {
		let s = z[i];
		for (let k = i + 1; k < n; k++) s -= l[k * n + i] * x[k];
		x[i] = s / l[i * n + i];
	}
	return x;
}

export const sigmoid = (t: number) => 1 / (1 + Math.exp(-t));

export function fitLogistic(
	x: Float64Array,
	y: Uint8Array,
	features: number,
	options: { lambda?: number; iterations?: number } = {}
): LogisticModel {
	const rows = y.length;
	const lambda = options.lambda ?? 1;
	const mean = new Float64Array(features);
	const scale = new Float64Array(features);
	for (let j = 0; j < features; j++) {
		let s = 0;
		for (let i = 0; i < rows; i++) s += x[i * features + j];
		mean[j] = s / Math.max(1, rows);
		let v = 0;
		for (let i = 0; i < rows; i++) v += (x[i * features + j] - mean[j]) ** 2;
		scale[j] = Math.sqrt(v / Math.max(1, rows)) || 1;
	}
	const p = features + 1;
	const w = new Float64Array(p);
	const z = new Float64Array(p);
	for (let iter = 0; iter < (options.iterations ?? 25); iter++) {
		const hess = new Float64Array(p * p);
		const grad = new Float64Array(p);
		for (let i = 0; i < rows; i++) {
			z[0] = 1;
			for (let j = 0; j < features; j++) z[j + 1] = (x[i * features + j] - mean[j]) / scale[j];
			let t = 0;
			for (let j = 0; j < p; j++) t += w[j] * z[j];
			const mu = sigmoid(t);
			const r = y[i] - mu;
			const wt = Math.max(mu * (1 - mu), 1e-9);
			for (let j = 0; j < p; j++) {
				grad[j] += r * z[j];
				const zj = wt * z[j];
				for (let k = 0; k <= j; k++) hess[j * p + k] += zj * z[k];
			}
		}
		for (let j = 0; j < p; j++) {
			for (let k = 0; k < j; k++) hess[k * p + j] = hess[j * p + k];
			if (j > 0) {
				hess[j * p + j] += lambda;
				grad[j] -= lambda * w[j];
			} else hess[0] += 1e-9;
		}
		const step = solve(hess, grad, p);
		let change = 0;
		for (let j = 0; j < p; j++) {
			w[j] += step[j];
			change = Math.max(change, Math.abs(step[j]));
		}
		if (change < 1e-6) break;
	}
	return { mean, scale, weights: w };
}

/** Linear predictor (log-odds) of row i. */
export function logit(model: LogisticModel, x: Float64Array, i: number): number {
	const f = model.mean.length;
	let t = model.weights[0];
	for (let j = 0; j < f; j++)
		t += (model.weights[j + 1] * (x[i * f + j] - model.mean[j])) / model.scale[j];
	return t;
}
