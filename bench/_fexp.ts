import { readUciFiles } from '#lib/server/datasets/uci-online-retail-read.ts';
import { uciFilePaths } from '#lib/server/datasets/uci-online-retail.ts';
import {
	buildHistories,
	dayNumber,
	countUpTo,
	windowSum,
	type CustomerHistory
} from '#lib/server/domain/learned-risk/order-history.ts';
import { fitAt } from '#lib/server/domain/learned-risk/features.ts';
import { expectedWindowPurchases } from '#lib/server/domain/forecast/expected-purchases.ts';
const { invoices } = await readUciFiles(uciFilePaths());
const hist = buildHistories(
	invoices.map((i) => ({
		customerId: Number(i.customerId),
		date: i.date,
		cents: Math.round(i.valueMills / 10)
	}))
);
const H = 90;
function comps(D: number, s: number, e: number) {
	const p = fitAt(hist, D)!;
	const out = [];
	for (const c of hist) {
		const k = countUpTo(c, D);
		if (!k) continue;
		const cust = { x: k - 1, tx: (c.days[k - 1] - c.days[0]) / 7, T: (D - c.days[0]) / 7 };
		const ep = expectedWindowPurchases(p, cust, (s - D) / 7, (e - D) / 7);
		let v = 0;
		const m = Math.min(12, k);
		for (let j = k - m; j < k; j++) v += c.cents[j];
		v /= m;
		out.push({
			bg: ep * v,
			ly: windowSum(c, s - 365, e - 365).cents,
			last: windowSum(c, D - (e - s), D).cents,
			actual: windowSum(c, s, e).cents
		});
	}
	return out;
}
const sum = (a: any[], f: (r: any) => number) => a.reduce((t, r) => t + f(r), 0);
for (const asOf of [
	'2011-03-31',
	'2011-06-30',
	'2011-08-31',
	'2011-05-31',
	'2011-07-31',
	'2011-09-30'
]) {
	const D = dayNumber(asOf);
	const rows = comps(D, D, D + H);
	const A = sum(rows, (r) => r.actual);
	const err = (f: (r: any) => number) => {
		const F = sum(rows, f);
		return `${((100 * Math.abs(F - A)) / A).toFixed(1)}% / ${((100 * sum(rows, (r) => Math.abs(f(r) - r.actual))) / A).toFixed(1)}%`;
	};
	// analog origin a year before
	const M = D - 365;
	const past = comps(M, M, M + H).filter((r) => true);
	const kLY = sum(past, (r) => r.actual) / sum(past, (r) => r.bg);
	// recent closed origin
	const R = D - H;
	const rec = comps(R, R, D);
	const kR = sum(rec, (r) => r.actual) / sum(rec, (r) => r.bg);
	console.log(
		sum(rec, (r) => r.actual),
		sum(rec, (r) => r.bg)
	);
	console.log(
		asOf,
		'bg',
		err((r) => r.bg),
		'last',
		err((r) => r.last),
		'ly',
		err((r) => r.ly),
		'kLY',
		kLY.toFixed(2),
		err((r) => r.bg * kLY),
		'kR',
		kR.toFixed(2),
		err((r) => r.bg * kR),
		'mix',
		err((r) => 0.5 * r.bg * kLY + 0.25 * r.ly + 0.25 * r.last)
	);
}
// L1 fit of weights on pooled closed origins
function fitL1(rows: any[], iters = 30) {
	let w = [0.34, 0.33, 0.33];
	for (let it = 0; it < iters; it++) {
		const A = [
				[0, 0, 0],
				[0, 0, 0],
				[0, 0, 0]
			],
			b = [0, 0, 0];
		for (const r of rows) {
			const f = [r.bg, r.ly, r.last];
			const pred = w[0] * f[0] + w[1] * f[1] + w[2] * f[2];
			const wt = 1 / Math.max(Math.abs(r.actual - pred), 1000);
			for (let i = 0; i < 3; i++) {
				b[i] += wt * f[i] * r.actual;
				for (let j = 0; j < 3; j++) A[i][j] += wt * f[i] * f[j];
			}
		}
		// solve 3x3 with ridge
		for (let i = 0; i < 3; i++) A[i][i] *= 1.0001;
		const det = (m: number[][]) =>
			m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) -
			m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
			m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
		const d = det(A);
		const nw = [0, 0, 0];
		for (let k = 0; k < 3; k++) {
			const M = A.map((row, i) => row.map((v, j) => (j === k ? b[i] : v)));
			nw[k] = Math.max(0, det(M) / d);
		}
		w = nw;
	}
	return w;
}
console.log('--- L1 mix');
for (const asOf of [
	'2011-03-31',
	'2011-06-30',
	'2011-08-31',
	'2011-05-31',
	'2011-07-31',
	'2011-09-30'
]) {
	const D = dayNumber(asOf);
	const rows = comps(D, D, D + H);
	const A = sum(rows, (r) => r.actual);
	const err = (f: (r: any) => number) => {
		const F = sum(rows, f);
		return `${((100 * (F - A)) / A).toFixed(1)}% / ${((100 * sum(rows, (r) => Math.abs(f(r) - r.actual))) / A).toFixed(1)}%`;
	};
	const train = [
		...comps(D - H, D - H, D),
		...comps(D - H - 30, D - H - 30, D - 30),
		...comps(D - H - 60, D - H - 60, D - 60)
	];
	const w = fitL1(train);
	// season: portfolio last year: rev in (D-365, D-365+H] / rev in (D-365-H, D-365] vs recent ratio at training origin
	const pred = (r: any) => w[0] * r.bg + w[1] * r.ly + w[2] * r.last;
	const F = sum(rows, pred);
	// total scaling: mean ratio of actual/pred at the analog origin last year when available
	console.log(asOf, w.map((v) => v.toFixed(2)).join(','), err(pred));
}
function fitL2(rows: any[]) {
	const A = [
			[0, 0, 0],
			[0, 0, 0],
			[0, 0, 0]
		],
		b = [0, 0, 0];
	for (const r of rows) {
		const f = [r.bg, r.ly, r.last];
		for (let i = 0; i < 3; i++) {
			b[i] += f[i] * r.actual;
			for (let j = 0; j < 3; j++) A[i][j] += f[i] * f[j];
		}
	}
	const det = (m: number[][]) =>
		m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) -
		m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
		m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
	const d = det(A);
	return [0, 1, 2].map((k) => det(A.map((row, i) => row.map((v, j) => (j === k ? b[i] : v)))) / d);
}
const totalRev = (from: number, to: number) =>
	hist.reduce((t, c) => t + windowSum(c, from, to).cents, 0);
console.log('--- L2 + season');
for (const asOf of [
	'2011-03-31',
	'2011-06-30',
	'2011-08-31',
	'2011-05-31',
	'2011-07-31',
	'2011-09-30',
	'2011-04-30',
	'2011-02-28'
]) {
	const D = dayNumber(asOf);
	const rows = comps(D, D, D + H);
	const A = sum(rows, (r) => r.actual);
	const err = (f: (r: any) => number) => {
		const F = sum(rows, f);
		return `${((100 * (F - A)) / A).toFixed(1)}% / ${((100 * sum(rows, (r) => Math.abs(f(r) - r.actual))) / A).toFixed(1)}%`;
	};
	const offs = [0, 30, 60];
	const train = offs.flatMap((o) => comps(D - H - o, D - H - o, D - o));
	const w = fitL2(train);
	const SI =
		totalRev(D - 365, D - 365 + H) /
		(offs.reduce((t, o) => t + totalRev(D - H - o - 365, D - o - 365), 0) / offs.length);
	const pred = (r: any) => w[0] * r.bg + w[1] * r.ly + w[2] * r.last;
	console.log(
		asOf,
		w.map((v) => v.toFixed(2)).join(','),
		'SI',
		SI.toFixed(2),
		'L2',
		err(pred),
		'L2*SI',
		err((r) => pred(r) * SI),
		'mix*SI',
		err((r) => (0.5 * r.bg + 0.25 * r.ly + 0.25 * r.last) * SI),
		'bg*SI',
		err((r) => r.bg * SI),
		'last',
		err((r) => r.last),
		'ly',
		err((r) => r.ly)
	);
}
console.log('--- combos');
const cands: Record<string, (r: any) => number> = {
	bg: (r) => r.bg,
	last: (r) => r.last,
	ly: (r) => r.ly,
	c1: (r) => (r.bg + r.ly + r.last) / 3,
	c2: (r) => (r.bg + r.ly) / 2,
	c3: (r) => 0.5 * r.bg + 0.25 * r.ly + 0.25 * r.last,
	c4: (r) => (r.bg + r.last) / 2,
	c5: (r) => 0.6 * r.bg + 0.4 * r.ly
};
const agg: Record<string, number[]> = {};
for (const asOf of [
	'2010-12-31',
	'2011-01-31',
	'2011-02-28',
	'2011-03-31',
	'2011-04-30',
	'2011-05-31',
	'2011-06-30',
	'2011-07-31',
	'2011-08-31'
]) {
	const D = dayNumber(asOf);
	const rows = comps(D, D, D + H);
	const A = sum(rows, (r) => r.actual);
	const line = [asOf];
	for (const [k, f] of Object.entries(cands)) {
		const F = sum(rows, f);
		const te = (100 * (F - A)) / A,
			w = (100 * sum(rows, (r) => Math.abs(f(r) - r.actual))) / A;
		agg[k] ??= [0, 0];
		agg[k][0] += Math.abs(te);
		agg[k][1] += w;
		line.push(`${k} ${te.toFixed(1)}/${w.toFixed(1)}`);
	}
	console.log(line.join('  '));
}
console.log(
	Object.entries(agg)
		.map(([k, v]) => `${k} ${(v[0] / 9).toFixed(1)}/${(v[1] / 9).toFixed(1)}`)
		.join('  ')
);
console.log('--- season');
const agg2: Record<string, number[]> = {};
for (const asOf of [
	'2010-12-31',
	'2011-01-31',
	'2011-02-28',
	'2011-03-31',
	'2011-04-30',
	'2011-05-31',
	'2011-06-30',
	'2011-07-31',
	'2011-08-31',
	'2011-09-09'
]) {
	const D = dayNumber(asOf);
	const rows = comps(D, D, D + H);
	const A = sum(rows, (r) => r.actual);
	const SI = totalRev(D - 365, D - 365 + H) / totalRev(D - 365 - H, D - 365);
	const c: Record<string, (r: any) => number> = {
		c1: (r) => (r.bg + r.ly + r.last) / 3,
		c6: (r) => (r.bg + r.ly + r.last * SI) / 3,
		c7: (r) => (r.bg * Math.sqrt(SI) + r.ly + r.last * SI) / 3,
		c8: (r) => (r.bg * SI + r.ly + r.last * SI) / 3,
		c9: (r) => (r.bg + r.last * SI) / 2
	};
	const line = [asOf, 'SI ' + SI.toFixed(2)];
	for (const [k, f] of Object.entries(c)) {
		const F = sum(rows, f);
		const te = (100 * (F - A)) / A,
			w = (100 * sum(rows, (r) => Math.abs(f(r) - r.actual))) / A;
		agg2[k] ??= [0, 0];
		agg2[k][0] += Math.abs(te);
		agg2[k][1] += w;
		line.push(`${k} ${te.toFixed(1)}/${w.toFixed(1)}`);
	}
	console.log(line.join('  '));
}
console.log(
	Object.entries(agg2)
		.map(([k, v]) => `${k} ${(v[0] / 10).toFixed(1)}/${(v[1] / 10).toFixed(1)}`)
		.join('  ')
);
