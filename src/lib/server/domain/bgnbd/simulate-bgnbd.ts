/**
 * Draws synthetic BG/NBD histories from a seeded generator, for benchmarks and for checking that
 * the fit recovers known parameters. Follows the model's story (FHL 2005, §2): λ ~ Gamma(r, α),
 * p ~ Beta(a, b); while alive, purchases arrive as a Poisson process with rate λ, and after each
 * repeat purchase the customer drops out with probability p.
 */
import type { BgNbdCustomer, BgNbdParams } from './types.ts';

export interface SimulateBgNbdOptions {
	params: BgNbdParams;
	customers: number;
	seed: number;
	/** Each customer's calibration length T is uniform in [minT, maxT]. */
	minT: number;
	maxT: number;
	/**
	 * Record times on this grid, merging purchases that fall in one cell (1/7 = by day when time is
	 * in weeks), as real order histories are; 0 keeps exact times.
	 */
	resolution?: number;
}

/** mulberry32: a small, fast 32-bit generator; returns uniforms in (0, 1). */
function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296;
	};
}

function standardNormal(uniform: () => number): number {
	return Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** Gamma(shape, 1) by Marsaglia & Tsang (2000), boosted for shape < 1. */
function gammaVariate(shape: number, uniform: () => number): number {
	if (shape < 1) return gammaVariate(shape + 1, uniform) * Math.pow(uniform(), 1 / shape);
	const d = shape - 1 / 3;
	const c = 1 / Math.sqrt(9 * d);
	for (;;) {
		const x = standardNormal(uniform);
		const v = (1 + c * x) ** 3;
		if (v <= 0) continue;
		const u = uniform();
		if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
	}
}

/** Simulated calibration histories; the same options always give the same customers. */
export function simulateBgNbd(options: SimulateBgNbdOptions): BgNbdCustomer[] {
	const { params, customers, seed, minT, maxT, resolution = 0 } = options;
	const uniform = mulberry32(seed);
	const onGrid = (time: number): number =>
		resolution > 0 ? Math.floor(time / resolution) * resolution : time;
	const result: BgNbdCustomer[] = [];
	for (let i = 0; i < customers; i++) {
		const lambda = gammaVariate(params.r, uniform) / params.alpha;
		const g1 = gammaVariate(params.a, uniform);
		const p = g1 / (g1 + gammaVariate(params.b, uniform));
		const T = onGrid(minT + (maxT - minT) * uniform());
		let x = 0;
		let tx = 0;
		let time = 0;
		for (;;) {
			time += -Math.log(uniform()) / lambda;
			if (time > T) break;
			// A purchase in the same grid cell as the previous one is the same occasion.
			const recorded = onGrid(time);
			if (recorded > tx) {
				x += 1;
				tx = recorded;
			}
			if (uniform() < p) break;
		}
		result.push({ x, tx, T });
	}
	return result;
}
