/**
 * Issue #18's Goals table from the last results of the engine, import and MCP benchmarks
 * (bench/results/*.json): PostgreSQL and PGlite side by side, each against its goal, with the
 * machine and the load average of each run. `npm run bench` (no name) runs the three and then
 * this; `npm run bench -- goals` prints it from the files already there. Writes
 * bench/results/goals.md.
 */
import fs from 'node:fs';
import { markdownTable, ms } from './support.ts';

type Json = Record<string, unknown>;
const read = (name: string): Json | null => {
	const file = `bench/results/${name}.json`;
	return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Json) : null;
};
const engine = read('engine') as {
	date: string;
	machine: string;
	customers: number;
	orders: number;
	runs: number;
	backends: { label: string; load: string; rows: Record<string, number> }[];
} | null;
const imports = read('import') as Record<
	string,
	{ seconds: number; peakMb: number; load: string }
> | null;
const mcp = read('mcp') as (Record<string, { p50: string; p99: string }> & { load: string }) | null;

const pg = engine?.backends.find((b) => b.label.startsWith('PostgreSQL'));
const lite = engine?.backends.find((b) => b.label === 'PGlite');
const row = (b: typeof pg, prefix: string) =>
	b ? Object.entries(b.rows).find(([k]) => k.startsWith(prefix))?.[1] : undefined;

type Cell = { text: string; met: boolean | null };
const time = (value: number | undefined, goal: number): Cell =>
	value === undefined ? { text: '—', met: null } : { text: ms(value), met: value <= goal };
const pair = (a: Cell, b: Cell): Cell => ({
	text: `${a.text} / ${b.text}`,
	met: a.met === null || b.met === null ? null : a.met && b.met
});
const mark = (c: Cell) => `${c.text} ${c.met === null ? '' : c.met ? '✅' : '❌'}`.trim();
const parseMs = (text: string | undefined) =>
	text === undefined ? undefined : text.endsWith(' s') ? parseFloat(text) * 1000 : parseFloat(text);

const lines: [string, string, Cell, string, Cell][] = [];
for (const [label, prefix, goalPg, goalLite] of [
	[
		'States, steady state after a new order for 1 customer',
		'Whole-portfolio states after a new order',
		50,
		150
	],
	[
		'States, steady state after reassigning 1 customer',
		'Whole-portfolio states after reassigning',
		50,
		150
	],
	['States, nothing changed (materialised read)', 'Whole-portfolio states, steady state', 50, 150],
	['States, cold (new date or first start)', 'Whole-portfolio states, cold', 500, 2000]
] as const)
	lines.push([
		label,
		`≤ ${ms(goalPg)}`,
		time(row(pg, prefix), goalPg),
		`≤ ${ms(goalLite)}`,
		time(row(lite, prefix), goalLite)
	]);
lines.push([
	'Stopped buying this month, warm / cold',
	'≤ 50 ms / ≤ 800 ms',
	pair(
		time(row(pg, 'Stopped buying this month, warm'), 50),
		time(row(pg, 'Stopped buying this month, cold'), 800)
	),
	'≤ 150 ms / ≤ 3 s',
	pair(
		time(row(lite, 'Stopped buying this month, warm'), 150),
		time(row(lite, 'Stopped buying this month, cold'), 3000)
	)
]);
lines.push([
	"One customer's full profile",
	'≤ 5 ms',
	time(row(pg, 'One customer, full profile'), 5),
	'≤ 10 ms',
	time(row(lite, 'One customer, full profile'), 10)
]);
const imp = (name: string, s: number, mb: number): Cell => {
	const r = imports?.[name];
	if (!r) return { text: '—', met: null };
	return {
		text: `${r.seconds.toFixed(1)} s / ${Math.round(r.peakMb)} MB`,
		met: r.seconds <= s && r.peakMb <= mb
	};
};
lines.push([
	'Import UCI 2010-2011 (541,909 rows): time / peak RSS',
	'≤ 10 s / ≤ 300 MB',
	imp('PostgreSQL 15', 10, 300),
	'≤ 20 s / ≤ 600 MB',
	imp('PGlite', 20, 600)
]);
const mcpCell = (name: string, p50: number, p99: number): Cell => {
	const r = mcp?.[name];
	if (!r) return { text: '—', met: null };
	const a = parseMs(r.p50)!;
	const b = parseMs(r.p99)!;
	return { text: `${r.p50} / ${r.p99}`, met: a <= p50 && b <= p99 };
};
lines.push([
	'MCP HTTP, 20 clients × 1 call/s (get_customer_profile): p50 / p99',
	'≤ 10 ms / ≤ 40 ms',
	mcpCell('PostgreSQL 15', 10, 40),
	'≤ 15 ms / ≤ 60 ms',
	mcpCell('PGlite', 15, 60)
]);

const table = markdownTable(
	['Measure', 'Goal (PostgreSQL)', 'PostgreSQL', 'Goal (PGlite)', 'PGlite'],
	lines.map(([m, g1, a, g2, b]) => [m, g1, mark(a), g2, mark(b)])
);
const report = [
	`## Issue #18 goals (${engine ? `${engine.customers.toLocaleString('en')} customers, ${engine.orders.toLocaleString('en')} orders` : 'engine not measured'})`,
	'',
	`Machine: ${engine?.machine ?? '?'}. Engine: medians of ${engine?.runs ?? '?'} runs (${engine?.date.slice(0, 16) ?? '?'} UTC); load average (1 / 5 / 15 min) before → after: ${engine?.backends.map((b) => `${b.label} ${b.load}`).join('; ') ?? '?'}.`,
	`Import: one CLI process per database (${
		imports
			? Object.entries(imports)
					.filter(([k]) => k !== 'date' && k !== 'file')
					.map(([k, v]) => `${k} load ${(v as { load: string }).load}`)
					.join('; ')
			: 'not measured'
	}). MCP: ${mcp ? `load ${mcp.load} at start` : 'not measured'}.`,
	'',
	table,
	''
].join('\n');
fs.writeFileSync('bench/results/goals.md', report);
console.log(report);
