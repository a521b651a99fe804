/**
 * For bench/mcp-soak.ts: the real HTTP MCP server (the registry's tools) on the database the
 * environment names, plus an IPC channel the soak uses to sample this process's memory
 * (`process.memoryUsage()`) and, when started with `--expose-gc`, to run a full collection.
 * Prints the same "pronto" line as `mcp-server/index.ts`.
 */
import { parseEnv } from '#lib/server/config.ts';
import { startHttpServer } from '../mcp-server/http-server.ts';
import { openGiroDatabase } from '../mcp-server/open-database.ts';

const opened = await openGiroDatabase(parseEnv(), 'bench/mcp-soak-server.ts');
const running = await startHttpServer({
	db: opened.db,
	secret: opened.secret,
	port: 0,
	log: (m) => process.stderr.write(`[giro-mcp] ${m}\n`)
});
process.on('message', (message: { type: string }) => {
	if (message.type === 'gc') (globalThis as { gc?: () => void }).gc?.();
	process.send?.({ type: 'memory', memory: process.memoryUsage() });
});
process.stderr.write(`[giro-mcp] pronto (HTTP) em ${running.url}; ${opened.db.label}\n`);
process.on('SIGTERM', () => {
	void running
		.close()
		.then(opened.close)
		.then(() => process.exit(0));
});
