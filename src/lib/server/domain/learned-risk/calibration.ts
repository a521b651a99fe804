/**
 * Calibration (SPEC "Learned risk": a customer shown at 70% stops about 70% of the time).
 * Platt scaling: a one-feature logistic regression from the model's log-odds to the outcome,
 * fitted on predictions made out of time. The expected calibration error over 10 equal-width
 * bins measures how far shown probabilities are from observed frequencies.
 */
import { fitLogistic, sigmoid } from './logistic.ts';

export interface Platt {
	a: number;
	b: number;
}

export function fitPlatt(logits: Float64Array, y: Uint8Array): Platt {
	const m = fitLogistic(logits, y, 1, { lambda: 1e-6 });
	// Undo the standardisation: p = σ(w0 + w1 (t − mean) / scale).
	const a = m.weights[1] / m.scale[0];
	return { a, b: m.weights[0] - a * m.mean[0] };
}

export const applyPlatt = (p: Platt, t: number) => sigmoid(p.a * t + p.b);

/** Σ over 10 bins of (share of rows) × |mean predicted − observed rate|. */
export function expectedCalibrationError(
	probabilities: ArrayLike<number>,
	y: ArrayLike<number>,
	bins = 10
): number {
	const count = new Float64Array(bins);
	const predicted = new Float64Array(bins);
	const observed = new Float64Array(bins);
	for (let i = 0; i < probabilities.length; i++) {
		const b = Math.min(bins - 1, Math.floor(probabilities[i] * bins));
		count[b]++;
		predicted[b] += probabilities[i];
		observed[b] += y[i];
	}
	let ece = 0;
	for (let b = 0; b < bins; b++)
		if (count[b]) ece += Math.abs(predicted[b] - observed[b]) / probabilities.length;
	return ece;
}
