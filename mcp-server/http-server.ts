/**
 * The Streamable HTTP door: a plain `node:http` server answering `POST /mcp`, stateless — a
 * new `McpServer` and transport per request, so any number of clients (or one client's
 * concurrent calls) never share state and a restart loses nothing. Every request passes, in
 * order: the Host/Origin guard (403, DNS rebinding), the bearer token (401 with a JSON-RPC
 * error body; nothing of the request is read or run), then MCP. Responses are JSON, not SSE:
 * Giro's tools answer once and send no progress, and JSON is what every client accepts.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { formatEvent } from '#lib/server/log-event.ts';
import { authenticateToken } from './auth.ts';
import { createGiroServer, type GiroServerOptions } from './create-server.ts';
import { allowedHostnames, checkHostAndOrigin } from './http-guard.ts';

export interface HttpServerOptions {
	db: GiroDatabase;
	secret: string;
	/** Default 127.0.0.1: reachable from this machine only. */
	host?: string;
	/** 0 picks a free port (tests). */
	port: number;
	/** Host names accepted besides localhost (a reverse proxy's public name). */
	allowedHosts?: readonly string[];
	today?: () => string;
	embedder?: GiroServerOptions['embedder'];
	/** Default: the registry. Benchmarks pass a no-op tool to time the door alone. */
	tools?: GiroServerOptions['tools'];
	log?: (message: string) => void;
}

export interface RunningHttpServer {
	url: string;
	port: number;
	close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
	const allowed = allowedHostnames(options.allowedHosts);
	const log = options.log ?? (() => {});
	const server = http.createServer((req, res) => {
		handle(req, res).catch((error: unknown) => {
			// Class and code only: a database error's message carries its parameters.
			log(formatEvent({ event: 'mcp_request_failed', door: 'mcp', error }));
			if (!res.headersSent) reply(res, 500, -32603, 'Erro interno do servidor MCP do Giro.');
			else res.end();
		});
	});

	async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
		const guard = checkHostAndOrigin(req.headers, allowed);
		if (!guard.ok) return reply(res, 403, -32000, guard.message);
		const path = (req.url ?? '/').split('?')[0];
		if (path !== '/mcp')
			return reply(
				res,
				404,
				-32601,
				`Nada em ${path}: o servidor MCP do Giro atende em POST /mcp.`
			);
		const user = await authenticateToken(options.db, bearerToken(req));
		if (!user)
			return reply(
				res,
				401,
				-32001,
				req.headers.authorization
					? 'Token inválido ou revogado. Crie outro com npm run mcp:token -- create --user <e-mail> --name <nome>.'
					: 'Falta o token: envie o cabeçalho "Authorization: Bearer <token do Giro>" (npm run mcp:token -- create).',
				{ 'WWW-Authenticate': 'Bearer realm="giro"' }
			);
		if (req.method !== 'POST')
			return reply(res, 405, -32000, 'Este servidor é sem sessão: use POST /mcp.', {
				Allow: 'POST'
			});
		const mcp = createGiroServer({
			db: options.db,
			secret: options.secret,
			actingUser: async () => user,
			today: options.today,
			embedder: options.embedder,
			tools: options.tools
		});
		const transport = new StreamableHTTPServerTransport({
			sessionIdGenerator: undefined,
			enableJsonResponse: true,
			maxRequestBodySize: MAX_BODY_BYTES
		});
		res.on('close', () => {
			void transport.close();
			void mcp.close();
		});
		await mcp.connect(transport);
		await transport.handleRequest(req, res);
	}

	// Node's header/request deadlines are checked by a timer that, after the event loop was
	// blocked (PGlite runs queries on this thread), fires before pending requests are read:
	// with the 60 s default it reset clients queued behind slow calls (ECONNRESET under load,
	// reproduced in bench/mcp.ts). Deadlines of 10 minutes keep that from happening; idle
	// connections stay 65 s, longer than clients keep theirs. Slow-header protection is then
	// weak, which is fine on localhost; a public deployment sits behind a proxy that has its own.
	server.keepAliveTimeout = 65_000;
	server.headersTimeout = 600_000;
	server.requestTimeout = 600_000;
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, options.host ?? '127.0.0.1', () => {
			server.off('error', reject);
			resolve();
		});
	});
	const address = server.address() as AddressInfo;
	const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
	return {
		url: `http://${hostForUrl}:${address.port}/mcp`,
		port: address.port,
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			})
	};
}

function bearerToken(req: IncomingMessage): string | null {
	const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
	return match ? match[1] : null;
}

function reply(
	res: ServerResponse,
	status: number,
	code: number,
	message: string,
	headers: Record<string, string> = {}
): void {
	res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
	res.end(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }));
}
