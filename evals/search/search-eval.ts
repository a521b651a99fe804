/**
 * The interaction-search eval, shared by the runner (recall.ts), the labeller (label.ts) and
 * the server test (tests/search/recall.test.ts): the fixed demo portfolio it is labelled on,
 * the labelled queries (queries.json), what is relevant to each (interactions whose planted
 * topic is one of the query's topics, inside the query's filters — from the generator's truth,
 * never from a search), and recall@10 per method.
 *
 * Recall@10 of a query = relevant interactions in the first 10 hits ÷ relevant interactions
 * (every query's filters keep that number between 1 and 10, so a perfect method scores 1).
 * A method's recall is the mean over the queries.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import type { DemoTruth } from '#lib/server/demo/demo-truth.ts';
import type { Topic } from '#lib/server/demo/note-templates.ts';
import { writeDemoPortfolio } from '#lib/server/demo/write-portfolio.ts';
import { embedInteractions } from '#lib/server/domain/interaction-search/embed-interactions.ts';
import { localEmbedder, type Embedder } from '#lib/server/domain/interaction-search/embedder.ts';
import {
	searchInteractions,
	type InteractionFilters,
	type SearchMethod
} from '#lib/server/domain/interaction-search/search-interactions.ts';

/** The demo the set is labelled on: the first-start seed's parameters at a fixed date. */
export const EVAL_DEMO = { seed: 20261123, asOf: '2026-11-23', customers: 600 } as const;
export const K = 10;

export interface QueryFilters {
	customerId?: number;
	repId?: number;
	channel?: string;
	from?: string;
	to?: string;
}

export interface LabelledQuery {
	id: string;
	query: string;
	/** Planted topics (note-templates.ts) that answer it. */
	topics: Topic[];
	filters: QueryFilters;
	/** Relevant interaction ids (label.ts writes them from the truth). */
	relevant: number[];
}

export const QUERIES_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'queries.json');

export function loadQueries(): LabelledQuery[] {
	return JSON.parse(fs.readFileSync(QUERIES_FILE, 'utf8')).queries as LabelledQuery[];
}

/** Seeds the eval demo into an empty migrated database and embeds it; returns the truth. */
export async function seedEvalDemo(
	db: GiroDatabase,
	embedder: Embedder = localEmbedder
): Promise<DemoTruth> {
	const { truth } = await writeDemoPortfolio(db, EVAL_DEMO);
	await indexEvalDemo(db, embedder);
	return truth;
}

/** What `seedEvalDemo` does once the demo is written: statistics and interaction embeddings. */
export async function indexEvalDemo(
	db: GiroDatabase,
	embedder: Embedder = localEmbedder
): Promise<void> {
	await db.rows(sql`analyze`);
	await embedInteractions(db, 'missing', embedder);
}

export function toSearchFilters(f: QueryFilters): InteractionFilters {
	return {
		scope: {
			...(f.repId !== undefined && { repId: f.repId }),
			...(f.customerId !== undefined && { customerIds: [f.customerId] })
		},
		channel: f.channel,
		from: f.from,
		to: f.to ?? EVAL_DEMO.asOf
	};
}

/** The relevant ids of a query from the truth: its topics' interactions inside its filters. */
export async function relevantFromTruth(
	db: GiroDatabase,
	truth: DemoTruth,
	q: Pick<LabelledQuery, 'topics' | 'filters'>
): Promise<number[]> {
	const ids = q.topics.flatMap((t) => truth.interactionTopics[t]);
	if (ids.length === 0) return [];
	const f = toSearchFilters(q.filters);
	const rows = await db.rows<{ id: number }>(sql`
		select i.id from interactions i join customers c on c.id = i.customer_id
		where i.id = any(${`{${ids.join(',')}}`}::int[])
			and (${f.scope.repId ?? null}::int is null or c.rep_id = ${f.scope.repId ?? null}::int)
			and (${q.filters.customerId ?? null}::int is null or c.id = ${q.filters.customerId ?? null}::int)
			and (${f.channel ?? null}::text is null or i.channel = ${f.channel ?? null}::text)
			and (${f.from ?? null}::date is null
				or i.occurred_at >= (${f.from ?? null}::date::timestamp at time zone 'America/Sao_Paulo'))
			and i.occurred_at < ((${f.to}::date + 1)::timestamp at time zone 'America/Sao_Paulo')
		order by i.id`);
	return rows.map((r) => r.id);
}

export const METHODS: Record<string, readonly SearchMethod[]> = {
	'full-text': ['full_text'],
	vector: ['vector'],
	hybrid: ['full_text', 'vector']
};
export type MethodName = keyof typeof METHODS;

export interface QueryScore {
	id: string;
	relevant: number;
	found: Record<MethodName, number>;
}

export interface RecallReport {
	queries: QueryScore[];
	/** Mean recall@10 per method. */
	recall: Record<MethodName, number>;
}

export async function measureRecall(
	db: GiroDatabase,
	queries: readonly LabelledQuery[],
	embedder: Embedder = localEmbedder
): Promise<RecallReport> {
	const scores: QueryScore[] = [];
	for (const q of queries) {
		const found: Record<MethodName, number> = {};
		const relevant = new Set(q.relevant);
		for (const [name, methods] of Object.entries(METHODS)) {
			const { hits } = await searchInteractions(db, {
				query: q.query,
				filters: toSearchFilters(q.filters),
				limit: K,
				embedder,
				methods
			});
			found[name] = hits.filter((h) => relevant.has(h.id)).length;
		}
		scores.push({ id: q.id, relevant: relevant.size, found });
	}
	const recall: Record<MethodName, number> = {};
	for (const name of Object.keys(METHODS))
		recall[name] = scores.reduce((s, q) => s + q.found[name] / q.relevant, 0) / scores.length;
	return { queries: scores, recall };
}

const pct = (x: number) => `${(x * 100).toFixed(1).replace('.', ',')} %`;

export function recallMarkdown(report: RecallReport, queries: readonly LabelledQuery[]): string {
	const names = Object.keys(METHODS);
	const byId = new Map(queries.map((q) => [q.id, q]));
	const lines = [
		`| método | recall@${K} |`,
		'| --- | --- |',
		...names.map((n) => `| ${n} | ${pct(report.recall[n])} |`),
		'',
		`| consulta | filtros | relevantes | ${names.join(' | ')} |`,
		`| --- | --- | --- | ${names.map(() => '---').join(' | ')} |`,
		...report.queries.map((s) => {
			const q = byId.get(s.id)!;
			const filters = Object.entries(q.filters)
				.map(([k, v]) => `${k}=${v}`)
				.join(', ');
			return `| ${q.query} | ${filters} | ${s.relevant} | ${names.map((n) => s.found[n]).join(' | ')} |`;
		})
	];
	return lines.join('\n');
}
