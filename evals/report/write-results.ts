/**
 * Where a run is kept. `evals/results/latest.md` (the report) and `latest.json` (every case,
 * its checks, and for conversations what was said, called and answered) are overwritten by
 * each run; `history.jsonl` gets one line per run (date, commit, model, rates, verdicts), so
 * the scores can be followed over time. All three are committed: the README quotes the last
 * run, and a reviewer sees in the diff what a change did to the scores.
 */
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CaseResult } from '../core/types.ts';
import type { TurnRecord } from '../conversation/run-case.ts';
import type { RunInfo } from './markdown.ts';
import type { Summary } from './summarize.ts';

export async function writeResults(
	dir: string,
	markdown: string,
	summary: Summary,
	results: readonly CaseResult[],
	transcripts: Record<string, TurnRecord[]>,
	info: RunInfo
): Promise<void> {
	await mkdir(dir, { recursive: true });
	await writeFile(path.join(dir, 'latest.md'), markdown);
	// Held-out cases keep only their id, set and verdict: what they asked and how they failed
	// stays out of the files, so nobody tunes a rule to them.
	const cases = results.map((r) =>
		r.set === 'held_out'
			? { suite: r.suite, category: r.category, id: r.id, set: r.set, pass: r.pass }
			: {
					...r,
					...(transcripts[r.id] && {
						turns: transcripts[r.id].map((t) => ({
							say: t.say,
							calls: t.calls,
							approvals: t.approvals,
							answer: t.answer,
							...(t.error && { error: t.error })
						}))
					})
				}
	);
	await writeFile(
		path.join(dir, 'latest.json'),
		`${JSON.stringify({ ...info, summary, cases }, null, 1)}\n`
	);
	const line = {
		...info,
		suites: summary.suites,
		sets: summary.sets,
		droppedFilters: summary.droppedFilters,
		categories: summary.categories,
		scorers: summary.scorers,
		verdicts: summary.verdicts,
		pass: summary.pass
	};
	await appendFile(path.join(dir, 'history.jsonl'), `${JSON.stringify(line)}\n`);
}
