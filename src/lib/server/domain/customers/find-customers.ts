/**
 * Finding customers from what a person says ("o Bom Preço", "padaria sao jose", a CNPJ with or
 * without punctuation, an ERP code) to customer ids, within the caller's scope. Accent- and
 * typo-tolerant: names are compared with `giro_unaccent()` and pg_trgm (`similarity`,
 * `word_similarity`). Returns ranked candidates with a match quality and says when several
 * are too close to choose, so the caller asks which one.
 *
 * Ranking (decisions): exact (normalised name, ERP code or full CNPJ) = 1; the query inside a
 * name = 0.8 + 0.2 × similarity (so "padaria sao" ranks the shorter, closer name first); the
 * CNPJ root (first 8 digits: the same company, any branch) = 0.9; otherwise the mean of
 * `word_similarity` and `similarity`, capped at 0.79 so a fuzzy hit never outranks a contained
 * one. Ambiguous when the second candidate is within 0.1 of the first, unless the first is
 * exact and the second is not.
 *
 * The filter uses the pg_trgm operators (`%`: similarity ≥ pg_trgm.similarity_threshold, 0.3 by
 * default; `<%`: word similarity ≥ pg_trgm.word_similarity_threshold, 0.6) and LIKE on the
 * normalised names, so a trigram GIN index on `lower(giro_unaccent(coalesce(trade_name, '')))`
 * and `lower(giro_unaccent(legal_name))` answers it; without the index it is a scan of the
 * scope's customers. The scores are computed for the matches only.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '../../db/client.ts';
import { scopeCondition, type PortfolioScope } from '../portfolio/scope.ts';
import { formatCnpj } from './customer-profile.ts';

const FUZZY_CAP = 0.79;
/** Candidates within this score of the best are "close": too close to choose between. */
export const CLOSE = 0.1;
const KEEP_MIN = 0.4;
const MAX_ROWS = 200;

const on = (b: boolean) => (b ? sql`true` : sql`false`);

export interface Candidate {
	customerId: number;
	erpCode: string;
	name: string;
	legalName: string;
	cnpj: string | null;
	city: string | null;
	uf: string | null;
	segment: string | null;
	repId: number | null;
	lastPurchase: string | null;
	match: 'exact' | 'contains' | 'similar' | 'weak';
	matchedOn: 'trade_name' | 'legal_name' | 'cnpj' | 'erp_code';
	score: number;
}

interface Row {
	customerId: number;
	erpCode: string;
	name: string;
	legalName: string;
	cnpj: string | null;
	city: string | null;
	uf: string | null;
	segment: string | null;
	repId: number | null;
	lastPurchase: string | null;
	tradeNorm: string | null;
	legalNorm: string;
	query: string;
	tradeSim: number;
	tradeWord: number;
	legalSim: number;
	legalWord: number;
	erpExact: boolean;
	cnpjExact: boolean;
	cnpjRoot: boolean;
}

function scoreName(
	norm: string | null,
	query: string,
	sim: number,
	word: number
): { score: number; match: Candidate['match'] } | null {
	if (!norm) return null;
	if (norm === query) return { score: 1, match: 'exact' };
	if (norm.includes(query)) return { score: 0.8 + 0.2 * sim, match: 'contains' };
	const score = Math.min(FUZZY_CAP, (sim + word) / 2);
	return { score, match: score >= 0.5 ? 'similar' : 'weak' };
}

function rank(row: Row): Candidate {
	const options: { score: number; match: Candidate['match']; on: Candidate['matchedOn'] }[] = [];
	if (row.erpExact) options.push({ score: 1, match: 'exact', on: 'erp_code' });
	if (row.cnpjExact) options.push({ score: 1, match: 'exact', on: 'cnpj' });
	else if (row.cnpjRoot) options.push({ score: 0.9, match: 'contains', on: 'cnpj' });
	const trade = scoreName(row.tradeNorm, row.query, row.tradeSim, row.tradeWord);
	if (trade) options.push({ ...trade, on: 'trade_name' });
	const legal = scoreName(row.legalNorm, row.query, row.legalSim, row.legalWord);
	if (legal) options.push({ ...legal, on: 'legal_name' });
	const best = options.sort((x, y) => y.score - x.score)[0];
	return {
		customerId: row.customerId,
		erpCode: row.erpCode,
		name: row.name,
		legalName: row.legalName,
		cnpj: formatCnpj(row.cnpj),
		city: row.city,
		uf: row.uf,
		segment: row.segment,
		repId: row.repId,
		lastPurchase: row.lastPurchase,
		match: best.match,
		matchedOn: best.on,
		score: Math.round(best.score * 100) / 100
	};
}

/** The customers in `scope` that look like `text`, best first, and whether the best is ambiguous. */
export async function findCustomerCandidates({
	db,
	text,
	scope,
	asOf
}: {
	db: GiroDatabase;
	text: string;
	scope: PortfolioScope;
	asOf: string;
}) {
	const digits = text.replace(/\D/g, '');
	const cnpjLike = digits.length >= 8 && digits.length <= 14 && /^[\d\s./-]+$/.test(text);
	// Every arm of the filter is one a trigram GIN index (on exactly these expressions) or the
	// ERP/CNPJ unique indexes can answer; the scores are computed for the matches only.
	const tradeNorm = sql`lower(giro_unaccent(coalesce(c.trade_name, '')))`;
	const legalNorm = sql`lower(giro_unaccent(c.legal_name))`;
	const q = sql`lower(giro_unaccent(${text}))`;
	const pattern = sql`'%' || lower(giro_unaccent(${text.replace(/[%_\\]/g, ' ')})) || '%'`;
	const arms = [
		sql`${tradeNorm} % ${q}`,
		sql`${q} <% ${tradeNorm}`,
		sql`${tradeNorm} like ${pattern}`,
		sql`${legalNorm} % ${q}`,
		sql`${q} <% ${legalNorm}`,
		sql`${legalNorm} like ${pattern}`,
		sql`c.erp_code in (${text}, ${text.toUpperCase()})`
	];
	const root = digits.slice(0, 8);
	if (cnpjLike)
		arms.push(
			sql`c.cnpj between ${digits.padEnd(14, '0')} and ${digits.padEnd(14, '9')}`,
			sql`c.cnpj between ${root.padEnd(14, '0')} and ${root.padEnd(14, '9')}`
		);
	const rows = await db.rows<Row>(sql`
			select c.id as "customerId", c.erp_code as "erpCode",
				coalesce(c.trade_name, c.legal_name) as name, c.legal_name as "legalName", c.cnpj,
				c.city, c.uf, c.segment, c.rep_id as "repId",
				(select max(o.order_date)::text from orders o where o.customer_id = c.id
					and o.status = 'invoiced' and o.order_date <= ${asOf}::date) as "lastPurchase",
				nullif(${tradeNorm}, '') as "tradeNorm", ${legalNorm} as "legalNorm", ${q} as query,
				similarity(${q}, ${tradeNorm})::float8 as "tradeSim",
				word_similarity(${q}, ${tradeNorm})::float8 as "tradeWord",
				similarity(${q}, ${legalNorm})::float8 as "legalSim",
				word_similarity(${q}, ${legalNorm})::float8 as "legalWord",
				(lower(c.erp_code) = lower(${text})) as "erpExact",
				(${on(cnpjLike && digits.length === 14)} and c.cnpj = ${digits}) as "cnpjExact",
				(${on(cnpjLike)} and left(c.cnpj, 8) = ${root}) as "cnpjRoot"
			from customers c
			where ${scopeCondition(scope, 'c')} and (${sql.join(arms, sql` or `)})
			order by (lower(c.erp_code) = lower(${text}) or ${tradeNorm} = ${q} or ${legalNorm} = ${q}
					or (${on(cnpjLike && digits.length === 14)} and c.cnpj = ${digits})) desc,
				((${on(cnpjLike)} and left(c.cnpj, 8) = ${root})
					or ${tradeNorm} like ${pattern} or ${legalNorm} like ${pattern}) desc,
				greatest(word_similarity(${q}, ${tradeNorm}), word_similarity(${q}, ${legalNorm})) desc,
				c.id
			limit ${MAX_ROWS}`);
	const ranked = rows
		.map(rank)
		.filter((c) => c.score >= KEEP_MIN)
		.sort(
			(x, y) =>
				y.score - x.score || x.name.localeCompare(y.name, 'pt-BR') || x.customerId - y.customerId
		);
	const [top, second] = ranked;
	const ambiguous =
		!!top &&
		!!second &&
		second.score >= top.score - CLOSE &&
		!(top.match === 'exact' && second.match !== 'exact');
	return { ranked, top, ambiguous };
}
