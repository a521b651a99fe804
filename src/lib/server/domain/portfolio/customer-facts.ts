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
 * one-pass query over orders (group by day, windows, ordered-set aggregates) took 1.8 s, most
 * of it sorts and window passes; a table of occasions alone would have removed only the
 * grouping (the demo has ~3% same-day orders). Over the history: ~45 ms at 5,000 customers;
 * at 50,000 (2.3 million orders) ~0.5 s of execution on PostgreSQL, 0.7–1.3 s with the rows
 * received, on a loaded 2-core machine. The price: writes to
 * orders recompute the touched customers' histories (UCI import on the server ~20% slower,
 * README), and the cycle is materialised for 12 intervals — another `cycle.maxIntervals`
 * falls back to the scan of orders (`customer-facts-scan.ts`), which the tests also use as
 * the reference the history must agree with. `bench/results/engine.md` has
 * the 50,000-customer timings. The whole portfolio's facts, reference (peer cycles, RFV
 * quintiles, BG/NBD fit) and assessments are materialised per `asOf` and refreshed for the
 * customers a change touched in `steady-state.ts`.
 */
import { sql, type SQL } from 'drizzle-orm';
import { resultRows, type GiroDatabase } from '../../db/client.ts';
import { packedRows, type PackedColumn } from '../../db/packed-rows.ts';
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

/** The columns of `customerFactsSql`, in the order `packedRows` transports them. */
const FACT_COLUMNS: PackedColumn<CustomerFacts>[] = [
	{ name: 'customerId' },
	{ name: 'erpCode', text: true },
	{ name: 'name', text: true },
	{ name: 'legalName', text: true },
	{ name: 'segment', text: true },
	{ name: 'uf', text: true },
	{ name: 'repId' },
	{ name: 'occasions' },
	{ name: 'firstOccasion', text: true },
	{ name: 'lastOccasion', text: true },
	{ name: 'ownCycle' },
	{ name: 'mad' },
	{ name: 'intervals' },
	{ name: 'averageOccasionCents' },
	{ name: 'windowDays' },
	{ name: 'recentRevenueCents' },
	{ name: 'baselineRevenueCents' },
	{ name: 'baselineOccasions' },
	{ name: 'recentVolume' },
	{ name: 'baselineVolume' },
	{ name: 'frequency365' },
	{ name: 'revenue365Cents' },
	{ name: 'lastOccasionValueCents' }
];

export async function customerFacts(db: GiroDatabase, query: FactsQuery): Promise<CustomerFacts[]> {
	if (query.config.cycle.maxIntervals === MATERIALISED_INTERVALS) {
		// PGlite decodes protocol rows slowly (50,000 × 23 values: ~3 s); one JSON text is ~3×
		// faster there. On a server plain rows are faster (building the text costs more).
		return db.kind === 'pglite'
			? packedRows(db, customerFactsSql(query), FACT_COLUMNS, 'customerId')
			: db.rows<CustomerFacts>(customerFactsSql(query));
	}
	return customerFactsFromOrders(db, query);
}

/**
 * The whole portfolio's facts (prospects included) at each of `asOfs`, from one query when the
 * purchase history serves the configuration (e.g. both ends of "stopped buying in a period").
 */
export async function customerFactsAtDates(
	db: GiroDatabase,
	asOfs: string[],
	config: EngineConfig
): Promise<Map<string, CustomerFacts[]>> {
	const out = new Map<string, CustomerFacts[]>(asOfs.map((d) => [d, []]));
	if (
		config.cycle.maxIntervals !== MATERIALISED_INTERVALS ||
		(asOfs.length === 1 && db.kind === 'pglite')
	) {
		const all = await Promise.all(
			asOfs.map((asOf) => customerFacts(db, { asOf, config, includeProspects: true }))
		);
		asOfs.forEach((asOf, i) => out.set(asOf, all[i]));
		return out;
	}
	let rows: (CustomerFacts & { asOf: string })[];
	if (db.kind === 'pglite') {
		rows = await packedRows<CustomerFacts & { asOf: string }>(
			db,
			customerFactsAtDatesSql({ asOfs, config, includeProspects: true }, true),
			[...FACT_COLUMNS, { name: 'asOf', text: true }],
			'customerId'
		);
	} else {
		// A server runs the halves of the customer id range on two connections at once (the
		// query is CPU-bound per row; PostgreSQL does not parallelise it by itself).
		const [range] = await db.rows<{ lo: number | null; hi: number | null }>(
			sql`select min(id)::int as lo, max(id)::int as hi from customers`
		);
		if (range.lo === null || range.hi === null) return out;
		const mid = Math.floor((range.lo + range.hi) / 2);
		const parts = await Promise.all(
			(
				[
					[range.lo, mid],
					[mid + 1, range.hi]
				] as [number, number][]
			).map((ids) =>
				db.rows<CustomerFacts & { asOf: string }>(
					customerFactsAtDatesSql({ asOfs, config, includeProspects: true, ids }, true)
				)
			)
		);
		rows = parts.flat();
	}
	for (const { asOf, ...facts } of rows) out.get(asOf)!.push(facts);
	return out;
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
	return customerFactsAtDatesSql({ ...query, asOfs: [query.asOf] }, false);
}

/**
 * The same query at several dates in one pass over `customer_purchase_history` (each row is
 * read once and positioned at every date): one row per customer and date, with `asOf`.
 */
function customerFactsAtDatesSql(
	query: Omit<FactsQuery, 'asOf'> & { asOfs: string[]; ids?: [number, number] },
	withDate: boolean
): SQL {
	// Explicit ids go into the innermost level too: the fences below (`offset 0`) keep the
	// planner from pushing the outer condition down, so one customer would cost them all.
	const ids = query.scope?.customerIds;
	const onlyIds =
		ids === undefined
			? sql`true`
			: ids.length === 0
				? sql`false`
				: sql`ph.customer_id in (${sql.join(
						ids.map((id) => sql`${id}`),
						sql`, `
					)})`;
	const inRange = (column: SQL) =>
		query.ids ? sql`${column} between ${query.ids[0]} and ${query.ids[1]}` : sql`true`;
	const { config } = query;
	const dates = sql`unnest(array[${sql.join(
		query.asOfs.map((d) => sql`${d}::date`),
		sql`, `
	)}]::date[])`;
	const scope = scopeCondition(query.scope ?? {}, 'c');
	const avgK = config.value.averageOccasions;
	const maxK = config.cycle.maxIntervals;
	const minWindow = config.decline.minWindowDays;
	const cycles = config.decline.windowCycles;
	const baselineDays = config.decline.baselineDays;
	const rfvDays = config.rfv.windowDays;
	return sql`
		select c.id as "customerId", c.erp_code as "erpCode",
			coalesce(c.trade_name, c.legal_name) as name, c.legal_name as "legalName",
			c.segment, c.uf, c.rep_id as "repId",
			coalesce(f.occasions, 0) as occasions,
			f.first_occasion as "firstOccasion", f.last_occasion as "lastOccasion",
			f.own_cycle as "ownCycle", f.mad, coalesce(f.intervals, 0) as intervals,
			f.average_occasion as "averageOccasionCents",
			coalesce(f.window_days, ${minWindow})::float8 as "windowDays",
			coalesce(f.recent_revenue, 0) as "recentRevenueCents",
			coalesce(f.baseline_revenue, 0) as "baselineRevenueCents",
			coalesce(f.baseline_occasions, 0) as "baselineOccasions",
			f.recent_volume as "recentVolume", f.baseline_volume as "baselineVolume",
			coalesce(f.frequency365, 0) as "frequency365",
			coalesce(f.revenue365, 0) as "revenue365Cents",
			f.last_value as "lastOccasionValueCents"${withDate ? sql`, dd.as_of::text as "asOf"` : sql``}
		from customers c
		cross join ${dates} as dd(as_of)
		${query.includeProspects ? sql`left join` : sql`join`} (
			-- Narrow rows (the figures only) before the join, so the arrays never reach a sort;
			-- each array element is read once, in the level that knows its position.
			select h.customer_id, h.as_of, h.i as occasions, h.first_occasion, h.last_occasion,
				h.own_cycle, h.mad, least(h.i - 1, ${maxK})::int as intervals,
				((h.c_i - h.c_avg)::float8 / least(h.i, ${avgK}))::float8 as average_occasion,
				h.window_days,
				(h.c_i - h.c_r)::float8 as recent_revenue,
				(h.c_r - h.c_b)::float8 as baseline_revenue,
				(h.ir - h.ib)::int as baseline_occasions,
				case when h.n_i > h.n_r then (h.m_i - h.m_r)::float8 / 1000 end as recent_volume,
				case when h.n_r > h.n_b then (h.m_r - h.m_b)::float8 / 1000 end as baseline_volume,
				(h.i - h.i365)::int as frequency365,
				(h.c_i - h.c_365)::float8 as revenue365,
				(h.c_i - h.c_prev)::float8 as last_value
			from (
				select w.*,
					coalesce(w.cum_cents[w.ir], 0) as c_r, coalesce(w.cum_cents[w.ib], 0) as c_b,
					coalesce(w.cum_volume_milli[w.ir], 0) as m_r,
					coalesce(w.cum_volume_milli[w.ib], 0) as m_b,
					coalesce(w.volume_counts[w.ir], 0) as n_r, coalesce(w.volume_counts[w.ib], 0) as n_b
				from (
					select p.*,
						width_bucket(p.as_of - ceil(p.window_days)::int, p.occasion_dates) as ir,
						width_bucket(p.as_of - ceil(p.window_days + ${baselineDays})::int,
							p.occasion_dates) as ib
					from (
						select q.customer_id, q.as_of, q.occasion_dates, q.cum_cents, q.cum_volume_milli,
							q.volume_counts, q.i, q.i365, q.own_cycle, q.mad,
							greatest(${minWindow}::float8, ${cycles}::float8 * coalesce(q.own_cycle, 0))
								as window_days,
							q.occasion_dates[1]::text as first_occasion,
							q.occasion_dates[q.i]::text as last_occasion,
							q.cum_cents[q.i] as c_i, coalesce(q.cum_cents[q.i - 1], 0) as c_prev,
							coalesce(q.cum_cents[q.i - least(q.i, ${avgK})], 0) as c_avg,
							coalesce(q.cum_cents[q.i365], 0) as c_365,
							q.cum_volume_milli[q.i] as m_i, q.volume_counts[q.i] as n_i
						from (
							select ph.*, ph.cycles[x.i]::float8 as own_cycle, ph.mads[x.i]::float8 as mad,
								x.i, x.i365, d.as_of
							from customer_purchase_history ph
							cross join ${dates} as d(as_of)
							cross join lateral (
								select width_bucket(d.as_of, ph.occasion_dates) as i,
									width_bucket(d.as_of - ${rfvDays}::int, ph.occasion_dates) as i365
								offset 0
							) x
							where x.i > 0 and ${inRange(sql`ph.customer_id`)} and ${onlyIds}
							offset 0
						) q
						offset 0
					) p
					offset 0
				) w
				offset 0
			) h
			offset 0
		) f on f.customer_id = c.id and f.as_of = dd.as_of
		where ${scope} and ${inRange(sql`c.id`)}
		order by c.id${withDate ? sql`, dd.as_of` : sql``}`;
}
