/**
 * The facts of SPEC "Definitions" computed straight from `orders`, with no materialised state:
 * purchase occasions (orders of one day merged), then window functions over them — one sort
 * of every invoiced order up to `asOf`. It is the engine's reference path: `customer-facts.ts`
 * uses it when the configuration asks for a number of intervals other than the 12 that
 * `customer_purchase_history` is built with, and the tests check that both paths agree. It
 * returns the last ≤ maxIntervals gaps; the caller derives the MAD from them.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { FactsQuery } from './customer-facts.ts';
import { scopeCondition } from './scope.ts';

export function customerFactsScanSql(query: FactsQuery): SQL {
	const { asOf, config } = query;
	const scope = scopeCondition(query.scope ?? {}, 'c');
	const maxK = config.cycle.maxIntervals;
	const avgK = config.value.averageOccasions;
	const minWindow = config.decline.minWindowDays;
	const cycles = config.decline.windowCycles;
	const baselineDays = config.decline.baselineDays;
	const rfvDays = config.rfv.windowDays;
	return sql`
		with occ as (
			select o.customer_id, o.order_date as d,
				sum(o.total_cents::float8) as value,
				sum(o.volume::float8) as volume
			from orders o
			join customers c on c.id = o.customer_id
			where o.status = 'invoiced' and o.order_date <= ${asOf}::date and ${scope}
			group by o.customer_id, o.order_date
		),
		seq as (
			-- One ordering for every window (no second sort): k counts from the most recent.
			select customer_id, d, value, volume,
				(${asOf}::date - d) as age,
				count(*) over (partition by customer_id) - row_number() over w + 1 as k,
				d - lag(d) over w as gap
			from occ
			window w as (partition by customer_id order by d)
		),
		base as (
			select customer_id, count(*)::int as n, min(d) as first_d, max(d) as last_d,
				percentile_cont(0.5) within group (order by gap)
					filter (where k <= ${maxK} and gap is not null) as own_cycle,
				array_agg(gap order by k) filter (where k <= ${maxK} and gap is not null) as gaps,
				avg(value) filter (where k <= ${avgK}) as avg_value,
				max(value) filter (where k = 1) as last_value,
				count(*) filter (where age < ${rfvDays}) as f365,
				coalesce(sum(value) filter (where age < ${rfvDays}), 0) as v365
			from seq group by customer_id
		),
		windows as (
			select customer_id,
				greatest(${minWindow}::float8, ${cycles}::float8 * coalesce(own_cycle, 0)) as window_days
			from base
		),
		decline as (
			select s.customer_id,
				coalesce(sum(s.value) filter (where s.age < w.window_days), 0) as recent_revenue,
				coalesce(sum(s.value) filter (where s.age >= w.window_days
					and s.age < w.window_days + ${baselineDays}), 0) as baseline_revenue,
				count(*) filter (where s.age >= w.window_days
					and s.age < w.window_days + ${baselineDays}) as baseline_occasions,
				sum(s.volume) filter (where s.age < w.window_days) as recent_volume,
				sum(s.volume) filter (where s.age >= w.window_days
					and s.age < w.window_days + ${baselineDays}) as baseline_volume
			from seq s join windows w using (customer_id)
			group by s.customer_id
		),
		facts as (
			select b.*, w.window_days, d.recent_revenue, d.baseline_revenue, d.baseline_occasions,
				d.recent_volume, d.baseline_volume
			from base b join windows w using (customer_id) join decline d using (customer_id)
		)
		select c.id as "customerId", c.erp_code as "erpCode",
			coalesce(c.trade_name, c.legal_name) as name, c.legal_name as "legalName",
			c.segment, c.uf, c.rep_id as "repId",
			coalesce(f.n, 0)::int as occasions,
			f.first_d::text as "firstOccasion", f.last_d::text as "lastOccasion",
			f.own_cycle::float8 as "ownCycle", f.gaps::int[] as gaps,
			f.avg_value::float8 as "averageOccasionCents",
			coalesce(f.window_days, ${minWindow})::float8 as "windowDays",
			coalesce(f.recent_revenue, 0)::float8 as "recentRevenueCents",
			coalesce(f.baseline_revenue, 0)::float8 as "baselineRevenueCents",
			coalesce(f.baseline_occasions, 0)::int as "baselineOccasions",
			f.recent_volume::float8 as "recentVolume", f.baseline_volume::float8 as "baselineVolume",
			coalesce(f.f365, 0)::int as "frequency365",
			coalesce(f.v365, 0)::float8 as "revenue365Cents",
			f.last_value::float8 as "lastOccasionValueCents"
		from customers c
		${query.includeProspects ? sql`left join` : sql`join`} facts f on f.customer_id = c.id
		where ${scope}
		order by c.id`;
}
