/**
 * Hybrid search over interaction notes ("what did customers say about X"): Portuguese
 * full-text search and vector (cosine) similarity, each over the same filtered interactions,
 * fused by reciprocal rank fusion (reciprocal-rank-fusion.ts).
 *
 * - Full-text: the generated `search_vector` (schema.ts: stems of the text as written and
 *   accent-folded). The query is an OR of its words, in both forms, ranked by `ts_rank`: a note
 *   with more of the words ranks higher, and one shared word is enough to be a candidate.
 *   (Measured on evals/search: requiring every word — `plainto_tsquery` — gives full-text a
 *   recall@10 of 17.7 % against 61.5 % for the OR; questions rarely use all of a note's words.)
 * - Vector: only vectors of the configured embedder's model are compared. Up to
 *   EXACT_SCAN_LIMIT filtered interactions the distance is computed for each of them (exact,
 *   ~12 ms for 22k rows on PGlite); above it the HNSW index answers (approximate, with a wide
 *   `ef_search`), since a scan would grow with the whole history.
 * - Without pgvector (or without an embedder) the answer is full-text only, and says so.
 *
 * Interactions after `to` (the tool passes `asOf` by default) do not exist for the answer.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { GiroDatabase } from '../../db/client.ts';
import { endOfDaySql, startOfDaySql } from '../portfolio/sao-paulo-sql.ts';
import { scopeCondition, type PortfolioScope } from '../portfolio/scope.ts';
import type { Embedder } from './embedder.ts';
import { vectorLiteral } from './embed-interactions.ts';
import { reciprocalRankFusion } from './reciprocal-rank-fusion.ts';

export type SearchMethod = 'full_text' | 'vector';
export type SearchMode = 'hybrid' | 'full_text' | 'vector';

/** How many hits each method contributes to the fusion. */
export const METHOD_DEPTH = 50;
export const EXACT_SCAN_LIMIT = 50_000;

export interface InteractionFilters {
	scope: PortfolioScope;
	channel?: string;
	/** First day, 'YYYY-MM-DD' (São Paulo), inclusive. */
	from?: string;
	/** Last day, inclusive. */
	to: string;
}

export interface SearchRequest {
	query: string;
	filters: InteractionFilters;
	limit: number;
	/** null: full-text only. */
	embedder: Embedder | null;
	/** Which methods to run (evals compare them); default both. */
	methods?: readonly SearchMethod[];
}

export interface RankedInteraction {
	id: number;
	/** The 1-based rank in each method that found it. */
	ranks: Partial<Record<SearchMethod, number>>;
}

export interface SearchOutcome {
	mode: SearchMode;
	hits: RankedInteraction[];
	/** Why the vector side did not run, when it was asked for. */
	vectorUnavailable?: 'no_pgvector' | 'no_embedder';
}

function filterCondition(f: InteractionFilters): SQL {
	const parts = [scopeCondition(f.scope, 'c'), sql`i.occurred_at < ${endOfDaySql(f.to)}`];
	if (f.from) parts.push(sql`i.occurred_at >= ${startOfDaySql(f.from)}`);
	if (f.channel) parts.push(sql`i.channel = ${f.channel}`);
	return sql.join(parts, sql` and `);
}

/** The query's words, for an OR tsquery (letters and digits only: nothing to escape). */
export function queryWords(query: string): string[] {
	return query.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

export async function fullTextRanking(
	db: GiroDatabase,
	query: string,
	filters: InteractionFilters,
	depth = METHOD_DEPTH
): Promise<number[]> {
	const words = queryWords(query);
	if (words.length === 0) return [];
	const any = words.join(' | ');
	const rows = await db.rows<{ id: number }>(sql`
		with q as (
			select to_tsquery('portuguese', ${any}) || to_tsquery('portuguese', giro_unaccent(${any})) as query
		)
		select i.id from interactions i join customers c on c.id = i.customer_id, q
		where ${filterCondition(filters)} and i.search_vector @@ q.query
		order by ts_rank(i.search_vector, q.query) desc, i.occurred_at desc, i.id desc
		limit ${depth}`);
	return rows.map((r) => r.id);
}

export async function vectorRanking(
	db: GiroDatabase,
	query: string,
	filters: InteractionFilters,
	embedder: Embedder,
	depth = METHOD_DEPTH
): Promise<number[]> {
	const [vector] = await embedder.embed([query]);
	if (!vector.some((x) => x !== 0)) return []; // nothing to compare (only stopwords)
	const q = sql`${vectorLiteral(vector)}::vector`;
	const where = sql`${filterCondition(filters)} and e.model = ${embedder.model}
		and e.embedding <=> ${q} <= ${1 - embedder.minSimilarity}`;
	const from = sql`interaction_embeddings e
		join interactions i on i.id = e.interaction_id
		join customers c on c.id = i.customer_id`;
	const [count] = await db.rows<{ n: number }>(
		sql`select count(*)::int as n from ${from} where ${where}`
	);
	if (count.n === 0) return [];
	if (count.n <= EXACT_SCAN_LIMIT) {
		// OFFSET 0 fences the subquery: the distance is computed for every filtered row and
		// sorted, instead of the planner reading the (approximate) index and filtering after.
		const rows = await db.rows<{ id: number }>(sql`
			select id from (
				select i.id, e.embedding <=> ${q} as distance, i.occurred_at from ${from}
				where ${where} offset 0
			) scored
			order by distance, occurred_at desc, id desc limit ${depth}`);
		return rows.map((r) => r.id);
	}
	return db.orm.transaction(async (tx) => {
		await tx.execute(sql`set local hnsw.ef_search = 400`);
		const result = await tx.execute(sql`
			select i.id from ${from} where ${where}
			order by e.embedding <=> ${q} limit ${depth}`);
		const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
			id: number;
		}[];
		return rows.map((r) => Number(r.id));
	});
}

/** Runs the requested methods and fuses them; see the header for the fallbacks. */
export async function searchInteractions(
	db: GiroDatabase,
	request: SearchRequest
): Promise<SearchOutcome> {
	const methods = request.methods ?? ['full_text', 'vector'];
	const wantsVector = methods.includes('vector');
	const vectorUnavailable = !wantsVector
		? undefined
		: !db.vector
			? ('no_pgvector' as const)
			: !request.embedder
				? ('no_embedder' as const)
				: undefined;
	const runVector = wantsVector && !vectorUnavailable;
	const runFullText = methods.includes('full_text') || !runVector;
	const lists: Record<SearchMethod, number[]> = {
		full_text: runFullText ? await fullTextRanking(db, request.query, request.filters) : [],
		vector: runVector
			? await vectorRanking(db, request.query, request.filters, request.embedder!)
			: []
	};
	const mode: SearchMode = runFullText && runVector ? 'hybrid' : runVector ? 'vector' : 'full_text';
	const hits = reciprocalRankFusion(lists)
		.slice(0, request.limit)
		.map((f) => ({ id: f.id, ranks: f.ranks }));
	return { mode, hits, ...(vectorUnavailable && { vectorUnavailable }) };
}
