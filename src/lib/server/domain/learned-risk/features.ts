/**
 * SPEC "Learned risk": what the model sees of a customer at a date T₀ — computed from its
 * occasions on or before T₀ only (strictly out of time), plus the label when the caller asks
 * for it: no occasion in (T₀, T₀ + h].
 */
import { fitBgNbd, groupCustomers, probNoPurchase, type BgNbdParams } from '../bgnbd/index.ts';
import { countUpTo, windowSum, type CustomerHistory } from './order-history.ts';

export const FEATURE_NAMES = [
	'log(1 + dias sem comprar)',
	'log(dias sem comprar / ciclo)',
	'log(1 + compras)',
	'log(1 + compras em 365 dias)',
	'log(1 + faturamento em 365 dias)',
	'log(1 + dias de cliente)',
	'comprou na mesma estação do ano passado',
	'log(1 + compras na mesma estação do ano passado)',
	'queda (últimos 180 dias contra os 180 anteriores)',
	'tendência de compras (90 dias contra 365)',
	'risco BG/NBD',
	'logit do risco BG/NBD',
	'log(1 + compras em 90 dias)',
	'dias sem comprar × compras',
	'(log dias sem comprar)²',
	'(log dias sem comprar / ciclo)²',
	'clientes da carteira que compraram nesta estação no ano passado'
] as const;

export const FEATURES = FEATURE_NAMES.length;

export interface FeatureRows {
	/** Day T₀. */
	day: number;
	customerIds: number[];
	/** Row-major, FEATURES per customer. */
	x: Float64Array;
	/** BG/NBD risk score at T₀ (SPEC "Risk score"), per customer. */
	bgnbd: Float64Array;
	/** Days since the last occasion at T₀. */
	recency: Float64Array;
	occasions: Int32Array;
	/** 1 = no occasion in (T₀, T₀ + h]; only when labelled. */
	y: Uint8Array | null;
}

const WEEK = 7;

/** BG/NBD fit at T₀ over every customer with an occasion by then (weeks, SPEC). */
export function fitAt(
	histories: readonly CustomerHistory[],
	day: number,
	initial?: BgNbdParams
): BgNbdParams | null {
	const rows = [];
	for (const h of histories) {
		const n = countUpTo(h, day);
		if (n === 0) continue;
		rows.push({
			x: n - 1,
			tx: (h.days[n - 1] - h.days[0]) / WEEK,
			T: (day - h.days[0]) / WEEK
		});
	}
	if (rows.length < 2) return null;
	const fit = fitBgNbd(groupCustomers(rows), initial ? { initial } : {});
	return { r: fit.r, alpha: fit.alpha, a: fit.a, b: fit.b };
}

function median(values: number[]): number {
	if (!values.length) return NaN;
	const s = [...values].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Features of every customer with at least one occasion on or before `day`. When `labelDays`
 * is given, also the label (no occasion in (day, day + labelDays]); the caller makes sure that
 * window is closed by its own T₀.
 */
export function featuresAt(
	histories: readonly CustomerHistory[],
	day: number,
	options: { horizonDays?: number; labelDays?: number; params?: BgNbdParams | null } = {}
): FeatureRows {
	const h = options.horizonDays ?? 90;
	const params = options.params === undefined ? fitAt(histories, day) : options.params;
	const present = histories.filter((c) => countUpTo(c, day) > 0);
	const n = present.length;
	const x = new Float64Array(n * FEATURES);
	const bgnbd = new Float64Array(n);
	const recency = new Float64Array(n);
	const occasions = new Int32Array(n);
	const y = options.labelDays ? new Uint8Array(n) : null;
	// Portfolio cycle for customers with one occasion: median of the others' mean intervals.
	const cycles: number[] = [];
	for (const c of present) {
		const k = countUpTo(c, day);
		if (k >= 2) cycles.push((c.days[k - 1] - c.days[0]) / (k - 1));
	}
	const portfolioCycle = Math.max(1, median(cycles) || 30);
	// Portfolio season: of the customers present a year before, the share that bought in the
	// 90 days after that date, against the share that bought in the 90 days before it.
	let seasonRate = 0;
	{
		let present1 = 0;
		let after = 0;
		let before = 0;
		for (const c of present) {
			if (countUpTo(c, day - 365) === 0) continue;
			present1++;
			if (windowSum(c, day - 365, day - 365 + h).occasions) after++;
			if (windowSum(c, day - 365 - h, day - 365).occasions) before++;
		}
		if (
			present1 >= 20 &&
			before > 0 &&
			day - 365 - h >= histories.reduce((m, c) => Math.min(m, c.days[0]), Infinity)
		)
			seasonRate = Math.log(after / before);
	}
	for (let i = 0; i < n; i++) {
		const c = present[i];
		const k = countUpTo(c, day);
		const first = c.days[0];
		const last = c.days[k - 1];
		const rec = day - last;
		const cycle = k >= 2 ? Math.max(1, (last - first) / (k - 1)) : portfolioCycle;
		const y365 = windowSum(c, day - 365, day);
		const y90 = windowSum(c, day - 90, day);
		const recent180 = windowSum(c, day - 180, day).cents;
		const prior180 = windowSum(c, day - 365, day - 180).cents;
		const season = windowSum(c, day - 365, day - 365 + h);
		const score = params
			? probNoPurchase(params, h / WEEK, {
					x: k - 1,
					tx: (last - first) / WEEK,
					T: (day - first) / WEEK
				})
			: 0.5;
		const clipped = Math.min(1 - 1e-6, Math.max(1e-6, score));
		const o = i * FEATURES;
		x[o] = Math.log1p(rec);
		x[o + 1] = Math.max(-4, Math.min(4, Math.log((rec + 1) / cycle)));
		x[o + 2] = Math.log1p(k);
		x[o + 3] = Math.log1p(y365.occasions);
		x[o + 4] = Math.log1p(y365.cents / 100);
		x[o + 5] = Math.log1p(day - first);
		x[o + 6] = season.occasions > 0 ? 1 : 0;
		x[o + 7] = Math.log1p(season.occasions);
		x[o + 8] = Math.log((recent180 + 100) / (prior180 + 100));
		x[o + 9] = Math.log1p(y90.occasions) - Math.log1p(y365.occasions / 4);
		x[o + 10] = score;
		x[o + 11] = Math.log(clipped / (1 - clipped));
		x[o + 12] = Math.log1p(y90.occasions);
		x[o + 13] = x[o] * x[o + 2];
		x[o + 14] = x[o] * x[o];
		x[o + 15] = x[o + 1] * x[o + 1];
		x[o + 16] = seasonRate;
		bgnbd[i] = score;
		recency[i] = rec;
		occasions[i] = k;
		if (y) y[i] = countUpTo(c, day + options.labelDays!) > k ? 0 : 1;
	}
	return { day, customerIds: present.map((c) => c.customerId), x, bgnbd, recency, occasions, y };
}
