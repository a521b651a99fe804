/**
 * SPEC "Learned risk" and "Forecast" are strictly out of time: nothing after T₀ is seen when
 * predicting at T₀. Changing any order after T₀ — adding one, changing its value, deleting it
 * — changes no prediction at T₀; changing an order before T₀ does (so the check can fail).
 */
import { describe, expect, test } from 'vitest';
import { forecastWindow } from '../forecast/forecast-model.ts';
import { expectedCalibrationError } from './calibration.ts';
import { buildHistories, dayNumber, isoFromDay, type OrderRow } from './order-history.ts';
import { learnRisk } from './train.ts';

/** A deterministic portfolio: 300 customers with their own cycles, some stopping. */
function portfolio(): OrderRow[] {
	let seed = 42;
	const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
	const rows: OrderRow[] = [];
	const start = dayNumber('2024-01-01');
	const end = dayNumber('2026-06-30');
	for (let c = 1; c <= 300; c++) {
		const cycle = 10 + Math.floor(random() * 80);
		const stop = random() < 0.4 ? start + Math.floor(random() * (end - start)) : end;
		let day = start + Math.floor(random() * 200);
		while (day <= Math.min(stop, end)) {
			rows.push({
				customerId: c,
				date: isoFromDay(day),
				cents: 10_000 + Math.floor(random() * 90_000)
			});
			day += Math.max(1, Math.round(cycle * (0.5 + random())));
		}
	}
	return rows;
}

const T0 = '2025-12-31';
const predictions = (rows: OrderRow[]) => {
	const histories = buildHistories(rows);
	const risk = learnRisk(histories, T0);
	const day = dayNumber(T0);
	const forecast = forecastWindow(histories, day, day, day + 90);
	return { risk, scores: [...risk.scores.entries()], forecast: forecast.customers };
};

describe('learned risk and forecast at T₀', () => {
	const rows = portfolio();
	const base = predictions(rows);
	const after = rows.filter((r) => r.date > T0);

	test('the portfolio is long enough to learn and to check out of time', () => {
		expect(base.risk.trainingDates.length).toBeGreaterThanOrEqual(6);
		expect(base.risk.check).not.toBeNull();
		expect(base.risk.trainingDates.every((d) => dayNumber(d) + 90 <= dayNumber(T0))).toBe(true);
		expect(after.length).toBeGreaterThan(100);
	});

	test.each([
		[
			'adding an order after T₀',
			(r: OrderRow[]) => [...r, { customerId: 5, date: '2026-01-02', cents: 99_999_00 }]
		],
		[
			'a new customer after T₀',
			(r: OrderRow[]) => [...r, { customerId: 999, date: '2026-02-01', cents: 1_000_00 }]
		],
		[
			'changing the value of every order after T₀',
			(r: OrderRow[]) => r.map((o) => (o.date > T0 ? { ...o, cents: o.cents * 7 } : o))
		],
		['deleting every order after T₀', (r: OrderRow[]) => r.filter((o) => o.date <= T0)],
		[
			'moving every order after T₀ by a day',
			(r: OrderRow[]) =>
				r.map((o) => (o.date > T0 ? { ...o, date: isoFromDay(dayNumber(o.date) + 1) } : o))
		]
	])('%s changes no prediction at T₀', (_name, change) => {
		const changed = predictions(change(rows));
		expect(changed.scores).toEqual(base.scores);
		expect(changed.forecast).toEqual(base.forecast);
		expect(changed.risk.ranking).toBe(base.risk.ranking);
		expect(changed.risk.check).toEqual(base.risk.check);
	});

	test('changing an order before T₀ does change the predictions', () => {
		const changed = predictions(
			rows.map((o, i) => (o.date <= T0 && i % 3 === 0 ? { ...o, cents: o.cents * 5 } : o))
		);
		expect(changed.forecast).not.toEqual(base.forecast);
		const moved = predictions([...rows, { customerId: 5, date: '2025-12-30', cents: 1_000_00 }]);
		expect(moved.scores).not.toEqual(base.scores);
	});

	test('probabilities are probabilities, and the choice of ranking says why', () => {
		for (const [, s] of base.scores) {
			expect(s.learned).toBeGreaterThan(0);
			expect(s.learned).toBeLessThan(1);
		}
		expect(base.risk.reason).toMatch(/AUC/);
		expect(base.risk.reason).toContain(
			base.risk.ranking === 'learned' ? 'modelo aprendido acertou' : 'BG/NBD ordena'
		);
	});
});

test('expected calibration error over 10 bins', () => {
	expect(expectedCalibrationError([0.05, 0.05, 0.95, 0.95], [0, 0, 1, 1])).toBeCloseTo(0.05, 10);
	// Half the rows in one bin predicted at 0.7 with 50% observed: 0.5 × 0.2.
	expect(expectedCalibrationError([0.7, 0.7, 0.15, 0.15], [1, 0, 0, 0])).toBeCloseTo(
		0.5 * 0.2 + 0.5 * 0.15,
		10
	);
});
