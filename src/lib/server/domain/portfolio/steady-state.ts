/**
 * The materialised portfolio: every customer's assessment (state, cycle, risk score, usual
 * monthly revenue, flags) at one `asOf`, kept in this process and brought up to date
 * incrementally, so repeated questions read it instead of recomputing the whole portfolio.
 *
 * Decision (what is stored, when it is refreshed, why):
 * - Stored, per database handle, `asOf` and configuration: the whole portfolio's facts, the
 *   portfolio-level parameters (peer cycles, RFV quintile population, BG/NBD fit — see
 *   `portfolio-reference.ts`), every customer's assessment, and the data version (migration
 *   0002) they reflect. In memory, not in a table: reading 50,000 assessments back from a
 *   table costs more (hundreds of ms on PGlite) than the 50 ms a steady-state question is
 *   allowed, and the inputs that are expensive to recompute — the purchase history — are
 *   already materialised in the database (`customer_purchase_history`, migration 0007).
 * - Refreshed at the start of every question, with one cheap query: the data version and the
 *   customers touched since the version held, from `portfolio_changes` (migration 0009, written
 *   by triggers on orders and customers in the writer's transaction, so no writer, process or
 *   import can forget it). Only those customers' facts are queried again. The portfolio-level
 *   parameters are recomputed only when a touched customer's inputs to them moved (own cycle
 *   or segment for the peer cycles; recency, frequency or value for RFV; occasions or dates for
 *   BG/NBD); when a parameter's value actually changed, every
 *   customer that depends on it gets the figures that depend on it again (peer cycles: the
 *   one-occasion customers, whole; RFV: everyone's scores; BG/NBD: everyone's P(alive),
 *   expected purchases and risk score); the touched customers are assessed again whole.
 * - Rebuilt from scratch when there is no entry for that `asOf` (a new day, a past date, the
 *   first question after a start), after a TRUNCATE, or when the change log no longer reaches
 *   back to the version held (it keeps 10,000 versions).
 * - Past dates are entries like any other: the same facts query and the same per-customer
 *   rule, so an `asOf` in the past computes exactly as before. At most `MAX_ENTRIES` dates are
 *   kept (least recently used goes first, the latest date asked is never evicted).
 * - A refresh gives exactly what a rebuild gives (`tests/portfolio-steady-state.test.ts`
 *   compares them after random writes, on both databases): the parameters are recomputed with
 *   the same functions over the same facts in the same order. The BG/NBD fit, in particular,
 *   restarts from the default point rather than the previous optimum: a warm start saved only
 *   ~35% of the iterations on 50,000 customers and its optimum differs from a cold fit's in
 *   the 6th digit, so the refreshed risk scores would no longer equal the rebuilt ones. So a new
 *   order (which moves BG/NBD's inputs) costs a fit and a pass over every customer; a change
 *   that moves no parameter (a reassignment, a renamed customer, an order dated after `asOf`)
 *   costs one customer's facts query.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '../../db/client.ts';
import { daysBetween } from '../calendar/iso-date.ts';
import { fitBgNbd, type BgNbdFit } from '../bgnbd/index.ts';
import { assessCustomer, bgnbdFigures, rfvOf, type CustomerAssessment } from './assess-customer.ts';
import { customerFacts, customerFactsAtDates, type CustomerFacts } from './customer-facts.ts';
import type { EngineConfig } from './engine-config.ts';
import { peerCycles, referenceFromFacts, type PortfolioReference } from './portfolio-reference.ts';
import { rfvReference } from './rfv.ts';

export interface MaterialisedPortfolio {
	asOf: string;
	/** The data version the entry reflects. */
	version: number;
	reference: PortfolioReference;
	/** Every customer (prospects too), by id ascending. */
	assessments: CustomerAssessment[];
	byId: Map<number, CustomerAssessment>;
}

interface Entry {
	current: Promise<MaterialisedPortfolio>;
	config: EngineConfig;
	usedAt: number;
}

const MAX_ENTRIES = 4;
/** Versions the change log keeps (migration 0009). */
const CHANGE_LOG_VERSIONS = 10_000;
const WEEK = 7;

const stores = new WeakMap<GiroDatabase, { entries: Map<string, Entry>; latestAsOf: string }>();
let clock = 0;

/** Counts of what refreshes did, for tests and benchmarks. */
export const steadyStateStats = { rebuilds: 0, refreshes: 0, reassessedAll: 0 };

/** The materialised portfolio at `asOf`, refreshed to the database's current data version. */
export function materialisedPortfolio(
	db: GiroDatabase,
	asOf: string,
	config: EngineConfig
): Promise<MaterialisedPortfolio> {
	return materialisedPortfolios(db, [asOf], config).then(([m]) => m);
}

/** The whole portfolio's reference (peer cycles, RFV population, BG/NBD fit) at `asOf`. */
export async function portfolioReference(
	db: GiroDatabase,
	asOf: string,
	config: EngineConfig
): Promise<PortfolioReference> {
	return (await materialisedPortfolio(db, asOf, config)).reference;
}

/**
 * Several dates at once: the dates with no entry are built from one facts query
 * (`customerFactsAtDates`), e.g. both ends of "stopped buying in a period".
 */
export async function materialisedPortfolios(
	db: GiroDatabase,
	asOfs: string[],
	config: EngineConfig
): Promise<MaterialisedPortfolio[]> {
	let store = stores.get(db);
	if (!store) stores.set(db, (store = { entries: new Map(), latestAsOf: '' }));
	const configKey = JSON.stringify(config);
	const keys = asOfs.map((asOf) => `${asOf}|${configKey}`);
	for (const asOf of asOfs) if (asOf > store.latestAsOf) store.latestAsOf = asOf;
	const missing = asOfs.filter((_, i) => !store.entries.has(keys[i]));
	if (missing.length > 0) {
		const built = buildMany(db, [...new Set(missing)], config);
		for (const asOf of new Set(missing)) {
			const key = `${asOf}|${configKey}`;
			const current = built.then((all) => all.get(asOf)!);
			const entries = store.entries;
			current.catch(() => {
				if (entries.get(key)?.current === current) entries.delete(key);
			});
			entries.set(key, { current, config, usedAt: 0 });
		}
	}
	const results = await Promise.all(
		keys.map((key) => {
			const entry = store.entries.get(key)!;
			entry.usedAt = ++clock;
			// Refreshes of one entry run one after another (each starts from the last one's result).
			const next = entry.current.then((m) => refresh(db, m, config));
			entry.current = next;
			next.catch(() => {
				if (store.entries.get(key) === entry) store.entries.delete(key);
			});
			return next;
		})
	);
	evict(store);
	return results;
}

function evict(store: { entries: Map<string, Entry>; latestAsOf: string }): void {
	while (store.entries.size > MAX_ENTRIES) {
		let oldest: [string, Entry] | null = null;
		for (const item of store.entries) {
			if (item[0].startsWith(`${store.latestAsOf}|`)) continue;
			if (!oldest || item[1].usedAt < oldest[1].usedAt) oldest = item;
		}
		if (!oldest) return;
		store.entries.delete(oldest[0]);
	}
}

/** Drops a database's materialised portfolios (benchmarks measure cold runs with it). */
export function forgetMaterialisedPortfolio(db: GiroDatabase): void {
	stores.delete(db);
}

async function currentVersion(db: GiroDatabase): Promise<number> {
	const [row] = await db.rows<{ v: number }>(
		sql`select coalesce((select (value #>> '{}')::float8 from app_meta where key = 'data_version'), 0) as v`
	);
	return row.v;
}

async function buildMany(
	db: GiroDatabase,
	asOfs: string[],
	config: EngineConfig
): Promise<Map<string, MaterialisedPortfolio>> {
	steadyStateStats.rebuilds += asOfs.length;
	// The version first: changes after it are seen again by the next refresh (harmless).
	const version = await currentVersion(db);
	const factsByDate = await customerFactsAtDates(db, asOfs, config);
	const out = new Map<string, MaterialisedPortfolio>();
	for (const asOf of asOfs) {
		const reference = referenceFromFacts(factsByDate.get(asOf)!, asOf, config);
		const assessments = reference.facts.map((f) => assessCustomer(f, reference, asOf, config));
		out.set(asOf, {
			asOf,
			version,
			reference,
			assessments,
			byId: new Map(assessments.map((a) => [a.customerId, a]))
		});
	}
	return out;
}

async function refresh(
	db: GiroDatabase,
	m: MaterialisedPortfolio,
	config: EngineConfig
): Promise<MaterialisedPortfolio> {
	const [row] = await db.rows<{ v: number; ids: number[] | null; everything: boolean }>(sql`
		select coalesce((select (value #>> '{}')::float8 from app_meta where key = 'data_version'), 0) as v,
			(select array_agg(distinct customer_id) from portfolio_changes
				where version > ${m.version} and customer_id is not null) as ids,
			exists (select 1 from portfolio_changes where version > ${m.version} and customer_id is null)
				as everything`);
	if (row.v === m.version) return m;
	if (row.everything || row.v - m.version > CHANGE_LOG_VERSIONS) {
		return (await buildMany(db, [m.asOf], config)).get(m.asOf)!;
	}
	steadyStateStats.refreshes++;
	const ids = row.ids ?? [];
	if (ids.length === 0) return { ...m, version: row.v };
	const fresh = await customerFacts(db, {
		asOf: m.asOf,
		config,
		scope: { customerIds: ids },
		includeProspects: true
	});
	return applyChanges(m, row.v, ids, fresh, config);
}

/** The inputs of each portfolio-level parameter, per customer, to tell whether it moved. */
function peerInput(f: CustomerFacts | undefined, config: EngineConfig): string {
	return f && f.occasions >= config.cycle.ownCycleMinOccasions && f.ownCycle !== null
		? `${f.segment}|${f.ownCycle}`
		: '';
}
function rfvInput(f: CustomerFacts | undefined): string {
	return f && f.occasions > 0 && f.frequency365 > 0
		? `${f.lastOccasion}|${f.frequency365}|${f.revenue365Cents}`
		: '';
}
function bgnbdInput(f: CustomerFacts | undefined): string {
	return f && f.occasions > 0 ? `${f.occasions}|${f.firstOccasion}|${f.lastOccasion}` : '';
}

function sameFit(a: BgNbdFit | null, b: BgNbdFit | null): boolean {
	if (a === null || b === null) return a === b;
	return a.r === b.r && a.alpha === b.alpha && a.a === b.a && a.b === b.b;
}

function sameArray(a: Float64Array, b: Float64Array): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

function applyChanges(
	m: MaterialisedPortfolio,
	version: number,
	ids: number[],
	fresh: CustomerFacts[],
	config: EngineConfig
): MaterialisedPortfolio {
	const asOf = m.asOf;
	const old = m.reference;
	const freshById = new Map(fresh.map((f) => [f.customerId, f]));
	let peersMoved = false;
	let rfvMoved = false;
	let bgnbdMoved = false;
	let membership = false;
	for (const id of ids) {
		const before = old.byId.get(id);
		const after = freshById.get(id);
		if (!before !== !after) membership = true;
		peersMoved ||= peerInput(before, config) !== peerInput(after, config);
		rfvMoved ||= rfvInput(before) !== rfvInput(after);
		bgnbdMoved ||= bgnbdInput(before) !== bgnbdInput(after);
	}
	// Updated in place: the entry being refreshed is the only holder of these structures
	// (refreshes of an entry run one after another, readers copy what they select).
	const byId = old.byId;
	for (const id of ids) {
		const f = freshById.get(id);
		if (f) byId.set(id, f);
		else byId.delete(id);
	}
	let facts: CustomerFacts[];
	if (membership) {
		facts = [...byId.values()].sort((a, b) => a.customerId - b.customerId);
	} else {
		facts = old.facts;
		const position = indexOf(facts);
		for (const f of fresh) facts[position(f.customerId)] = f;
	}
	const buyers = rfvMoved || bgnbdMoved ? facts.filter((f) => f.occasions > 0) : [];
	const peers = peersMoved ? peerCycles(facts, config) : old.peers;
	const rfv = rfvMoved
		? rfvReference(
				buyers
					.filter((f) => f.frequency365 > 0)
					.map((f) => ({
						recencyDays: daysBetween(f.lastOccasion!, asOf),
						frequency: f.frequency365,
						revenue: f.revenue365Cents
					}))
			)
		: old.rfv;
	const bgnbd = bgnbdMoved
		? buyers.length >= 2
			? fitBgNbd(
					buyers.map((f) => ({
						x: f.occasions - 1,
						tx: daysBetween(f.firstOccasion!, f.lastOccasion!) / WEEK,
						T: daysBetween(f.firstOccasion!, asOf) / WEEK
					}))
				)
			: null
		: old.bgnbd;
	const reference: PortfolioReference = { asOf, peers, rfv, bgnbd, facts, byId };
	const peersChanged = peersMoved && JSON.stringify(peers) !== JSON.stringify(old.peers);
	const rfvChanged =
		rfvMoved &&
		!(
			sameArray(rfv.recencies, old.rfv.recencies) &&
			sameArray(rfv.frequencies, old.rfv.frequencies) &&
			sameArray(rfv.values, old.rfv.values)
		);
	const fitChanged = bgnbdMoved && !sameFit(bgnbd, old.bgnbd);
	if (rfvChanged || fitChanged) steadyStateStats.reassessedAll++;
	const touched = new Set(ids);
	// A customer the change touched (or whose peer cycle moved) is assessed again whole; the
	// others keep their assessment with only the figures of a parameter that moved replaced —
	// the same functions `assessCustomer` uses, so the result equals a full assessment.
	if (!membership && !peersChanged && !rfvChanged && !fitChanged) {
		// Only the touched customers' assessments change (a reassignment, a renamed customer).
		const position = indexOf(facts);
		for (const f of fresh) {
			const a = assessCustomer(f, reference, asOf, config);
			m.assessments[position(f.customerId)] = a;
			m.byId.set(f.customerId, a);
		}
		return { asOf, version, reference, assessments: m.assessments, byId: m.byId };
	}
	const assessments = facts.map((f) => {
		const prev = m.byId.get(f.customerId);
		if (!prev || touched.has(f.customerId) || (peersChanged && f.occasions === 1))
			return assessCustomer(f, reference, asOf, config);
		if (!rfvChanged && !fitChanged) return prev;
		return {
			...prev,
			...(rfvChanged ? { rfv: rfvOf(f, prev.recencyDays, reference) } : {}),
			...(fitChanged ? bgnbdFigures(f, reference, asOf, config) : {})
		};
	});
	return {
		asOf,
		version,
		reference,
		assessments,
		byId: new Map(assessments.map((a) => [a.customerId, a]))
	};
}

/** Position of a customer id in facts sorted by id (binary search). */
function indexOf(facts: readonly CustomerFacts[]): (id: number) => number {
	return (id) => {
		let lo = 0;
		let hi = facts.length - 1;
		while (lo <= hi) {
			const mid = (lo + hi) >>> 1;
			const v = facts[mid].customerId;
			if (v === id) return mid;
			if (v < id) lo = mid + 1;
			else hi = mid - 1;
		}
		throw new Error(`customer ${id} not in the materialised portfolio`);
	};
}

export const _forTests = { applyChanges };
