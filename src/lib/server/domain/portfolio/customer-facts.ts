/**
 * Every fact the definitions need per customer at `asOf` (SPEC "Definitions"): purchase
 * occasions (orders of one day merged, values summed), the median of the last ≤ 12 intervals
 * and its MAD, the average value of the last ≤ 12 occasions, the recent and baseline windows of
 * the decline test, and the 365-day frequency and value of RFV — for the whole portfolio in one
 * query, nothing per customer in JavaScript.
 *
 * Decision (materialisation): each customer's purchase history is materialised in
 * `customer_purchase_history` (migration 0007) — one row per customer holding its occasion
 * dates in order with running totals, and the cycle and MAD at each occasion, all independent
 * of `asOf`. Statement-level triggers on `orders` recompute the customers a statement touched,
 * in the same transaction, so an import stays atomic and the history is never stale. At
 * query time `width_bucket` (a binary search) finds, per customer, how many occasions fall on
 * or before `asOf`, `asOf − window` and `asOf − 365`, and every figure is a difference of
 * running totals at those positions: the cost is one row per customer, not one per order, and
 * any `asOf` (past periods for "stopped buying") is served by the same rows.
 * Measured before the change, on 5,000 demo customers (226,000 orders) on PostgreSQL 15: the
 * one-pass query over orders (group by day, windows, ordered-set aggregates) took 1.8 s, of
 * which the sorts and window passes were most; a table of occasions alone would have removed
 * only the grouping (the demo has ~3% same-day orders). The history table answers the same
 * question in ~45 ms. The price: writes to orders recompute the touched customers' histories
 * (see `bench/results/import.md`), and the cycle is materialised for 12 intervals — another
 * `cycle.maxIntervals` falls back to the scan of orders (`customer-facts-scan.ts`), which the
 * tests also use as the reference the history must agree with. `bench/results/engine.md` has
 * the 50,000-customer timings. The whole-portfolio reference (peer cycles, RFV quintiles,
 * BG/NBD fit) is memoised per `asOf` and data version in `portfolio-reference.ts`.
 */
import { sql, type SQL } from 'drizzle-orm';
import { resultRows, type GiroDatabase } from '../../db/client.ts';
import { customerFactsScanSql } from './customer-facts-scan.ts';
import type { EngineConfig } from './engine-config.ts';
import { scopeCondition, type PortfolioScope } from './scope.ts';

/** The number of intervals `customer_purchase_history` computes its cycles over. */
export const MATERIALISED_INTERVALS = 12;

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

type ScanRow = Omit<CustomerFacts, 'mad' | 'intervals'> & { gaps: number[] | null };

export async function customerFacts(db: GiroDatabase, query: FactsQuery): Promise<CustomerFacts[]> {
	if (query.config.cycle.maxIntervals === MATERIALISED_INTERVALS) {
		return db.rows<CustomerFacts>(customerFactsSql(query));
	}
	return customerFactsFromOrders(db, query);
}

/** The reference path: straight from `orders` (any configuration; slow on big portfolios). */
export async function customerFactsFromOrders(
	db: GiroDatabase,
	query: FactsQuery
): Promise<CustomerFacts[]> {
	// The whole portfolio's occasions are sorted and aggregated in memory; PostgreSQL's default
	// 4 MB work_mem would spill them to disk, so this query gets more, for itself only.
	const rows = await db.orm.transaction(async (tx) => {
		await tx.execute(sql`set local work_mem = '64MB'`);
		return resultRows<ScanRow>(await tx.execute(customerFactsScanSql(query)));
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

/**
 * The facts query over `customer_purchase_history` (exported for EXPLAIN in benchmarks).
 * Positions: `i` occasions on or before asOf, `i365` on or before asOf − rfvDays, `ir` before
 * the recent window, `ib` before the baseline window. Ages are whole days, so "age < w" is
 * "date > asOf − ceil(w)". Array subscripts past the ends are null (position 0 ⇒ total 0).
 * `offset 0` keeps each level evaluated once per row instead of inlined into every reference.
 */
export function customerFactsSql(query: FactsQuery): SQL {
	const { asOf, config } = query;
	const scope = scopeCondition(query.scope ?? {}, 'c');
	const avgK = config.value.averageOccasions;
	const maxK = config.cycle.maxIntervals;
	const minWindow = config.decline.minWindowDays;
	const cycles = config.decline.windowCycles;
	const baselineDays = config.decline.baselineDays;
	const rfvDays = config.rfv.windowDays;
	const at = (array: string, index: string) => sql.raw(`coalesce(h.${array}[h.${index}], 0)`);
	return sql`
		select c.id as "customerId", c.erp_code as "erpCode",
			coalesce(c.trade_name, c.legal_name) as name, c.legal_name as "legalName",
			c.segment, c.uf, c.rep_id as "repId",
			coalesce(h.i, 0)::int as occasions,
			h.occasion_dates[1]::text as "firstOccasion", h.occasion_dates[h.i]::text as "lastOccasion",
			h.cycles[h.i]::float8 as "ownCycle", h.mads[h.i]::float8 as mad,
			(case when h.i is null then 0 else least(h.i - 1, ${maxK}) end)::int as intervals,
			((h.cum_cents[h.i] - ${at('cum_cents', `i - least(h.i, ${avgK})`)})::float8
				/ least(h.i, ${avgK}))::float8 as "averageOccasionCents",
			coalesce(h.window_days, ${minWindow})::float8 as "windowDays",
			coalesce(h.cum_cents[h.i] - ${at('cum_cents', 'ir')}, 0)::float8 as "recentRevenueCents",
			coalesce(${at('cum_cents', 'ir')} - ${at('cum_cents', 'ib')}, 0)::float8
				as "baselineRevenueCents",
			coalesce(h.ir - h.ib, 0)::int as "baselineOccasions",
			case when h.volume_counts[h.i] > ${at('volume_counts', 'ir')}
				then (h.cum_volume_milli[h.i] - ${at('cum_volume_milli', 'ir')})::float8 / 1000
			end as "recentVolume",
			case when ${at('volume_counts', 'ir')} > ${at('volume_counts', 'ib')}
				then (${at('cum_volume_milli', 'ir')} - ${at('cum_volume_milli', 'ib')})::float8 / 1000
			end as "baselineVolume",
			coalesce(h.i - h.i365, 0)::int as "frequency365",
			coalesce(h.cum_cents[h.i] - ${at('cum_cents', 'i365')}, 0)::float8 as "revenue365Cents",
			(h.cum_cents[h.i] - ${at('cum_cents', 'i - 1')})::float8 as "lastOccasionValueCents"
		from customers c
		${query.includeProspects ? sql`left join` : sql`join`} (
			select w.*,
				width_bucket(${asOf}::date - ceil(w.window_days)::int, w.occasion_dates) as ir,
				width_bucket(${asOf}::date - ceil(w.window_days + ${baselineDays})::int,
					w.occasion_dates) as ib
			from (
				select p.*,
					greatest(${minWindow}::float8, ${cycles}::float8 * coalesce(p.cycles[p.i], 0)) as window_days
				from (
					select ph.*,
						width_bucket(${asOf}::date, ph.occasion_dates) as i,
						width_bucket(${asOf}::date - ${rfvDays}::int, ph.occasion_dates) as i365
					from customer_purchase_history ph
					offset 0
				) p
				where p.i > 0
				offset 0
			) w
			offset 0
		) h on h.customer_id = c.id
		where ${scope}
		order by c.id`;
}
