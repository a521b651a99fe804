/**
 * Writes the `relevant` ids of every query in queries.json from the generator's truth for the
 * eval demo (search-eval.ts): the interactions of the query's planted topics inside its
 * filters. Run it after changing a query's topics or filters, or the demo generator:
 *
 *   node evals/search/label.ts [--data-dir DIR]   (DIR: a PGlite folder holding the eval demo)
 */
import fs from 'node:fs';
import { openEvalDatabase } from './eval-database.ts';
import { QUERIES_FILE, loadQueries, relevantFromTruth } from './search-eval.ts';

const { db, truth } = await openEvalDatabase(process.argv);
try {
	const queries = loadQueries();
	const file = JSON.parse(fs.readFileSync(QUERIES_FILE, 'utf8'));
	for (const q of queries) {
		q.relevant = await relevantFromTruth(db, truth, q);
		const warn = q.relevant.length === 0 || q.relevant.length > 10 ? '  ← fora de 1..10' : '';
		console.log(`${q.id.padEnd(16)} ${String(q.relevant.length).padStart(3)} relevantes${warn}`);
	}
	file.queries = queries;
	fs.writeFileSync(QUERIES_FILE, `${JSON.stringify(file, null, 1)}\n`);
} finally {
	await db.close();
}
