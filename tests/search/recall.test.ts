/**
 * The labelled search set (evals/search/queries.json) on the eval demo in PGlite: the labels
 * still match the generator's truth, and hybrid search finds more of the relevant
 * interactions in its first 10 than full-text alone and than vector alone — recall computed
 * now, not read from REPORT.md.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import type { DemoTruth } from '#lib/server/demo/demo-truth.ts';
import {
	EVAL_DEMO,
	indexEvalDemo,
	loadQueries,
	measureRecall,
	relevantFromTruth
} from '../../evals/search/search-eval.ts';
import { demoPglite } from '../support/databases.ts';

let db: GiroDatabase;
let truth: DemoTruth;
beforeAll(async () => {
	// seedEvalDemo, with the demo copied from the run's snapshot instead of written again.
	({ db, truth } = await demoPglite(EVAL_DEMO));
	await indexEvalDemo(db);
}, 600_000);
afterAll(() => db?.close());

const queries = loadQueries();

describe('interaction search recall@10 on the labelled demo set', () => {
	test('has at least 40 queries, each with 1 to 10 relevant interactions from the truth', async () => {
		expect(queries.length).toBeGreaterThanOrEqual(40);
		for (const q of queries) {
			expect(q.relevant.length, q.id).toBeGreaterThanOrEqual(1);
			expect(q.relevant.length, q.id).toBeLessThanOrEqual(10);
			expect(await relevantFromTruth(db, truth, q), q.id).toEqual(
				[...q.relevant].sort((a, b) => a - b)
			);
		}
	});

	test('hybrid beats full-text alone and vector alone', async () => {
		const { recall } = await measureRecall(db, queries);
		expect(recall.hybrid).toBeGreaterThan(recall['full-text']);
		expect(recall.hybrid).toBeGreaterThan(recall.vector);
	});
});
