/**
 * `npm run bench [-- <name> [options]]`: runs one benchmark in its own process. Without a name,
 * the engine benchmark of issue #4 (50,000 customers on PGlite and PostgreSQL). Names: engine,
 * import, mcp, backtest; options go to that benchmark (e.g. `npm run bench -- engine --runs 7`).
 */
import { spawnSync } from 'node:child_process';

const BENCHES = ['engine', 'import', 'mcp', 'backtest'] as const;
const [first, ...rest] = process.argv.slice(2);
const named = (BENCHES as readonly string[]).includes(first ?? '');
const name = named ? first : 'engine';
const args = named ? rest : process.argv.slice(2);
if (first && !named && !first.startsWith('-')) {
	console.error(`Benchmark desconhecido: ${first}. Use um de: ${BENCHES.join(', ')}.`);
	process.exit(2);
}
const run = spawnSync(process.execPath, [`bench/${name}.ts`, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
