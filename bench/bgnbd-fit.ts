/**
 * Timing of the BG/NBD fit (not a test: times depend on the machine). Goals on the team's 2-core
 * machines: CDNOW (2,357 customers) ≤ 100 ms, 50,000 customers ≤ 1 s.
 * Run: node bench/bgnbd-fit.ts
 */
import { loadCdnowSample } from '#lib/server/domain/bgnbd/cdnow.ts';
import { fitBgNbd } from '#lib/server/domain/bgnbd/fit-bgnbd.ts';
import { simulateBgNbd } from '#lib/server/domain/bgnbd/simulate-bgnbd.ts';
import type { BgNbdCustomer, BgNbdFit } from '#lib/server/domain/bgnbd/types.ts';

export interface FitTiming {
	customers: number;
	/** Median wall time of the fits, grouping included. */
	medianMs: number;
	runsMs: number[];
	fit: BgNbdFit;
}

export interface BenchFitResult {
	cdnow: FitTiming;
	synthetic: FitTiming;
}

function time(customers: readonly BgNbdCustomer[], runs: number): FitTiming {
	const runsMs: number[] = [];
	let fit: BgNbdFit | undefined;
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fit = fitBgNbd(customers);
		runsMs.push(performance.now() - start);
	}
	const sorted = [...runsMs].sort((p, q) => p - q);
	return { customers: customers.length, medianMs: sorted[Math.floor(runs / 2)], runsMs, fit: fit! };
}

/**
 * Median time of `runs` fits on the CDNOW sample and on 50,000 synthetic customers with
 * CDNOW-like parameters, dated by day over 6 to 18 months of history.
 */
export async function benchFit(runs = 5): Promise<BenchFitResult> {
	const cdnow = await loadCdnowSample();
	const synthetic = simulateBgNbd({
		params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
		customers: 50_000,
		seed: 20_050_101,
		minT: 26,
		maxT: 78,
		resolution: 1 / 7
	});
	return { cdnow: time(cdnow, runs), synthetic: time(synthetic, runs) };
}

if (import.meta.main) {
	const result = await benchFit();
	for (const [name, timing] of [
		['CDNOW', result.cdnow],
		['synthetic', result.synthetic]
	] as const) {
		const { r, alpha, a, b, logLikelihood, iterations } = timing.fit;
		console.log(
			`${name}: ${timing.customers} customers, median ${timing.medianMs.toFixed(1)} ms ` +
				`(runs ${timing.runsMs.map((ms) => ms.toFixed(1)).join(', ')}); ` +
				`r=${r.toFixed(3)} α=${alpha.toFixed(3)} a=${a.toFixed(3)} b=${b.toFixed(3)} ` +
				`LL=${logLikelihood.toFixed(2)} in ${iterations} iterations`
		);
	}
}
