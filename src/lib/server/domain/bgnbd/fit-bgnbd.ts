/**
 * Maximum-likelihood fit of BG/NBD (Fader, Hardie & Lee 2005) to a portfolio's calibration
 * histories. Optimises over (ln r, ln α, ln a, ln b) so every parameter stays positive, on the
 * mean log-likelihood per customer so tolerances do not depend on the portfolio's size.
 */
import { groupCustomers, type GroupedCustomers } from './group-customers.ts';
import { bgnbdLogLikelihood } from './log-likelihood.ts';
import { minimizeBfgs } from './minimize-bfgs.ts';
import type { BgNbdCustomer, BgNbdFit, BgNbdParams } from './types.ts';

export interface FitBgNbdOptions {
	/** Starting point; by default r = a = b = 1 and α = 1 / (repeat purchases per unit time). */
	initial?: BgNbdParams;
	maxIterations?: number;
	/** On the gradient of the mean log-likelihood in log-parameters. */
	gradientTolerance?: number;
}

function toParams(theta: ArrayLike<number>): BgNbdParams {
	return {
		r: Math.exp(theta[0]),
		alpha: Math.exp(theta[1]),
		a: Math.exp(theta[2]),
		b: Math.exp(theta[3])
	};
}

// With r = 1 the mean purchase rate r/α matches the observed one: a start on the right scale
// whatever the time unit.
function defaultStart(data: GroupedCustomers): BgNbdParams {
	let purchases = 0;
	let exposure = 0;
	for (let i = 0; i < data.size; i++) {
		purchases += data.weight[i] * data.x[i];
		exposure += data.weight[i] * data.T[i];
	}
	const alpha = purchases > 0 && exposure > 0 ? exposure / purchases : 1;
	return { r: 1, alpha, a: 1, b: 1 };
}

/**
 * Fits r, α, a, b by maximum likelihood. Accepts raw customers or a `groupCustomers` result
 * (group once when fitting the same data repeatedly). Deterministic: the same data gives the
 * same fit. `converged` is false when the optimizer stopped on its iteration limit or could not
 * improve further; the parameters are then the best point found (for example data with no
 * repeat purchase at all push b towards infinity).
 */
export function fitBgNbd(
	customers: readonly BgNbdCustomer[] | GroupedCustomers,
	options: FitBgNbdOptions = {}
): BgNbdFit {
	const data = 'weightByX' in customers ? customers : groupCustomers(customers);
	const start = options.initial ?? defaultStart(data);
	const scale = 1 / data.totalWeight;
	const gradient = new Float64Array(4);
	const result = minimizeBfgs(
		(theta, out) => {
			const value = bgnbdLogLikelihood(toParams(theta), data, gradient);
			for (let i = 0; i < 4; i++) out[i] = -scale * gradient[i];
			return -scale * value;
		},
		[Math.log(start.r), Math.log(start.alpha), Math.log(start.a), Math.log(start.b)],
		{
			maxIterations: options.maxIterations ?? 200,
			gradientTolerance: options.gradientTolerance ?? 1e-9
		}
	);
	return {
		...toParams(result.x),
		logLikelihood: -result.value / scale,
		iterations: result.iterations,
		converged: result.converged
	};
}
