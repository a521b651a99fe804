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
 * import. One pass over the invoiced orders (window functions, one sort) per `asOf`;
 * the README's benchmark table has its timings, and says where they miss the goals. The
 * whole-portfolio reference (peer cycles, RFV quintiles, BG/NBD fit) is
 * memoised per `asOf` and orders version in `portfolio-reference.ts`.
 */
import { sql, type SQL } from 'drizzle-orm';
import { resultRows, type GiroDatabase } from '../../db/client.ts';
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

type FactsRow = Omit<CustomerFacts, 'mad' | 'intervals'> & { gaps: number[] | null };

export async function customerFacts(db: GiroDatabase, query: FactsQuery): Promise<CustomerFacts[]> {
	// The whole portfolio's occasions are sorted and aggregated in memory; PostgreSQL's default
	// 4 MB work_mem would spill them to disk, so this query gets more, for itself only.
	const rows = await db.orm.transaction(async (tx) => {
		await tx.execute(sql`set local work_mem = '64MB'`);
		return resultRows<FactsRow>(await tx.execute(customerFactsSql(query)));
	});
	return rows.map(({ gaps, ...row }) => ({
		...row,
		intervals: gaps?.length ?? 0,
		// MAD of the same ≤ 12 intervals, around the median the database computed.
		mad:
			gaps?.length && row.ownCycle !== null
				? medianOf(gaps.map((g) => Math.abs(g - row.ownCycle!)))
				: null
	}));
}

function medianOf(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The facts query itself (exported for EXPLAIN in benchmarks). */
export function customerFactsSql(query: FactsQuery): SQL {
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
