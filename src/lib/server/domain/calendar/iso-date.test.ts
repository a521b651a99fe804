import { describe, expect, it } from 'vitest';
import {
	addDays,
	addMonths,
	dayOfWeek,
	daysBetween,
	endOfMonth,
	isIsoDate,
	isoDateFromParts,
	parseIsoDate,
	startOfMonth,
	todayInSaoPaulo
} from '#lib/server/domain/calendar/iso-date.ts';

describe('parseIsoDate / isIsoDate', () => {
	it('accepts real calendar dates only', () => {
		expect(parseIsoDate('2026-11-23')).toEqual({ year: 2026, month: 11, day: 23 });
		expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
		for (const bad of [
			'2026-02-29',
			'2026-13-01',
			'2026-00-10',
			'2026-11-31',
			'2026-1-5',
			'23/11/2026',
			'',
			' 2026-11-23'
		]) {
			expect(parseIsoDate(bad), bad).toBeNull();
		}
		expect(isIsoDate('1900-02-29')).toBe(false);
		expect(isIsoDate('2000-02-29')).toBe(true);
		expect(isIsoDate(20261123)).toBe(false);
	});

	it('builds dates from parts, null when the day does not exist', () => {
		expect(isoDateFromParts(2026, 3, 5)).toBe('2026-03-05');
		expect(isoDateFromParts(45, 1, 1)).toBe('0045-01-01');
		expect(isoDateFromParts(2026, 2, 31)).toBeNull();
		expect(isoDateFromParts(2026, 1.5, 1)).toBeNull();
	});
});

describe('arithmetic', () => {
	it('adds days across months, years and leap days', () => {
		expect(addDays('2026-11-23', 8)).toBe('2026-12-01');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
		expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
	});

	it('is not moved by the old Brazilian DST changes (e.g. 2018-11-04, 2019-02-17)', () => {
		expect(addDays('2018-11-03', 1)).toBe('2018-11-04');
		expect(addDays('2018-11-04', 1)).toBe('2018-11-05');
		expect(daysBetween('2019-02-16', '2019-02-18')).toBe(2);
	});

	it('counts days between dates, signed', () => {
		expect(daysBetween('2026-11-23', '2026-12-25')).toBe(32);
		expect(daysBetween('2026-12-25', '2026-11-23')).toBe(-32);
		expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
	});

	it('knows the day of the week', () => {
		expect(dayOfWeek('2026-11-23')).toBe(1); // Monday
		expect(dayOfWeek('2026-11-26')).toBe(4); // Thursday
		expect(dayOfWeek('2026-11-29')).toBe(0); // Sunday
		expect(dayOfWeek('1970-01-01')).toBe(4);
		expect(dayOfWeek('1969-12-31')).toBe(3);
	});

	it('gives month bounds and month steps (clamped)', () => {
		expect(startOfMonth('2026-11-23')).toBe('2026-11-01');
		expect(endOfMonth('2026-02-10')).toBe('2026-02-28');
		expect(endOfMonth('2028-02-10')).toBe('2028-02-29');
		expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
		expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
		expect(addMonths('2026-11-23', 14)).toBe('2028-01-23');
	});

	it('rejects invalid input loudly', () => {
		expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
		expect(() => addDays('2026-02-10', 1.5)).toThrow(RangeError);
		expect(() => dayOfWeek('amanhã')).toThrow(RangeError);
	});
});

describe('todayInSaoPaulo', () => {
	it('takes the São Paulo calendar date of the given instant', () => {
		expect(todayInSaoPaulo(new Date('2026-11-24T02:59:59Z'))).toBe('2026-11-23'); // 23:59 in SP
		expect(todayInSaoPaulo(new Date('2026-11-24T03:00:00Z'))).toBe('2026-11-24');
		expect(todayInSaoPaulo(new Date('2026-01-01T01:00:00Z'))).toBe('2025-12-31');
	});

	it('follows the historical DST offset (UTC−2 in January 2019)', () => {
		expect(todayInSaoPaulo(new Date('2019-01-10T02:30:00Z'))).toBe('2019-01-10');
		expect(todayInSaoPaulo(new Date('2019-01-10T01:30:00Z'))).toBe('2019-01-09');
	});

	it('rejects an invalid instant', () => {
		expect(() => todayInSaoPaulo(new Date('nope'))).toThrow(RangeError);
	});
});
