import { describe, expect, it } from 'vitest';
import { easterSunday } from '#lib/server/domain/calendar/easter.ts';
import {
	isNationalHoliday,
	nationalHolidayOn,
	nationalHolidays
} from '#lib/server/domain/calendar/holidays.ts';

const asTable = (year: number) => nationalHolidays(year).map(({ date, name }) => [date, name]);

describe('easterSunday', () => {
	it.each([
		[1818, '1818-03-22'], // earliest possible date
		[1943, '1943-04-25'], // latest possible date
		[2000, '2000-04-23'],
		[2008, '2008-03-23'],
		[2019, '2019-04-21'],
		[2024, '2024-03-31'],
		[2025, '2025-04-20'],
		[2026, '2026-04-05'],
		[2027, '2027-03-28'],
		[2038, '2038-04-25'],
		[2285, '2285-03-22']
	])('Easter %i is %s', (year, date) => {
		expect(easterSunday(year)).toBe(date);
	});

	it('refuses years outside the Gregorian calendar', () => {
		expect(() => easterSunday(1500)).toThrow(RangeError);
		expect(() => easterSunday(2026.5)).toThrow(RangeError);
	});
});

describe('nationalHolidays', () => {
	// Checked against the computus: the brief's movable dates for 2026 and 2027 were right.
	it('pins every national holiday of 2026', () => {
		expect(asTable(2026)).toEqual([
			['2026-01-01', 'Confraternização Universal'],
			['2026-02-16', 'Segunda-feira de Carnaval'],
			['2026-02-17', 'Terça-feira de Carnaval'],
			['2026-04-03', 'Sexta-feira Santa'],
			['2026-04-21', 'Tiradentes'],
			['2026-05-01', 'Dia do Trabalho'],
			['2026-06-04', 'Corpus Christi'],
			['2026-09-07', 'Independência'],
			['2026-10-12', 'Nossa Senhora Aparecida'],
			['2026-11-02', 'Finados'],
			['2026-11-15', 'Proclamação da República'],
			['2026-11-20', 'Dia Nacional de Zumbi e da Consciência Negra'],
			['2026-12-25', 'Natal']
		]);
	});

	it('pins every national holiday of 2027', () => {
		expect(asTable(2027)).toEqual([
			['2027-01-01', 'Confraternização Universal'],
			['2027-02-08', 'Segunda-feira de Carnaval'],
			['2027-02-09', 'Terça-feira de Carnaval'],
			['2027-03-26', 'Sexta-feira Santa'],
			['2027-04-21', 'Tiradentes'],
			['2027-05-01', 'Dia do Trabalho'],
			['2027-05-27', 'Corpus Christi'],
			['2027-09-07', 'Independência'],
			['2027-10-12', 'Nossa Senhora Aparecida'],
			['2027-11-02', 'Finados'],
			['2027-11-15', 'Proclamação da República'],
			['2027-11-20', 'Dia Nacional de Zumbi e da Consciência Negra'],
			['2027-12-25', 'Natal']
		]);
	});

	it('makes Consciência Negra national only from 2024 (Lei 14.759/2023)', () => {
		expect(isNationalHoliday('2023-11-20')).toBe(false);
		expect(nationalHolidays(2023)).toHaveLength(12);
		expect(nationalHolidayOn('2024-11-20')?.name).toBe(
			'Dia Nacional de Zumbi e da Consciência Negra'
		);
		expect(isNationalHoliday('2025-11-20')).toBe(true);
	});

	it('marks movable holidays and keeps both when two share a date (21/04/2000)', () => {
		const onTiradentes2000 = nationalHolidays(2000).filter(({ date }) => date === '2000-04-21');
		expect(onTiradentes2000.map(({ name, movable }) => [name, movable])).toEqual([
			['Tiradentes', false],
			['Sexta-feira Santa', true]
		]);
		expect(nationalHolidayOn('2000-04-21')?.name).toBe('Tiradentes');
	});

	it('answers by date and returns frozen lists', () => {
		expect(nationalHolidayOn('2026-02-17')?.name).toBe('Terça-feira de Carnaval');
		expect(nationalHolidayOn('2026-02-18')).toBeNull(); // Quarta-feira de Cinzas is a working day
		expect(nationalHolidayOn('2026-04-05')).toBeNull(); // Easter Sunday itself is not listed
		expect(Object.isFrozen(nationalHolidays(2026))).toBe(true);
		expect(nationalHolidays(2026)).toBe(nationalHolidays(2026));
	});
});
