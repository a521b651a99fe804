/**
 * The load side of bench/mcp.ts: start an HTTP MCP server as a child process (waiting for its
 * "pronto" line), connect SDK clients with a bearer token, and time tool calls from 1 or many
 * clients — back to back or paced — into p50/p99 and calls per second.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

export function startServer(
	root: string,
	entry: string,
	env: Record<string, string>
): Promise<{ url: string; stderr(): string; stop(): Promise<void> }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [path.join(root, entry), '--http', '--port', '0'], {
			cwd: root,
			env: {
				PATH: process.env.PATH ?? '',
				HOME: os.homedir(),
				GIRO_SEED_DEMO: 'false',
				DATABASE_URL: '',
				GIRO_DATA_DIR: '',
				...env
			},
			stdio: ['ignore', 'inherit', 'pipe']
		});
		let stderr = '';
		child.stderr.on('data', (c: Buffer) => {
			stderr += c.toString();
			const ready = /pronto \(HTTP\) em (\S+);/.exec(stderr);
			if (ready)
				resolve({
					url: ready[1],
					stderr: () => stderr,
					stop: () =>
						new Promise((done) => {
							child.once('close', () => done());
							child.kill('SIGTERM');
						})
				});
		});
		child.once('close', (code) => reject(new Error(`servidor saiu (${code}):\n${stderr}`)));
	});
}

export async function connect(url: string, token: string): Promise<Client> {
	const client = new Client({ name: 'giro-bench', version: '1.0.0' });
	await client.connect(
		new StreamableHTTPClientTransport(new URL(url), {
			requestInit: { headers: { Authorization: `Bearer ${token}` } }
		})
	);
	return client;
}

export interface Scenario {
	label: string;
	tool: string;
	token: 'rep' | 'manager';
	args: (i: number) => Record<string, unknown>;
	/** Also measured with 20 clients each calling once a second (not saturating). */
	paced?: boolean;
	/** Share of CALLS for this scenario (the slow list tools run fewer). */
	share?: number;
}

export const PACED_MS = 1000;
/** Queued behind 20 slow calls on PGlite a call can wait minutes; count it, never hang. */
const CALL_TIMEOUT_MS = 300_000;

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * `clients` SDK clients share `calls` × share calls; with `pacedMs` each starts a call every
 * pacedMs (open loop), else back to back (saturating). Latency is timed around each callTool.
 */
export async function measure(
	url: string,
	token: string,
	s: Scenario,
	calls: number,
	clients: number,
	pacedMs = 0
) {
	const pool = await Promise.all(Array.from({ length: clients }, () => connect(url, token)));
	const perClient = Math.ceil((calls * (s.share ?? 1)) / clients);
	const times: number[] = [];
	let errors = 0;
	const failures = new Set<string>();
	const started = performance.now();
	await Promise.all(
		pool.map(async (client, c) => {
			if (pacedMs) await sleep((pacedMs * c) / clients);
			for (let k = 0; k < perClient; k++) {
				const t0 = performance.now();
				try {
					const result = await client.callTool(
						{ name: s.tool, arguments: s.args(c * perClient + k) },
						undefined,
						{ timeout: CALL_TIMEOUT_MS }
					);
					if (result.isError) errors++;
				} catch (error) {
					errors++;
					failures.add((error as Error).message);
				}
				const took = performance.now() - t0;
				times.push(took);
				if (pacedMs) await sleep(Math.max(0, pacedMs - took));
			}
		})
	);
	const wall = performance.now() - started;
	await Promise.all(pool.map((c) => c.close()));
	times.sort((a, b) => a - b);
	return {
		calls: times.length,
		p50: percentile(times, 50),
		p99: percentile(times, 99),
		perSecond: (times.length / wall) * 1000,
		errors,
		failures: [...failures]
	};
}
