/**
 * `npm run bench [-- <name> [options]]`: runs one benchmark in its own process; options go to
 * that benchmark (e.g. `npm run bench -- engine --runs 7`). Names: engine, import, mcp,
 * backtest, goals. Without a name (or with only options, which go to the engine): the engine
 * benchmark (50,000 customers on PGlite and PostgreSQL), the UCI 2010-2011 import and the MCP
 * profile calls, then one table of issue #18's goals with both databases side by side.
 */
import { spawnSync } from 'node:child_process';

const BENCHES = ['engine', 'import', 'mcp', 'backtest', 'goals'] as const;
const [first, ...rest] = process.argv.slice(2);
const named = (BENCHES as readonly string[]).includes(first ?? '');
const name = named ? first! : 'engine';
const args = named ? rest : process.argv.slice(2);
if (first && !named && !first.startsWith('-')) {
	console.error(`Benchmark desconhecido: ${first}. Use um de: ${BENCHES.join(', ')}.`);
	process.exit(2);
}
const bench = (file: string, list: string[]) =>
	spawnSync(process.execPath, [`bench/${file}.ts`, ...list], { stdio: 'inherit' }).status ?? 1;
if (named) process.exit(bench(name, args));
let status = bench('engine', args);
status ||= bench('import', ['--quick']);
status ||= bench('mcp', ['--tool', 'get_customer_profile']);
process.exit(status || bench('goals', []));
