import { describe, expect, test } from 'vitest';
import { appliedFilters, normalisePeriod, scoreAppliedFilters } from './applied-filters.ts';

const asOf = '2026-11-23';
const env = { asOf, writingTools: ['schedule_follow_up'] };

describe('applied filters', () => {
	test('normalises periods, regions, reps and segments', () => {
		expect(normalisePeriod('last_month', asOf)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
		expect(normalisePeriod('this_month', asOf)).toEqual({ from: '2026-11-01', to: asOf });
		expect(normalisePeriod('2026-02', asOf)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
		expect(normalisePeriod({ from: '2026-11-20', to: '2026-11-29' }, asOf)).toEqual({
			from: '2026-11-20',
			to: asOf
		});
		expect(
			appliedFilters(
				[
					{
						name: 'list_customers',
						input: { region: 'Sul', segment: 'Metalúrgia', repIds: [5, 4] }
					},
					{ name: 'get_sales_by_period', input: { from: '2026-10-01', to: '2026-10-31', uf: 'sp' } }
				],
				asOf
			)
		).toEqual({
			ufs: ['PR', 'RS', 'SC'],
			segment: 'metalurgia',
			reps: [4, 5],
			period: { from: '2026-10-01', to: '2026-10-31' }
		});
	});

	test('passes: the asked filters, by any spelling, and the unapplied part named', () => {
		const calls = [{ name: 'list_customers', input: { uf: 'PR', states: ['inactive'] } }];
		expect(scoreAppliedFilters(calls, { applied: { ufs: ['PR'] } }, 'Inativos no PR', env)).toEqual(
			{
				check: { scorer: 'filters', pass: true },
				dropped: 0
			}
		);
		const score = scoreAppliedFilters(
			[{ name: 'get_portfolio_health', input: {} }],
			{ applied: {}, notApplied: [/roberto/] },
			'Não encontrei vendedor Roberto; mostro a carteira toda.',
			env
		);
		expect(score.check.pass).toBe(true);
		expect(
			scoreAppliedFilters(
				[{ name: 'list_customers', input: { segment: 'metalurgia', region: 'sul' } }],
				{ applied: { segment: 'Metalurgia', ufs: ['SC', 'RS', 'PR'] } },
				'',
				env
			).check.pass
		).toBe(true);
		// a rep's own id is her scope anyway
		expect(
			scoreAppliedFilters([{ name: 'list_customers', input: { repId: 1 } }], { applied: {} }, '', {
				...env,
				selfRepId: 1
			}).check.pass
		).toBe(true);
	});

	test('fails: right numbers, wrong slice — dropped, different or extra filters', () => {
		const national = [{ name: 'estimate_lost_revenue', input: {} }];
		const dropped = scoreAppliedFilters(national, { applied: { ufs: ['PR'] } }, 'R$ 10,00', env);
		expect(dropped.check.pass).toBe(false);
		expect(dropped.dropped).toBe(1);
		const other = scoreAppliedFilters(
			[{ name: 'list_customers', input: { uf: 'SP' } }],
			{ applied: { ufs: ['PR'] } },
			'',
			env
		);
		expect(other.check.pass).toBe(false);
		expect(other.dropped).toBe(0);
		const extra = scoreAppliedFilters(
			[{ name: 'list_customers', input: { segment: 'Varejo' } }],
			{ applied: {} },
			'',
			env
		);
		expect(extra.check.pass).toBe(false);
		const silent = scoreAppliedFilters(
			[{ name: 'get_portfolio_health', input: {} }],
			{ applied: {}, notApplied: [/roberto/] },
			'A carteira tem 600 clientes.',
			env
		);
		expect(silent.check.pass).toBe(false);
		expect(silent.dropped).toBe(1);
		// a filter passed only to a write does not count as applied to the answer
		expect(
			scoreAppliedFilters(
				[{ name: 'schedule_follow_up', input: { customerId: 3 } }],
				{ applied: { customerId: 3 } },
				'',
				env
			).check.pass
		).toBe(false);
		const wrongPeriod = scoreAppliedFilters(
			[{ name: 'list_stopped_customers', input: { period: 'this_month' } }],
			{ applied: { period: { from: '2026-11-08', to: asOf } } },
			'',
			env
		);
		expect(wrongPeriod.check.pass).toBe(false);
	});
});
