/**
 * `npm test`: every check and test the project has, two phases at a time so both cores of a
 * small machine stay busy (numbers in README "Tests and databases"):
 *
 *   svelte-check            beside  lint (prettier + eslint)
 *   vitest (unit + server)  beside  the eval suite (--dry-run: thresholds enforced)
 *   Playwright              beside  the version-sensitive server tests on a second
 *                                   PostgreSQL, when TEST_PG15_URL names one (CI sets it to the
 *                                   machine's PostgreSQL 15)
 *
 * The first phase of each pair prints as it runs; the second writes to a buffer printed when it
 * ends. Every phase runs even when an earlier one failed, and the run exits 1 naming each
 * failed phase — a failure is never hidden by a later success.
 */
import { spawn } from 'node:child_process';

interface Phase {
	name: string;
	command: string;
	args: string[];
	env?: NodeJS.ProcessEnv;
}

/** The server test files where PostgreSQL's version can matter (migrations, engine SQL, races). */
const VERSION_SENSITIVE = [
	'tests/db-migrations.test.ts',
	'tests/db-constraints.test.ts',
	'tests/portfolio-engine.test.ts',
	'tests/purchase-history.test.ts',
	'tests/portfolio-steady-state.test.ts',
	'tests/tools-confirmation.test.ts',
	'tests/mcp/double-submit.test.ts'
];

const npm = (name: string, ...args: string[]): Phase => ({ name, command: 'npm', args });

function pairs(): [Phase, Phase | null][] {
	const pg15Url = process.env.TEST_PG15_URL;
	const pg15: Phase | null = pg15Url
		? {
				name: `server tests on ${new URL(pg15Url).host}`,
				command: 'npx',
				args: ['vitest', 'run', '--project', 'server', ...VERSION_SENSITIVE],
				env: { TEST_DATABASE_URL: pg15Url }
			}
		: null;
	return [
		[npm('check', 'run', 'check'), npm('lint', 'run', 'lint')],
		[npm('vitest', 'run', 'test:unit'), npm('eval', 'run', 'eval', '--', '--dry-run')],
		[npm('playwright', 'run', 'test:e2e'), pg15]
	];
}

function run(phase: Phase, streamed: boolean): Promise<{ code: number; output: string }> {
	return new Promise((resolve) => {
		const child = spawn(phase.command, phase.args, {
			env: { ...process.env, ...phase.env },
			stdio: streamed ? 'inherit' : ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', (error) => resolve({ code: 1, output: `${output}\n${error.message}` }));
		child.on('close', (code) => resolve({ code: code ?? 1, output }));
	});
}

const started = Date.now();
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;
const failed: string[] = [];

for (const [main, beside] of pairs()) {
	console.log(`\n=== ${main.name}${beside ? ` (beside: ${beside.name})` : ''} — at ${seconds()}`);
	const background = beside ? run(beside, false) : null;
	const first = await run(main, true);
	console.log(`=== ${main.name}: exit ${first.code} at ${seconds()}`);
	if (first.code !== 0) failed.push(main.name);
	if (background && beside) {
		const second = await background;
		console.log(`\n=== ${beside.name} (ran beside ${main.name}):\n${second.output}`);
		console.log(`=== ${beside.name}: exit ${second.code} at ${seconds()}`);
		if (second.code !== 0) failed.push(beside.name);
	}
}

console.log(`\n=== npm test: ${seconds()} in all`);
if (!process.env.TEST_PG15_URL)
	console.log('(TEST_PG15_URL not set: the PostgreSQL 15 rerun was not asked for; CI sets it.)');
if (failed.length) {
	console.error(`FAILED: ${failed.join(', ')}`);
	process.exit(1);
}
console.log('every phase passed');
