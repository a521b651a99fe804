/**
 * `node mcp-server/index.ts`: Giro's MCP server. stdio by default (Claude Desktop, Claude
 * Code, Cursor, VS Code start it as a child process), acting as the user of the token in
 * `GIRO_MCP_TOKEN`; `--http` serves Streamable HTTP where every request brings its own token.
 * It refuses to start — with a pt-BR message on stderr and exit code 1 — without a valid
 * token (stdio), or when another process holds the embedded database. Logs go to stderr
 * only: on stdio, stdout is the protocol.
 */
import './stderr-console.ts';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { parseEnv, type Env } from '#lib/server/config.ts';
import { authenticateToken, looksLikeToken } from './auth.ts';
import { parseCliOptions, USAGE, type CliOptions } from './cli-options.ts';
import { chooseEmbedder } from '#lib/server/embeddings/choose-embedder.ts';
import { createGiroServer } from './create-server.ts';
import { startHttpServer } from './http-server.ts';
import { openGiroDatabase, type OpenedDatabase } from './open-database.ts';
import { enterProjectFolder } from './project-folder.ts';

const log = (message: string) => process.stderr.write(`[giro-mcp] ${message}\n`);

class StartupRefusal extends Error {}

async function runStdio(env: Env): Promise<OpenedDatabase> {
	const token = env.GIRO_MCP_TOKEN;
	if (!token)
		throw new StartupRefusal(
			'Falta o token: defina GIRO_MCP_TOKEN com um token do Giro na configuração do cliente MCP.\n' +
				'Crie um com: npm run mcp:token -- create --user <e-mail> --name "Claude Desktop"'
		);
	if (!looksLikeToken(token))
		throw new StartupRefusal(
			'GIRO_MCP_TOKEN não parece um token do Giro (giro_ seguido de 43 caracteres). ' +
				'Copie o token inteiro mostrado por npm run mcp:token -- create.'
		);
	const opened = await openGiroDatabase(env, 'servidor MCP (stdio)');
	const user = await authenticateToken(opened.db, token);
	if (!user) {
		await opened.close();
		throw new StartupRefusal(
			'GIRO_MCP_TOKEN é inválido ou foi revogado (ou o usuário foi desativado). ' +
				'Veja os tokens com npm run mcp:token -- list e crie outro com npm run mcp:token -- create.'
		);
	}
	const server = createGiroServer({
		db: opened.db,
		secret: opened.secret,
		embedder: chooseEmbedder(env),
		actingUser: () => authenticateToken(opened.db, token)
	});
	await server.connect(new StdioServerTransport());
	log(
		`pronto (stdio) como ${user.name} (${user.role === 'manager' ? 'gestor' : 'vendedor'}); ${opened.db.label}`
	);
	return opened;
}

async function runHttp(env: Env, options: CliOptions): Promise<OpenedDatabase> {
	const opened = await openGiroDatabase(env, `servidor MCP (HTTP, porta ${options.port})`);
	const running = await startHttpServer({
		db: opened.db,
		secret: opened.secret,
		embedder: chooseEmbedder(env),
		host: options.host,
		port: options.port,
		allowedHosts: options.allowedHosts,
		log
	});
	if (!['127.0.0.1', 'localhost', '::1'].includes(options.host))
		log(
			`atenção: escutando em ${options.host}. Sem TLS, os tokens trafegam em claro: ` +
				'ponha um proxy HTTPS na frente e passe o nome público em --allowed-hosts.'
		);
	log(`pronto (HTTP) em ${running.url}; ${opened.db.label}`);
	return {
		...opened,
		async close() {
			await running.close();
			await opened.close();
		}
	};
}

async function main(): Promise<void> {
	let options: CliOptions;
	try {
		options = parseCliOptions(process.argv.slice(2));
	} catch (error) {
		throw new StartupRefusal((error as Error).message);
	}
	if (options.help) {
		process.stderr.write(`${USAGE}\n`);
		return;
	}
	enterProjectFolder();
	let env: Env;
	try {
		env = parseEnv();
	} catch (error) {
		throw new StartupRefusal((error as Error).message);
	}
	const opened = options.mode === 'http' ? await runHttp(env, options) : await runStdio(env);
	let closing = false;
	const shutdown = async (why: string) => {
		if (closing) return;
		closing = true;
		log(`encerrando (${why})`);
		await opened.close();
		process.exit(0);
	};
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
		process.on(signal, () => void shutdown(signal));
	// The client closing our stdin is how stdio sessions end.
	if (options.mode === 'stdio') process.stdin.on('close', () => void shutdown('stdin fechado'));
}

main().catch((error: unknown) => {
	const refusal = error instanceof StartupRefusal || (error as Error).name === 'DataDirLockedError';
	log(refusal ? (error as Error).message : `não iniciou: ${(error as Error).stack ?? error}`);
	process.exit(1);
});
