/**
 * Shared pieces of the benchmarks: the machine line, medians of repeated runs, scratch
 * databases on the machine's PostgreSQL (created and dropped by the bench), Markdown tables.
 * Benchmarks measure; they never assert a time.
 */
import os from 'node:os';
import postgres from 'postgres';

export function machine(): string {
	const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
	return `${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()}`;
}

export async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		await fn();
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	const mid = times.length >> 1;
	return times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
}

export const BENCH_SERVER_URL =
	process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Creates a scratch database on the bench server; returns its URL and a drop function. */
export async function scratchDatabase(
	prefix: string
): Promise<{ url: string; drop: () => Promise<void> }> {
	const name = `${prefix}_${Date.now().toString(36)}`;
	const admin = postgres(BENCH_SERVER_URL, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	await admin.end();
	const url = new URL(BENCH_SERVER_URL);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		drop: async () => {
			const again = postgres(BENCH_SERVER_URL, { max: 1, onnotice: () => {} });
			await again.unsafe(`drop database if exists ${name} with (force)`);
			await again.end();
		}
	};
}

export function ms(value: number): string {
	return value >= 1000
		? `${(value / 1000).toFixed(2)} s`
		: `${value.toFixed(value < 10 ? 2 : 0)} ms`;
}

export function markdownTable(header: string[], rows: string[][]): string {
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
