import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	addBusinessDays,
	businessDaysBetween,
	isBusinessDay,
	nextBusinessDay,
	nonBusinessReason,
	previousBusinessDay
} from '#lib/server/domain/calendar/business-days.ts';
import { addDays, isoDateFromParts } from '#lib/server/domain/calendar/iso-date.ts';

describe('isBusinessDay', () => {
	it('is Monday to Friday without national holidays', () => {
		expect(isBusinessDay('2026-11-23')).toBe(true); // Monday
		expect(isBusinessDay('2026-11-28')).toBe(false); // Saturday
		expect(isBusinessDay('2026-11-29')).toBe(false); // Sunday
		expect(isBusinessDay('2026-04-21')).toBe(false); // Tiradentes, a Tuesday
		expect(isBusinessDay('2026-02-16')).toBe(false); // Carnaval
		expect(isBusinessDay('2026-02-18')).toBe(true); // Ash Wednesday
		expect(isBusinessDay('2026-06-04')).toBe(false); // Corpus Christi
		expect(isBusinessDay('2023-11-20')).toBe(true); // Consciência Negra not yet national
		expect(isBusinessDay('2026-11-20')).toBe(false);
	});

	it('says why a date is not a business day', () => {
		expect(nonBusinessReason('2026-11-23')).toBeNull();
		expect(nonBusinessReason('2026-11-28')).toEqual({ kind: 'weekend', weekday: 'sábado' });
		expect(nonBusinessReason('2026-11-29')).toEqual({ kind: 'weekend', weekday: 'domingo' });
		expect(nonBusinessReason('2026-04-03')).toMatchObject({
			kind: 'holiday',
			holiday: { date: '2026-04-03', name: 'Sexta-feira Santa', movable: true }
		});
		// A holiday on a weekend is reported as weekend.
		expect(nonBusinessReason('2026-11-15')).toEqual({ kind: 'weekend', weekday: 'domingo' });
	});
});

describe('nextBusinessDay / previousBusinessDay', () => {
	it('keeps a business day and skips weekends and holidays otherwise', () => {
		expect(nextBusinessDay('2026-11-23')).toBe('2026-11-23');
		expect(nextBusinessDay('2026-04-03')).toBe('2026-04-06'); // Good Friday → Monday
		expect(nextBusinessDay('2026-02-14')).toBe('2026-02-18'); // Saturday before Carnaval
		expect(nextBusinessDay('2026-12-25')).toBe('2026-12-28');
		expect(previousBusinessDay('2026-11-23')).toBe('2026-11-23');
		expect(previousBusinessDay('2026-04-06')).toBe('2026-04-06');
		expect(previousBusinessDay('2026-04-05')).toBe('2026-04-02'); // Easter → Thursday
		expect(previousBusinessDay('2026-02-17')).toBe('2026-02-13');
	});
});

describe('addBusinessDays', () => {
	it('crosses weekends', () => {
		expect(addBusinessDays('2026-11-27', 1)).toBe('2026-11-30'); // Friday → Monday
		expect(addBusinessDays('2026-11-23', 5)).toBe('2026-11-30');
		expect(addBusinessDays('2026-11-28', 1)).toBe('2026-11-30'); // from a Saturday
	});

	it('crosses Carnaval and other holidays', () => {
		expect(addBusinessDays('2026-02-13', 1)).toBe('2026-02-18');
		expect(addBusinessDays('2026-02-12', 3)).toBe('2026-02-19');
		expect(addBusinessDays('2026-04-17', 2)).toBe('2026-04-22'); // over Tiradentes
		expect(addBusinessDays('2026-11-18', 3)).toBe('2026-11-24'); // over 20/11
	});

	it('leaves the date alone for n = 0 and goes back for n < 0', () => {
		expect(addBusinessDays('2026-11-28', 0)).toBe('2026-11-28');
		expect(addBusinessDays('2026-02-18', -1)).toBe('2026-02-13');
		expect(addBusinessDays('2026-11-30', -3)).toBe('2026-11-25');
		expect(() => addBusinessDays('2026-11-23', 1.5)).toThrow(RangeError);
		expect(() => addBusinessDays('2026-11-31', 0)).toThrow(RangeError);
	});
});

describe('businessDaysBetween', () => {
	it('counts business days after from, up to and including to', () => {
		expect(businessDaysBetween('2026-11-23', '2026-11-24')).toBe(1);
		expect(businessDaysBetween('2026-11-23', '2026-11-30')).toBe(5);
		expect(businessDaysBetween('2026-11-27', '2026-11-29')).toBe(0); // Friday → Sunday
		expect(businessDaysBetween('2026-02-13', '2026-02-18')).toBe(1); // over Carnaval
		expect(businessDaysBetween('2026-01-01', '2026-12-31')).toBe(249); // 261 weekdays, 12 of them holidays
	});

	it('is 0 when to is not after from', () => {
		expect(businessDaysBetween('2026-11-23', '2026-11-23')).toBe(0);
		expect(businessDaysBetween('2026-11-24', '2026-11-23')).toBe(0);
	});

	const anyDate = fc
		.record({
			year: fc.integer({ min: 2020, max: 2032 }),
			dayOfYear: fc.integer({ min: 0, max: 364 })
		})
		.map(({ year, dayOfYear }) => addDays(isoDateFromParts(year, 1, 1) ?? '2026-01-01', dayOfYear));

	it('inverts addBusinessDays, which always lands on a business day', () => {
		fc.assert(
			fc.property(anyDate, fc.integer({ min: 0, max: 40 }), (date, n) => {
				const later = addBusinessDays(date, n);
				expect(businessDaysBetween(date, later)).toBe(n);
				if (n > 0) expect(isBusinessDay(later)).toBe(true);
				if (n > 0) expect(addBusinessDays(later, -n)).toBe(previousBusinessDay(date));
			})
		);
	});
});
