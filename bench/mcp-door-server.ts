/**
 * For bench/mcp.ts: the HTTP door with one no-op tool (`ping`) instead of the registry, on the
 * same database and token check — what a call costs before any tool runs (HTTP, bearer token
 * lookup, a fresh McpServer, the SDK's JSON-RPC handling). Prints the same "pronto" line as
 * the real server.
 */
import { z } from 'zod';
import { parseEnv } from '#lib/server/config.ts';
import { defineTool, READ_ONLY } from '#lib/server/tools/define-tool.ts';
import { startHttpServer, type HttpServerOptions } from '../mcp-server/http-server.ts';
import { openGiroDatabase } from '../mcp-server/open-database.ts';

const ping = defineTool({
	name: 'ping',
	title: 'Ping',
	description: 'Responde ok sem consultar nada (benchmark).',
	inputSchema: z.object({}),
	outputSchema: z.object({ ok: z.boolean().describe('Sempre true') }),
	annotations: READ_ONLY,
	writes: false,
	run: async () => ({ structured: { ok: true }, summary: 'ok' })
});

const opened = await openGiroDatabase(parseEnv(), 'bench/mcp-door-server.ts');
const running = await startHttpServer({
	db: opened.db,
	secret: opened.secret,
	port: 0,
	tools: [ping] as unknown as NonNullable<HttpServerOptions['tools']>
});
process.stderr.write(`[giro-mcp] pronto (HTTP) em ${running.url}; ${opened.db.label}\n`);
process.on('SIGTERM', () => {
	void running
		.close()
		.then(opened.close)
		.then(() => process.exit(0));
});
