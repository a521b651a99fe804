/**
 * Shapes shared by the BG/NBD module (Fader, Hardie & Lee 2005).
 * Times are in one unit throughout (weeks in Giro and in the CDNOW literature).
 */

/**
 * Heterogeneity parameters: while alive a customer buys as a Poisson process with rate
 * λ ~ Gamma(shape r, rate α); after each repeat purchase it drops out with probability
 * p ~ Beta(a, b).
 */
export interface BgNbdParams {
	r: number;
	alpha: number;
	a: number;
	b: number;
}

/**
 * A customer's calibration history: `x` repeat purchases (occasions − 1), `tx` the time of the
 * last purchase and `T` the end of the calibration window, both counted from the first purchase.
 */
export interface BgNbdCustomer {
	x: number;
	tx: number;
	T: number;
}

/** A maximum-likelihood fit: the parameters plus how the optimizer got there. */
export interface BgNbdFit extends BgNbdParams {
	logLikelihood: number;
	iterations: number;
	converged: boolean;
}
