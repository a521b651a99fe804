/**
 * One pass over the invoiced orders up to `asOf`, in the database, that yields every fact the
 * definitions need per customer (SPEC "Definitions"): purchase occasions (orders of one day
 * merged, values summed), the median of the last ≤ 12 intervals and its MAD, the average value
 * of the last ≤ 12 occasions, the recent and baseline windows of the decline test, and the
 * 365-day frequency and value of RFV. Window functions and aggregates only — nothing per
 * customer in JavaScript — so the whole portfolio is one query.
 *
 * Decision (materialisation): nothing is materialised. Every figure is a function of `asOf`
 * (occasions after it do not exist), and "who stopped buying in March" needs the past, so a
 * cache of "current" aggregates would serve only one date and need invalidation on every
 * import. One indexed pass (orders_customer_date_idx, invoiced only) meets the goals measured
 * in BENCHMARKS.md; the whole-portfolio reference (peer cycles, RFV quintiles, BG/NBD fit) is
 * memoised per `asOf` and orders version in `portfolio-reference.ts`.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '../../db/client.ts';
import type { EngineConfig } from './engine-config.ts';
import { scopeCondition, type PortfolioScope } from './scope.ts';

export interface CustomerFacts {
	customerId: number;
	erpCode: string;
	name: string;
	legalName: string;
	segment: string | null;
	uf: string | null;
	repId: number | null;
	/** Purchase occasions up to asOf (0 ⇒ prospect). */
	occasions: number;
	firstOccasion: string | null;
	lastOccasion: string | null;
	/** Median of the last ≤ 12 intervals, days; null with fewer than 2 occasions. */
	ownCycle: number | null;
	/** Median absolute deviation of those intervals, days. */
	mad: number | null;
	/** Number of intervals behind ownCycle. */
	intervals: number;
	/** Mean value of the last ≤ 12 occasions, cents. */
	averageOccasionCents: number | null;
	/** Decline test: recent window length (days) and sums. */
	windowDays: number;
	recentRevenueCents: number;
	baselineRevenueCents: number;
	baselineOccasions: number;
	recentVolume: number | null;
	baselineVolume: number | null;
	/** RFV inputs: occasions and revenue in the last 365 days. */
	frequency365: number;
	revenue365Cents: number;
	lastOccasionValueCents: number | null;
}

export interface FactsQuery {
	asOf: string;
	scope?: PortfolioScope;
	config: EngineConfig;
	/** Include customers with no occasion (prospects). */
	includeProspects?: boolean;
}

export async function customerFacts(db: GiroDatabase, query: FactsQuery): Promise<CustomerFacts[]> {
	const { asOf, config } = query;
	const scope = scopeCondition(query.scope ?? {}, 'c');
	const maxK = config.cycle.maxIntervals;
	const avgK = config.value.averageOccasions;
	const minWindow = config.decline.minWindowDays;
	const cycles = config.decline.windowCycles;
	const baselineDays = config.decline.baselineDays;
	const rfvDays = config.rfv.windowDays;
	return db.rows<CustomerFacts>(sql`
		with occ as (
			select o.customer_id, o.order_date as d,
				sum(o.total_cents)::float8 as value,
				sum(o.volume)::float8 as volume
			from orders o
			join customers c on c.id = o.customer_id
			where o.status = 'invoiced' and o.order_date <= ${asOf}::date and ${scope}
			group by o.customer_id, o.order_date
		),
		seq as (
			select customer_id, d, value, volume,
				(${asOf}::date - d) as age,
				row_number() over (partition by customer_id order by d desc) as k,
				d - lag(d) over (partition by customer_id order by d) as gap
			from occ
		),
		base as (
			select customer_id, count(*)::int as n, min(d) as first_d, max(d) as last_d,
				percentile_cont(0.5) within group (order by gap)
					filter (where k <= ${maxK} and gap is not null) as own_cycle,
				count(gap) filter (where k <= ${maxK}) as intervals,
				avg(value) filter (where k <= ${avgK}) as avg_value,
				max(value) filter (where k = 1) as last_value
			from seq group by customer_id
		),
		facts as (
			select b.customer_id, b.n, b.first_d, b.last_d, b.own_cycle, b.intervals, b.avg_value,
				b.last_value, w.window_days,
				percentile_cont(0.5) within group (order by abs(s.gap - b.own_cycle))
					filter (where s.k <= ${maxK} and s.gap is not null) as mad,
				coalesce(sum(s.value) filter (where s.age < w.window_days), 0) as recent_revenue,
				coalesce(sum(s.value) filter (where s.age >= w.window_days
					and s.age < w.window_days + ${baselineDays}), 0) as baseline_revenue,
				count(*) filter (where s.age >= w.window_days
					and s.age < w.window_days + ${baselineDays}) as baseline_occasions,
				sum(s.volume) filter (where s.age < w.window_days) as recent_volume,
				sum(s.volume) filter (where s.age >= w.window_days
					and s.age < w.window_days + ${baselineDays}) as baseline_volume,
				count(*) filter (where s.age < ${rfvDays}) as f365,
				coalesce(sum(s.value) filter (where s.age < ${rfvDays}), 0) as v365
			from base b
			join seq s using (customer_id)
			cross join lateral (
				select greatest(${minWindow}::float8, ${cycles}::float8 * coalesce(b.own_cycle, 0)) as window_days
			) w
			group by b.customer_id, b.n, b.first_d, b.last_d, b.own_cycle, b.intervals, b.avg_value,
				b.last_value, w.window_days
		)
		select c.id as "customerId", c.erp_code as "erpCode",
			coalesce(c.trade_name, c.legal_name) as name, c.legal_name as "legalName",
			c.segment, c.uf, c.rep_id as "repId",
			coalesce(f.n, 0)::int as occasions,
			f.first_d::text as "firstOccasion", f.last_d::text as "lastOccasion",
			f.own_cycle::float8 as "ownCycle", f.mad::float8 as mad,
			coalesce(f.intervals, 0)::int as intervals,
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
		order by c.id`);
}
