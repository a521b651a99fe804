import { describe, expect, it } from 'vitest';
import {
	daysBetween,
	decliningVolume,
	median,
	ownCycle,
	purchaseOccasions,
	riskState,
	stoppedInPeriod,
	type Occasion
} from './reference-rules.ts';

/** Occasions every `step` days ending on `last`, R$ 1.000,00 and 10 units each. */
function regular(last: string, step: number, count: number, value = 100_000): Occasion[] {
	const out: Occasion[] = [];
	const end = Date.UTC(+last.slice(0, 4), +last.slice(5, 7) - 1, +last.slice(8, 10));
	for (let i = count - 1; i >= 0; i--) {
		const date = new Date(end - i * step * 86_400_000).toISOString().slice(0, 10);
		out.push({ date, valueCents: value, volume: 10 });
	}
	return out;
}

describe('purchase occasions', () => {
	it('keeps invoiced orders up to asOf and merges a day into one occasion', () => {
		const occasions = purchaseOccasions(
			[
				{ orderDate: '2026-03-10', totalCents: 1000, volume: 2, status: 'invoiced' },
				{ orderDate: '2026-03-02', totalCents: 500, volume: null, status: 'invoiced' },
				{ orderDate: '2026-03-10', totalCents: 250, volume: 1, status: 'invoiced' },
				{ orderDate: '2026-03-11', totalCents: 9999, volume: 9, status: 'cancelled' },
				{ orderDate: '2026-03-20', totalCents: 700, volume: 3, status: 'invoiced' }
			],
			'2026-03-15'
		);
		expect(occasions).toEqual([
			{ date: '2026-03-02', valueCents: 500, volume: null },
			{ date: '2026-03-10', valueCents: 1250, volume: 3 }
		]);
	});

	it('counts days across months and leap years', () => {
		expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
		expect(daysBetween('2026-12-31', '2026-01-01')).toBe(-364);
	});
});

describe('repurchase cycle', () => {
	it('is the median, the mean of the middle two for an even count', () => {
		expect(median([30, 10, 20])).toBe(20);
		expect(median([10, 40, 20, 30])).toBe(25);
	});

	it('uses only the last 12 intervals and grades confidence by occasions', () => {
		// 10 intervals of 90 days, then 12 of 20: the old rhythm no longer counts.
		const old = regular('2025-01-01', 90, 11);
		const recent = regular('2025-12-01', 20, 13).slice(1);
		expect(ownCycle([...old, ...recent])).toEqual({ days: 20, confidence: 'high' });
		expect(ownCycle(regular('2026-01-30', 15, 3))).toEqual({ days: 15, confidence: 'medium' });
		expect(ownCycle(regular('2026-01-30', 15, 2))).toEqual({ days: 15, confidence: 'low' });
		expect(ownCycle(regular('2026-01-30', 15, 1))).toBeNull();
	});
});

describe('risk state', () => {
	const history = regular('2026-06-01', 20, 10); // cycle 20, last purchase 01/06

	it('is prospect without occasions and new for ≤ 2 occasions within 90 days', () => {
		expect(riskState([], '2026-06-01')).toBe('prospect');
		expect(riskState(regular('2026-05-20', 10, 2), '2026-06-01')).toBe('new');
		expect(riskState(regular('2026-03-04', 30, 1), '2026-06-01')).toBe('new'); // 89 days
		// 90 days old: no longer new, so the peer cycle decides (r = 90 / 30 = 3, then 90 / 29).
		expect(riskState(regular('2026-03-03', 30, 1), '2026-06-01', 30)).toBe('at_risk');
		expect(riskState(regular('2026-03-03', 30, 1), '2026-06-01', 29)).toBe('inactive');
		expect(() => riskState(regular('2026-03-03', 30, 1), '2026-06-01')).toThrow();
		expect(riskState(regular('2026-05-20', 10, 3), '2026-06-01')).toBe('active');
	});

	it('crosses 1.5 and 3 cycles exactly as SPEC says', () => {
		expect(riskState(history, '2026-06-30')).toBe('active'); // r = 29/20
		expect(riskState(history, '2026-07-01')).toBe('active'); // r = 30/20 = 1.5
		expect(riskState(history, '2026-07-02')).toBe('at_risk'); // r = 1.55
		expect(riskState(history, '2026-07-31')).toBe('at_risk'); // r = 3
		expect(riskState(history, '2026-08-01')).toBe('inactive'); // r = 3.05
	});

	it('is inactive after 365 days whatever the cycle', () => {
		const slow = regular('2025-01-01', 200, 4);
		expect(riskState(slow, '2025-12-31')).toBe('at_risk'); // 364 days, r = 1.82
		expect(riskState(slow, '2026-01-02')).toBe('inactive'); // 366 days
	});

	it('ignores occasions after asOf', () => {
		expect(riskState(history, '2025-11-30')).toBe('prospect');
		expect(riskState(history, '2026-01-01')).toBe('new'); // 2 occasions so far
		expect(riskState(history, '2026-05-15')).toBe('active');
	});

	it('detects who stopped buying in a month', () => {
		expect(stoppedInPeriod(history, '2026-06-30', '2026-07-31')).toBe(true);
		expect(stoppedInPeriod(history, '2026-05-31', '2026-06-30')).toBe(false);
		expect(stoppedInPeriod(history, '2026-07-31', '2026-08-31')).toBe(false);
	});
});

describe('declining volume', () => {
	it('compares revenue per month in the window with the 365 days before it', () => {
		// Monthly-ish buyer (every 30 days): 12 occasions of R$ 1.000 in the baseline, then
		// 3 occasions of R$ 500 in the last 90 days.
		const base = regular('2026-01-31', 30, 13);
		const recent = regular('2026-04-30', 30, 3, 50_000).map((o) => ({ ...o, volume: 5 }));
		const all = [...base, ...recent];
		const d = decliningVolume(all, '2026-05-01', 30);
		expect(d.windowDays).toBe(90);
		// Window (ages 0–89): 30/04, 31/03, 01/03 → 3 × R$ 500 and 3 × 5 units.
		// Baseline (ages 90–454): 31/01/2026 back to 05/02/2025 → 13 × R$ 1.000, 13 × 10 units.
		expect(d.baselineOccasions).toBe(13);
		expect(d.revenueRatio).toBeCloseTo(150_000 / 90 / (1_300_000 / 365), 10); // ≈ 0.468
		expect(d.volumeRatio).toBeCloseTo(15 / 90 / (130 / 365), 10);
		expect(d.declining).toBe(true);
	});

	it('needs 3 baseline occasions and a fall to 70% or less', () => {
		const steady = regular('2026-04-30', 30, 20);
		expect(decliningVolume(steady, '2026-05-01', 30).declining).toBe(false);
		const young = [...regular('2026-01-15', 30, 2), ...regular('2026-04-30', 30, 1, 10_000)];
		const d = decliningVolume(young, '2026-05-01', 30);
		expect(d.baselineOccasions).toBe(2);
		expect(d.declining).toBe(false);
	});

	it('widens the window to 3 cycles and honours the edge options', () => {
		const slow = regular('2026-04-01', 60, 10);
		const d = decliningVolume(slow, '2026-05-01', 60);
		expect(d.windowDays).toBe(180);
		const edge = regular('2026-01-31', 30, 3); // 31/01, 01/01, 02/12: ages 90, 120, 150
		expect(decliningVolume(edge, '2026-05-01', 30).baselineOccasions).toBe(3);
		expect(decliningVolume(edge, '2026-05-01', 30, { inclusiveEdge: true }).baselineOccasions).toBe(
			2
		);
		expect(decliningVolume(edge, '2026-05-01', 30, { windowDays: 91 }).baselineOccasions).toBe(2);
	});
});
