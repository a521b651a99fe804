/**
 * The UCI reference checked by hand on three customers (purchase days listed from the raw
 * files with Python's csv module and worked out on paper), on a few SPEC edges, and the
 * committed golden file against the reference's own answers.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, test } from 'vitest';
import { sharedDataPath } from '#lib/server/shared-data-path.ts';
import { UCI_FILES, UCI_MONTHS, type UciGolden } from './uci-golden.ts';
import {
	csvFields,
	monthBounds,
	ownCycle,
	readOccasions,
	stateAt,
	stateCounts,
	stoppedIn,
	type Occasions
} from './uci-reference.ts';

let all: Occasions;
beforeAll(async () => {
	all = await readOccasions(UCI_FILES.map((f) => sharedDataPath('online_retail', f)));
}, 120_000);

describe('hand checks on real customers', () => {
	test('12349: a cancellation (C490283, 04/12/2009) is no purchase; stopped buying in March 2011', () => {
		expect(all.get('12349')).toEqual(['2010-04-29', '2010-05-18', '2010-10-28', '2011-11-21']);
		// 28/02/2011: intervals 19 and 163 → cycle 91; recency 123 → r = 1,35 → active.
		expect(ownCycle(['2010-04-29', '2010-05-18', '2010-10-28'])).toBe(91);
		expect(stateAt(all.get('12349')!, '2011-02-28', 1)).toBe('active');
		// 31/03/2011: recency 154 → r = 1,69 → at risk.
		expect(stateAt(all.get('12349')!, '2011-03-31', 1)).toBe('at_risk');
		expect(stoppedIn(all, '2011-03')).toContain('12349');
		expect(stoppedIn(all, '2011-06')).not.toContain('12349');
	});

	test('12356: stopped in March (cycle 31, r 1,32 → 2,32) and again in June (cycle 43, r 1,23 → 1,93)', () => {
		const days = all.get('12356')!;
		expect(days).toEqual([
			'2010-10-11',
			'2010-11-11',
			'2010-11-24',
			'2011-01-18',
			'2011-04-08',
			'2011-11-17'
		]);
		expect(ownCycle(days.slice(0, 4))).toBe(31);
		expect(ownCycle(days.slice(0, 5))).toBe(43); // intervals 31, 13, 55, 80: (31 + 55) / 2
		expect(stateAt(days, '2011-02-28', 1)).toBe('active');
		expect(stateAt(days, '2011-03-31', 1)).toBe('at_risk');
		expect(stateAt(days, '2011-05-31', 1)).toBe('active');
		expect(stateAt(days, '2011-06-30', 1)).toBe('at_risk');
		expect(stoppedIn(all, '2011-03')).toContain('12356');
		expect(stoppedIn(all, '2011-06')).toContain('12356');
	});

	test('12347: a regular buyer, active on 30/06/2011 (cycle 56,5, recency 21)', () => {
		const days = all.get('12347')!;
		expect(days).toHaveLength(8);
		expect(ownCycle(days.slice(0, 5))).toBe(56.5);
		expect(stateAt(days, '2011-06-30', 1)).toBe('active');
		for (const month of UCI_MONTHS) expect(stoppedIn(all, month)).not.toContain('12347');
	});
});

describe('SPEC edges', () => {
	test('new: ≤ 2 occasions and the first ≤ 90 days ago, checked first', () => {
		expect(stateAt(['2011-01-01'], '2011-04-01', 10)).toBe('new'); // 90 days
		expect(stateAt(['2011-01-01'], '2011-04-02', 10)).toBe('inactive'); // 91 days, r = 9,1
		expect(stateAt(['2011-01-01', '2011-01-11', '2011-01-21'], '2011-02-01', 10)).toBe('active');
	});

	test('thresholds: r = 1,5 active, r = 3 at risk, recency 366 inactive; one occasion uses the peer cycle', () => {
		const every10 = ['2010-06-01', '2010-06-11', '2010-06-21'];
		expect(stateAt(every10, '2010-07-06', 99)).toBe('active'); // 15 / 10
		expect(stateAt(every10, '2010-07-07', 99)).toBe('at_risk');
		expect(stateAt(every10, '2010-07-21', 99)).toBe('at_risk'); // 30 / 10
		expect(stateAt(every10, '2010-07-22', 99)).toBe('inactive');
		expect(stateAt(['2010-01-01'], '2010-06-01', 100)).toBe('at_risk'); // 151 / 100
		expect(stateAt(['2009-01-01', '2010-01-01'], '2011-01-02', 400)).toBe('inactive'); // 366 days
		expect(monthBounds('2011-03')).toEqual({ dayBefore: '2011-02-28', last: '2011-03-31' });
	});

	test('CSV fields: quotes, commas inside quotes, doubled quotes', () => {
		expect(csvFields('"536365","A, B ""C""",6,,2.55')).toEqual([
			'536365',
			'A, B "C"',
			'6',
			'',
			'2.55'
		]);
	});
});

test('the committed golden file is what the reference answers', async () => {
	const golden = JSON.parse(
		await readFile(new URL('./uci-golden.json', import.meta.url), 'utf8')
	) as UciGolden;
	for (const month of UCI_MONTHS) {
		const { dayBefore, last } = monthBounds(month);
		expect(golden.stateCounts[dayBefore]).toEqual(stateCounts(all, dayBefore));
		expect(golden.stateCounts[last]).toEqual(stateCounts(all, last));
		expect(golden.stopped[month]).toEqual(stoppedIn(all, month));
	}
});
