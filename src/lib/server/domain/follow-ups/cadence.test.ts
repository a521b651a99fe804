/**
 * SPEC "Follow-up cadence", date by date. The holidays are written out here by hand (from the
 * official 2026 and 2027 calendars), not read from holidays.ts, so a wrong holiday rule fails.
 */
import { describe, expect, test } from 'vitest';
import { DEFAULT_ENGINE_CONFIG } from '../portfolio/engine-config.ts';
import {
	cadenceWindow,
	checkFollowUpDate,
	suggestFollowUpDate,
	type CadenceInput
} from './cadence.ts';

const config = DEFAULT_ENGINE_CONFIG;
const input = (today: string, lastContact: string | null = null, previousAttempts = 0) =>
	({ today, lastContact, previousAttempts, config }) satisfies CadenceInput;

function refusal(date: string, cadence: CadenceInput) {
	const check = checkFollowUpDate(date, cadence);
	if (check.ok) throw new Error(`${date} should have been refused`);
	return check;
}

/** [date, name, nearest valid date when asked from 01/01 of the year before]. */
const HOLIDAYS: [string, RegExp, string][] = [
	['2026-01-01', /Confraternização Universal/, '2026-01-02'],
	['2026-02-16', /Carnaval/, '2026-02-18'],
	['2026-02-17', /Carnaval/, '2026-02-18'],
	['2026-04-03', /Sexta-feira Santa/, '2026-04-06'],
	['2026-04-21', /Tiradentes/, '2026-04-22'],
	['2026-05-01', /Dia do Trabalho/, '2026-05-04'],
	['2026-06-04', /Corpus Christi/, '2026-06-05'],
	['2026-09-07', /Independência/, '2026-09-08'],
	['2026-10-12', /Nossa Senhora Aparecida/, '2026-10-13'],
	['2026-11-02', /Finados/, '2026-11-03'],
	['2026-11-15', /domingo e feriado nacional \(Proclamação da República\)/, '2026-11-16'],
	['2026-11-20', /Consciência Negra/, '2026-11-23'],
	['2026-12-25', /Natal/, '2026-12-28'],
	['2027-01-01', /Confraternização Universal/, '2027-01-04'],
	['2027-02-08', /Carnaval/, '2027-02-10'],
	['2027-02-09', /Carnaval/, '2027-02-10'],
	['2027-03-26', /Sexta-feira Santa/, '2027-03-29'],
	['2027-04-21', /Tiradentes/, '2027-04-22'],
	['2027-05-01', /sábado e feriado nacional \(Dia do Trabalho\)/, '2027-05-03'],
	['2027-05-27', /Corpus Christi/, '2027-05-28'],
	['2027-09-07', /Independência/, '2027-09-08'],
	['2027-10-12', /Nossa Senhora Aparecida/, '2027-10-13'],
	['2027-11-02', /Finados/, '2027-11-03'],
	['2027-11-15', /Proclamação da República/, '2027-11-16'],
	['2027-11-20', /sábado e feriado nacional \(Dia Nacional de Zumbi/, '2027-11-22'],
	['2027-12-25', /sábado e feriado nacional \(Natal\)/, '2027-12-27']
];

const dmy = (iso: string) => iso.split('-').reverse().join('/');

describe('checkFollowUpDate', () => {
	test.each(HOLIDAYS)(
		'%s (national holiday) is refused and the message names the next valid date',
		(date, name, nearest) => {
			const check = refusal(date, input('2025-12-30'));
			expect(check.reason).toMatch(name);
			expect(check.nearestValid).toBe(nearest);
			expect(check.message).toContain(`A data válida mais próxima é ${dmy(nearest)}.`);
		}
	);

	test('business days around the holidays are accepted', () => {
		for (const date of ['2026-02-18', '2026-04-02', '2026-06-05', '2027-03-25', '2027-05-26'])
			expect(checkFollowUpDate(date, input('2025-12-30'))).toEqual({ ok: true, date });
	});

	test('weekends are refused with the day named and the Monday offered', () => {
		const saturday = refusal('2026-11-28', input('2026-11-23'));
		expect(saturday.message).toBe('28/11/2026 é sábado. A data válida mais próxima é 30/11/2026.');
		const sunday = refusal('2026-12-06', input('2026-11-23'));
		expect(sunday.reason).toBe('06/12/2026 é domingo.');
		expect(sunday.nearestValid).toBe('2026-12-07');
	});

	test('a past date is refused; today is fine when it is a business day', () => {
		const past = refusal('2026-11-20', input('2026-11-23'));
		expect(past.reason).toBe('20/11/2026 já passou.');
		expect(past.message).toContain('23/11/2026');
		expect(checkFollowUpDate('2026-11-23', input('2026-11-23'))).toEqual({
			ok: true,
			date: '2026-11-23'
		});
		// Asked on a Saturday: the first valid day is Monday.
		expect(refusal('2026-11-27', input('2026-11-28')).nearestValid).toBe('2026-11-30');
	});

	test('a date in 2 days after a contact yesterday: business days, not calendar days, count', () => {
		// Today Thursday 26/11, contact Wednesday 25/11: Saturday 28/11 is a weekend…
		const weekend = refusal('2026-11-28', input('2026-11-26', '2026-11-25'));
		expect(weekend.nearestValid).toBe('2026-11-30');
		// … today is only 1 business day after the contact: the minimum is 2 (Friday).
		const tooSoon = refusal('2026-11-26', input('2026-11-26', '2026-11-25'));
		expect(tooSoon.reason).toMatch(/último contato foi em 25\/11\/2026.*pelo menos 2 dias úteis/);
		expect(tooSoon.message).toContain('27/11/2026');
		// Today Tuesday 24/11, contact Monday 23/11: Thursday 26/11 is 3 business days later — valid.
		expect(checkFollowUpDate('2026-11-26', input('2026-11-24', '2026-11-23')).ok).toBe(true);
		// Today Monday 23/11, contact on the holiday Friday 20/11: Tuesday 24/11 is the 2nd business day.
		expect(refusal('2026-11-23', input('2026-11-23', '2026-11-20')).nearestValid).toBe(
			'2026-11-24'
		);
	});

	test('in a sequence, attempts are at most 5 business days apart', () => {
		const tooLate = refusal('2026-12-04', input('2026-11-23', '2026-11-23', 2));
		expect(tooLate.reason).toMatch(/no máximo 5 dias úteis/);
		expect(tooLate.nearestValid).toBe('2026-11-30');
		// A new sequence has no upper limit.
		expect(checkFollowUpDate('2026-12-04', input('2026-11-23', '2026-11-23', 0)).ok).toBe(true);
		// The 5-day window already passed: the first valid day is also the last.
		const late = input('2026-11-23', '2026-11-02', 2);
		expect(cadenceWindow(late)).toEqual({ from: '2026-11-23', to: '2026-11-23' });
		expect(checkFollowUpDate('2026-11-23', late).ok).toBe(true);
		expect(refusal('2026-11-24', late).nearestValid).toBe('2026-11-23');
	});

	test('at most 5 attempts: the sixth is refused with no date to offer', () => {
		expect(checkFollowUpDate('2026-11-26', input('2026-11-23', '2026-11-23', 4)).ok).toBe(true);
		const sixth = refusal('2026-11-26', input('2026-11-23', '2026-11-23', 5));
		expect(sixth.reason).toMatch(/já teve 5 tentativas, o máximo/);
		expect(sixth.nearestValid).toBeNull();
	});
});

describe('suggestFollowUpDate', () => {
	test('default: 3 business days after the last contact, else after today', () => {
		expect(suggestFollowUpDate(input('2026-11-23'))).toBe('2026-11-26');
		expect(suggestFollowUpDate(input('2026-11-23', '2026-11-23'))).toBe('2026-11-26');
		// Over the weekend and the 25/12 holiday.
		expect(suggestFollowUpDate(input('2026-12-23', '2026-12-23'))).toBe('2026-12-29');
		// An old contact: no earlier than today.
		expect(suggestFollowUpDate(input('2026-11-23', '2026-10-01'))).toBe('2026-11-23');
	});

	test('the suggestion always passes the check', () => {
		for (const today of ['2026-11-23', '2026-11-27', '2026-12-24', '2027-02-05'])
			for (const last of [null, today, '2026-11-19'])
				for (const attempts of [0, 1, 4]) {
					const cadence = input(today, last && last <= today ? last : null, attempts);
					const date = suggestFollowUpDate(cadence);
					expect(checkFollowUpDate(date, cadence), `${today} ${last} ${attempts}`).toEqual({
						ok: true,
						date
					});
				}
	});
});
