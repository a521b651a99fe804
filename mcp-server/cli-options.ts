/**
 * The command line of `node mcp-server/index.ts`: stdio by default; `--http` serves Streamable
 * HTTP on `--host` (127.0.0.1 unless told otherwise) and `--port`.
 */
import { parseArgs } from 'node:util';

export interface CliOptions {
	mode: 'stdio' | 'http';
	host: string;
	port: number;
	/** Extra host names accepted in `Host`/`Origin` besides localhost. */
	allowedHosts: string[];
	help: boolean;
}

export const USAGE = `Servidor MCP do Giro

  node mcp-server/index.ts                      stdio (Claude Desktop, Claude Code, Cursor, VS Code)
  node mcp-server/index.ts --http [--port 3333] [--host 127.0.0.1] [--allowed-hosts a.exemplo,b.exemplo]

stdio age como o usuário do token em GIRO_MCP_TOKEN; HTTP exige "Authorization: Bearer <token>"
em cada requisição. Tokens: npm run mcp:token -- create --user <e-mail> --name <nome>.
Banco: DATABASE_URL (servidor PostgreSQL) ou o PGlite em GIRO_DATA_DIR (padrão ./data).`;

export function parseCliOptions(argv: readonly string[]): CliOptions {
	let values;
	try {
		({ values } = parseArgs({
			args: [...argv],
			options: {
				http: { type: 'boolean', default: false },
				stdio: { type: 'boolean', default: false },
				port: { type: 'string', default: '3333' },
				host: { type: 'string', default: '127.0.0.1' },
				'allowed-hosts': { type: 'string', default: '' },
				help: { type: 'boolean', short: 'h', default: false }
			},
			strict: true,
			allowPositionals: false
		}));
	} catch (error) {
		throw new Error(`${(error as Error).message}\n\n${USAGE}`);
	}
	const port = Number(values.port);
	if (!Number.isInteger(port) || port < 0 || port > 65_535)
		throw new Error(
			`--port inválida: ${values.port}. Use um número de 1 a 65535 (0 = qualquer porta livre).`
		);
	if (values.http && values.stdio) throw new Error('Escolha --http ou --stdio, não os dois.');
	return {
		mode: values.http ? 'http' : 'stdio',
		host: values.host,
		port,
		allowedHosts: values['allowed-hosts']
			.split(',')
			.map((h) => h.trim())
			.filter(Boolean),
		help: values.help
	};
}
