/**
 * SPEC "Learned risk": a model of "no purchase in the next 90 days" learned from the
 * portfolio's own history. At a date T₀ the history is first cut at T₀ (nothing later is ever
 * read); the model is trained on month-ends M whose outcome window (M, M + 90] closed by T₀,
 * checked out of time on the last of them (trained only on earlier month-ends whose windows
 * closed before it), calibrated there (Platt), then refitted on every month-end and applied
 * at T₀. It ranks only when its out-of-time AUC beats the BG/NBD risk score's on the same
 * customers; otherwise the BG/NBD score ranks, and the result says which and why.
 */
import { auc } from '../portfolio/auc.ts';
import { applyPlatt, expectedCalibrationError, fitPlatt, type Platt } from './calibration.ts';
import { FEATURE_NAMES, FEATURES, featuresAt, type FeatureRows } from './features.ts';
import { fitLogistic, logit, sigmoid, type LogisticModel } from './logistic.ts';
import { countUpTo, dayNumber, isoFromDay, type CustomerHistory } from './order-history.ts';

export interface LearnRiskOptions {
	horizonDays?: number;
	/** Most recent month-ends to learn from (default 12). */
	maxTrainingDates?: number;
	/** L2 penalty (default 1). */
	lambda?: number;
	/**
	 * Feature rows of training month-ends kept between calls on the same portfolio (the rows at
	 * a month-end M with M + h ≤ T₀ are the same whatever the later T₀).
	 */
	cache?: Map<number, FeatureRows>;
}

export interface LearnedRiskCheck {
	/** The month-end the model was checked on, out of time. */
	date: string;
	customers: number;
	didNotBuy: number;
	aucLearned: number | null;
	aucBgnbd: number | null;
	aucRecency: number | null;
	/** Expected calibration error (10 bins) of the calibrated probabilities there. */
	calibrationError: number;
}

export interface LearnedRisk {
	asOf: string;
	horizonDays: number;
	trainingDates: string[];
	check: LearnedRiskCheck | null;
	/** Which score ranks customers by risk on this portfolio. */
	ranking: 'learned' | 'bgnbd';
	/** Why, in plain Portuguese. */
	reason: string;
	/** Standardised weights by feature (positive = more risk): what the model learned. */
	weights: { feature: string; weight: number }[];
	/** Per customer with an occasion by T₀: calibrated learned probability and BG/NBD score. */
	scores: Map<number, { learned: number; bgnbd: number; recencyDays: number; occasions: number }>;
}

/** The history as it was known at `day`: occasions after it are dropped. */
export function cutHistories(
	histories: readonly CustomerHistory[],
	day: number
): CustomerHistory[] {
	const out: CustomerHistory[] = [];
	for (const h of histories) {
		let k = 0;
		while (k < h.days.length && h.days[k] <= day) k++;
		if (k > 0)
			out.push({ customerId: h.customerId, days: h.days.slice(0, k), cents: h.cents.slice(0, k) });
	}
	return out;
}

/** Month-end days M with M + horizon ≤ T₀, at least 180 days after the first occasion. */
export function trainingMonthEnds(
	firstDay: number,
	asOfDay: number,
	horizon: number,
	max: number
): number[] {
	const out: number[] = [];
	const d = new Date(isoFromDay(asOfDay - horizon) + 'T00:00:00Z');
	// Last month-end on or before asOf − horizon.
	let cursor = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / 86_400_000;
	if (cursor > asOfDay - horizon)
		cursor = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 0) / 86_400_000;
	while (out.length < max && cursor >= firstDay + 180) {
		out.unshift(cursor);
		const c = new Date(cursor * 86_400_000);
		cursor = Date.UTC(c.getUTCFullYear(), c.getUTCMonth(), 0) / 86_400_000;
	}
	return out;
}

/**
 * The training rows of several month-ends in one matrix; beyond `maxRows` every k-th row is
 * kept (deterministic), so training time stays bounded on large portfolios.
 */
function stack(sets: readonly FeatureRows[], maxRows = 60_000): { x: Float64Array; y: Uint8Array } {
	const total = sets.reduce((n, s) => n + s.customerIds.length, 0);
	const stride = Math.max(1, Math.ceil(total / maxRows));
	const rows = Math.ceil(total / stride);
	const x = new Float64Array(rows * FEATURES);
	const y = new Uint8Array(rows);
	let k = 0;
	let i = 0;
	for (const s of sets)
		for (let r = 0; r < s.customerIds.length; r++, i++) {
			if (i % stride !== 0) continue;
			x.set(s.x.subarray(r * FEATURES, (r + 1) * FEATURES), k * FEATURES);
			y[k++] = s.y![r];
		}
	return { x: x.subarray(0, k * FEATURES), y: y.subarray(0, k) };
}

const pct = (v: number | null) => (v === null ? '—' : v.toFixed(3).replace('.', ','));

export function learnRisk(
	allHistories: readonly CustomerHistory[],
	asOf: string,
	options: LearnRiskOptions = {}
): LearnedRisk {
	const horizon = options.horizonDays ?? 90;
	const asOfDay = dayNumber(asOf);
	const histories = cutHistories(allHistories, asOfDay);
	const firstDay = histories.reduce((m, h) => Math.min(m, h.days[0]), Infinity);
	const dates = Number.isFinite(firstDay)
		? trainingMonthEnds(firstDay, asOfDay, horizon, options.maxTrainingDates ?? 12)
		: [];
	const sets = dates.map((day) => {
		const hit = options.cache?.get(day);
		if (hit) return hit;
		const rows = featuresAt(histories, day, { horizonDays: horizon, labelDays: horizon });
		options.cache?.set(day, rows);
		return rows;
	});
	const now = featuresAt(histories, asOfDay, { horizonDays: horizon });
	const lambda = options.lambda ?? 1;
	const fit = (x: Float64Array, y: Uint8Array) => fitLogistic(x, y, FEATURES, { lambda });

	let check: LearnedRiskCheck | null = null;
	let platt: Platt = { a: 1, b: 0 };
	const validation = sets.at(-1);
	const earlier = validation ? sets.filter((s) => s.day + horizon <= validation.day) : [];
	if (validation && earlier.length) {
		const a = stack(earlier);
		const model = fit(a.x, a.y);
		const n = validation.customerIds.length;
		const logits = new Float64Array(n);
		for (let i = 0; i < n; i++) logits[i] = logit(model, validation.x, i);
		platt = fitPlatt(logits, validation.y!);
		const y = validation.y!;
		const items = (score: (i: number) => number) =>
			Array.from({ length: n }, (_, i) => ({ score: score(i), positive: y[i] === 1 }));
		const probabilities = Array.from(logits, (t) => applyPlatt(platt, t));
		check = {
			date: isoFromDay(validation.day),
			customers: n,
			didNotBuy: y.reduce((s, v) => s + v, 0),
			aucLearned: auc(items((i) => logits[i])),
			aucBgnbd: auc(items((i) => validation.bgnbd[i])),
			aucRecency: auc(items((i) => validation.recency[i])),
			calibrationError: expectedCalibrationError(probabilities, y)
		};
	}
	let model: LogisticModel | null = null;
	if (sets.length) {
		const all = stack(sets);
		model = fit(all.x, all.y);
	}
	// Season-aware calibration: shift the log-odds by how much the share of non-buyers in the
	// 90 days after the same date last year differed from the one after the check date's.
	const shift = validation ? seasonShift(histories, asOfDay, validation.day, horizon) : 0;
	const learnedWins =
		model !== null && check !== null && check.aucLearned !== null && check.aucBgnbd !== null
			? check.aucLearned > check.aucBgnbd
			: false;
	const reason = !check
		? 'Histórico curto demais para aprender (é preciso ao menos 9 meses de compras); o risco BG/NBD ordena.'
		: learnedWins
			? `No teste fora do tempo em ${check.date.split('-').reverse().join('/')}, o modelo aprendido acertou mais a ordem (AUC ${pct(check.aucLearned)}) que o BG/NBD (${pct(check.aucBgnbd)}); por isso ele ordena.`
			: `No teste fora do tempo em ${check.date.split('-').reverse().join('/')}, o modelo aprendido não superou o BG/NBD (AUC ${pct(check.aucLearned)} contra ${pct(check.aucBgnbd)}); por isso o BG/NBD ordena.`;
	const scores: LearnedRisk['scores'] = new Map();
	for (let i = 0; i < now.customerIds.length; i++) {
		const learned = model
			? sigmoid(platt.a * logit(model, now.x, i) + platt.b + shift)
			: now.bgnbd[i];
		scores.set(now.customerIds[i], {
			learned,
			bgnbd: now.bgnbd[i],
			recencyDays: now.recency[i],
			occasions: now.occasions[i]
		});
	}
	return {
		asOf,
		horizonDays: horizon,
		trainingDates: dates.map(isoFromDay),
		check,
		ranking: learnedWins ? 'learned' : 'bgnbd',
		reason,
		weights: model
			? FEATURE_NAMES.map((feature, j) => ({ feature, weight: model.weights[j + 1] }))
			: [],
		scores
	};
}

const logOdds = (p: number) => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));

/** Share of the customers present at `day` that did not buy in (day, day + h]; null if unknown. */
function nonBuyerShare(
	histories: readonly CustomerHistory[],
	day: number,
	h: number
): number | null {
	let present = 0;
	let quiet = 0;
	for (const c of histories) {
		const k = countUpTo(c, day);
		if (k === 0) continue;
		present++;
		if (countUpTo(c, day + h) === k) quiet++;
	}
	return present >= 20 ? quiet / present : null;
}

function seasonShift(
	histories: readonly CustomerHistory[],
	asOfDay: number,
	checkDay: number,
	h: number
): number {
	const first = histories.reduce((m, c) => Math.min(m, c.days[0]), Infinity);
	if (checkDay - 365 < first + 180) return 0;
	const then = nonBuyerShare(histories, asOfDay - 365, h);
	const check = nonBuyerShare(histories, checkDay - 365, h);
	return then === null || check === null ? 0 : logOdds(then) - logOdds(check);
}
