/**
 * `npm run eval`: every suite on one in-memory PGlite, one data set after the other — the demo
 * portfolio (planted truth, then the conversations), the hand-computed portfolios, CDNOW, UCI —
 * then the report (terminal and evals/results/), and exit code 1 when a threshold is crossed.
 * See evals/README.md.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { writeDemoPortfolio } from '#lib/server/demo/write-portfolio.ts';
import { parseOptions, USAGE } from './cli-options.ts';
import { evalModel } from './conversation/eval-model.ts';
import type { TurnRecord } from './conversation/run-case.ts';
import { conversationSuite } from './conversation/suite.ts';
import type { CaseResult } from './core/types.ts';
import { renderMarkdown, type RunInfo } from './report/markdown.ts';
import { summarize } from './report/summarize.ts';
import { writeResults } from './report/write-results.ts';
import { thresholds } from './thresholds.ts';
import { cdnowCases } from './tool-output/cdnow-suite.ts';
import { demoTruthCases } from './tool-output/demo-truth.ts';
import { evalDatabase } from './tool-output/eval-db.ts';
import { handCases } from './tool-output/hand-suite.ts';
import { uciCases } from './tool-output/uci-suite.ts';

const DEMO = { seed: 20261123, asOf: '2026-11-23' };
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const log = (message: string) => process.stderr.write(`[evals] ${message}\n`);

function commit(): string {
	try {
		return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
	} catch {
		return 'desconhecido';
	}
}

async function main(): Promise<number> {
	let options;
	try {
		options = parseOptions(process.argv.slice(2));
	} catch (error) {
		console.error(
			(error as Error).message.includes('Uso:')
				? (error as Error).message
				: `${(error as Error).message}\n${USAGE}`
		);
		return 2;
	}
	const limits = thresholds(options.minConversation);
	const model = evalModel(options.model, process.env, here('./.cache'));
	const started = performance.now();
	const results: CaseResult[] = [];
	let transcripts: Record<string, TurnRecord[]> = {};
	const timed = async <T>(what: string, f: () => Promise<T>): Promise<T> => {
		const t = performance.now();
		const value = await f();
		log(`${what}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
		return value;
	};
	const wants = (s: string) => options.suites.includes(s as never);

	const db = await timed('banco (PGlite em memória)', evalDatabase);
	try {
		const { truth } = await timed('carteira demo', () => writeDemoPortfolio(db, DEMO));
		if (wants('tool-output'))
			results.push(...(await timed('verdade plantada do demo', () => demoTruthCases(db, truth))));
		if (wants('conversation')) {
			const run = await timed(`conversas (${model.label})`, () =>
				conversationSuite(db, truth, model.model, {
					only: options.caseFilter ? (c) => c.id.includes(options.caseFilter!) : undefined,
					sets: options.sets
				})
			);
			results.push(...run.results);
			transcripts = run.transcripts;
		}
		if (wants('tool-output')) {
			results.push(...(await timed('carteiras calculadas à mão', () => handCases(db))));
			results.push(...(await timed('CDNOW', () => cdnowCases(db))));
			results.push(...(await timed('UCI Online Retail', () => uciCases(db))));
		}
	} finally {
		await db.close();
	}

	const summary = summarize(results, limits);
	const info: RunInfo = {
		date: new Date().toISOString(),
		commit: commit(),
		model: model.label,
		durationMs: Math.round(performance.now() - started),
		...(model.cache && { cache: model.cache })
	};
	const markdown = renderMarkdown(summary, results, info);
	console.log(markdown);
	// A run of a few cases (--case) is a local look, not a score to keep.
	if (!options.dryRun && !options.caseFilter && !options.sets)
		await writeResults(here('./results'), markdown, summary, results, transcripts, info);
	for (const v of summary.verdicts.filter((x) => x.judged && !x.pass))
		console.error(
			v.count
				? `[evals] limite ${v.name} não atingido: ${v.rate} > ${v.min}`
				: `[evals] limite ${v.name} não atingido: ${(v.rate * 100).toFixed(1)}% < ${(v.min * 100).toFixed(1)}%`
		);
	return summary.pass ? 0 : 1;
}

process.exitCode = await main();
