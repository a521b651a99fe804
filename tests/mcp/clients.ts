/**
 * How the MCP tests reach the server: the SDK `Client` over stdio (a real `node
 * mcp-server/index.ts` child) or over Streamable HTTP, and plain child processes for the
 * start-up refusals and the HTTP CLI.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SERVER_ENTRY = path.join(ROOT, 'mcp-server/index.ts');

/** Isolated from the developer's environment and any `.env`: empty means "not set". */
export function serverEnv(env: Record<string, string>): Record<string, string> {
	return {
		DATABASE_URL: '',
		GIRO_DATA_DIR: '',
		GIRO_MCP_TOKEN: '',
		GIRO_SECRET: '',
		GIRO_SEED_DEMO: 'false',
		...env
	};
}

export interface StdioConnection {
	client: Client;
	stderr(): string;
	close(): Promise<void>;
}

export async function connectStdio(env: Record<string, string>): Promise<StdioConnection> {
	const transport = new StdioClientTransport({
		command: process.execPath,
		args: [SERVER_ENTRY],
		// Started from elsewhere on purpose, as Claude Desktop does.
		cwd: '/',
		env: serverEnv(env),
		stderr: 'pipe'
	});
	let stderr = '';
	transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const client = new Client({ name: 'giro-tests', version: '1.0.0' });
	try {
		await client.connect(transport);
	} catch (error) {
		throw new Error(`O servidor stdio não conectou: ${(error as Error).message}\n${stderr}`);
	}
	return { client, stderr: () => stderr, close: () => client.close() };
}

export async function connectHttp(
	url: string,
	token: string,
	headers: Record<string, string> = {}
): Promise<Client> {
	const transport = new StreamableHTTPClientTransport(new URL(url), {
		requestInit: { headers: { Authorization: `Bearer ${token}`, ...headers } }
	});
	const client = new Client({ name: 'giro-tests', version: '1.0.0' });
	await client.connect(transport);
	return client;
}

export interface Exited {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** Runs the server to completion (a refusal) with stdin closed right away. */
export function runServer(
	args: string[],
	env: Record<string, string>,
	timeoutMs = 60_000
): Promise<Exited> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [SERVER_ENTRY, ...args], {
			cwd: '/',
			env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/', ...serverEnv(env) },
			stdio: ['pipe', 'pipe', 'pipe']
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
		child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`o servidor não terminou em ${timeoutMs} ms:\n${stderr}`));
		}, timeoutMs);
		child.on('error', reject);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({ code, stdout, stderr });
		});
		child.stdin.end();
	});
}

export interface HttpChild {
	url: string;
	stderr(): string;
	stop(): Promise<void>;
}

/** `node mcp-server/index.ts --http --port 0`: waits for the "pronto" line to learn the URL. */
export function startHttpChild(
	env: Record<string, string>,
	extraArgs: string[] = []
): Promise<HttpChild> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [SERVER_ENTRY, '--http', '--port', '0', ...extraArgs], {
			cwd: '/',
			env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/', ...serverEnv(env) },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let stderr = '';
		let stdout = '';
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`o servidor HTTP não ficou pronto:\n${stderr}`));
		}, 90_000);
		child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
		child.stderr.on('data', (c: Buffer) => {
			stderr += c.toString();
			const ready = /pronto \(HTTP\) em (\S+);/.exec(stderr);
			if (!ready) return;
			clearTimeout(timer);
			resolve({
				url: ready[1],
				stderr: () => `${stderr}${stdout ? `\n[stdout]\n${stdout}` : ''}`,
				stop: () =>
					new Promise<void>((done) => {
						if (child.exitCode !== null) return done();
						child.once('close', () => done());
						child.kill('SIGTERM');
					})
			});
		});
		child.on('close', (code) => {
			clearTimeout(timer);
			reject(new Error(`o servidor HTTP saiu com código ${code}:\n${stderr}`));
		});
	});
}
