/**
 * Recall@10 of full-text, vector and hybrid search over the labelled queries (queries.json) on
 * the eval demo (search-eval.ts), printed as a Markdown table and written to REPORT.md.
 * It also checks that the labels still match the generator's truth: a changed generator fails
 * here, with the command that relabels.
 *
 *   node evals/search/recall.ts [--data-dir DIR]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEvalDatabase } from './eval-database.ts';
import {
	EVAL_DEMO,
	loadQueries,
	measureRecall,
	recallMarkdown,
	relevantFromTruth
} from './search-eval.ts';

const REPORT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'REPORT.md');

const { db, truth } = await openEvalDatabase(process.argv);
try {
	const queries = loadQueries();
	for (const q of queries) {
		const fromTruth = await relevantFromTruth(db, truth, q);
		if (fromTruth.join() !== [...q.relevant].sort((a, b) => a - b).join())
			throw new Error(
				`Os rótulos de "${q.id}" não batem com a verdade do demo: rode node evals/search/label.ts.`
			);
	}
	const started = performance.now();
	const report = await measureRecall(db, queries);
	const ms = (performance.now() - started) / (queries.length * 3);
	const table = recallMarkdown(report, queries);
	console.log(table);
	fs.writeFileSync(
		REPORT,
		`# Busca nas interações: recall@10\n\n` +
			`${queries.length} consultas pt-BR (evals/search/queries.json) sobre o demo ` +
			`(seed ${EVAL_DEMO.seed}, asOf ${EVAL_DEMO.asOf}, ${EVAL_DEMO.customers} clientes), ` +
			`embedding local \`local-ngram-v1\`, PGlite; ${ms.toFixed(0)} ms por busca em média. ` +
			`Gerado por \`node evals/search/recall.ts\`.\n\n${table}\n`
	);
} finally {
	await db.close();
}
