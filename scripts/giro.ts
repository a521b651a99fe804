/**
 * `npm run giro -- <ferramenta> --user <e-mail> --json '{…}'`: the CLI door (src/lib/server/cli/
 * run-giro.ts). Reads the configuration once, opens the app's database (behind the embedded
 * database's process lock, like the MCP server) and prints the tool's structured result as
 * JSON on stdout; everything else (logs, the summary, errors) goes to stderr.
 */
import '../mcp-server/stderr-console.ts';
import { parseEnv } from '#lib/server/config.ts';
import { parseCall, runGiro, USAGE } from '#lib/server/cli/run-giro.ts';
import { chooseEmbedder } from '#lib/server/embeddings/choose-embedder.ts';
import { openGiroDatabase } from '../mcp-server/open-database.ts';
import { enterProjectFolder } from '../mcp-server/project-folder.ts';

async function main(argv: string[]): Promise<number> {
	if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
		process.stdout.write(`${USAGE}\n`);
		return argv.length === 0 ? 2 : 0;
	}
	const out = (text: string) => process.stdout.write(`${text}\n`);
	const err = (text: string) => process.stderr.write(`${text}\n`);
	// Bad usage and --list are answered before the database is opened.
	const parsed = parseCall(argv, new Date());
	if (!('call' in parsed)) {
		for (const line of parsed.out ?? []) out(line);
		if (parsed.err) err(parsed.err);
		return parsed.code;
	}
	enterProjectFolder();
	const env = parseEnv();
	const opened = await openGiroDatabase(env, 'npm run giro');
	try {
		return await runGiro(argv, {
			db: opened.db,
			secret: opened.secret,
			now: () => new Date(),
			embedder: chooseEmbedder(env),
			out,
			err
		});
	} finally {
		await opened.close();
	}
}

main(process.argv.slice(2)).then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		process.stderr.write(`${(error as Error).message}\n`);
		process.exitCode = 1;
	}
);
