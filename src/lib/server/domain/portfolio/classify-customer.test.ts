import { describe, expect, test } from 'vitest';
import { addDays } from '../calendar/iso-date.ts';
import { classifyCustomer } from './classify-customer.ts';
import type { CustomerFacts } from './customer-facts.ts';
import { DEFAULT_ENGINE_CONFIG as config } from './engine-config.ts';

const LAST = '2026-01-01';

function facts(over: Partial<CustomerFacts> = {}): CustomerFacts {
	return {
		customerId: 1,
		erpCode: 'C1',
		name: 'Cliente',
		legalName: 'Cliente Ltda',
		segment: 'agro',
		uf: 'SP',
		repId: 1,
		occasions: 8,
		firstOccasion: '2025-01-01',
		lastOccasion: LAST,
		ownCycle: 20,
		mad: 2,
		intervals: 7,
		averageOccasionCents: 1000_00,
		windowDays: 90,
		recentRevenueCents: 0,
		baselineRevenueCents: 0,
		baselineOccasions: 0,
		recentVolume: null,
		baselineVolume: null,
		frequency365: 8,
		revenue365Cents: 8000_00,
		lastOccasionValueCents: 1000_00,
		...over
	};
}
const peers = { bySegment: {}, portfolio: 30 };
const stateAfter = (days: number, over: Partial<CustomerFacts> = {}) =>
	classifyCustomer(facts(over), peers, addDays(LAST, days), config).state;

describe('risk state at the thresholds (cycle 20 days)', () => {
	test('r ≤ 1.5 is active, just above is at risk', () => {
		expect(stateAfter(30)).toBe('active'); // r = 1.5
		expect(stateAfter(31)).toBe('at_risk');
	});
	test('r ≤ 3 is at risk, above is inactive', () => {
		expect(stateAfter(60)).toBe('at_risk'); // r = 3
		expect(stateAfter(61)).toBe('inactive');
	});
	test('more than 365 days is inactive whatever the ratio', () => {
		const slow = { ownCycle: 200 };
		expect(stateAfter(365, slow)).toBe('at_risk');
		expect(stateAfter(366, slow)).toBe('inactive');
	});
	test('new: first occasion within 90 days and at most 2 occasions, checked first', () => {
		const young = { occasions: 2, firstOccasion: addDays(LAST, -10), ownCycle: 10 };
		expect(stateAfter(80, young)).toBe('new'); // 90 days since the first, r = 8
		expect(stateAfter(81, young)).toBe('inactive');
		expect(stateAfter(5, { ...young, occasions: 3 })).toBe('active');
	});
});

describe('decline', () => {
	test('recent revenue per month at most 70% of the baseline, with ≥ 3 baseline occasions', () => {
		// Baseline: 365 days worth 36.500,00 → 100,00/day. Recent 90 days: 6.300,00 → 70,00/day.
		const base = {
			baselineRevenueCents: 36_500_00,
			baselineOccasions: 6,
			recentRevenueCents: 6_300_00
		};
		const c = classifyCustomer(facts(base), peers, addDays(LAST, 5), config);
		expect(c.decline.revenueRatio).toBeCloseTo(0.7, 12);
		expect(c.decline.declining).toBe(true);
		const d = classifyCustomer(
			facts({ ...base, recentRevenueCents: 6_400_00 }),
			peers,
			LAST,
			config
		);
		expect(d.decline.declining).toBe(false);
		const e = classifyCustomer(facts({ ...base, baselineOccasions: 2 }), peers, LAST, config);
		expect(e.decline).toMatchObject({ declining: false, revenueRatio: null });
	});
	test('volume alone can flag it, and both percentages are reported', () => {
		const c = classifyCustomer(
			facts({
				baselineRevenueCents: 36_500_00,
				baselineOccasions: 6,
				recentRevenueCents: 9_000_00,
				baselineVolume: 3650,
				recentVolume: 450
			}),
			peers,
			LAST,
			config
		);
		expect(c.decline.revenueRatio).toBeCloseTo(1, 12);
		expect(c.decline.volumeRatio).toBeCloseTo(0.5, 12);
		expect(c.decline.declining).toBe(true);
	});
});
