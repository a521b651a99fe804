/**
 * `npm run mcp:token -- <command>`: API tokens of the MCP server.
 *
 *   create --user <e-mail> --name <nome>   creates a token and prints it ONCE
 *   list                                   tokens with their user, last use and revocation
 *   revoke <id | prefixo>                  revokes a token (it stops working immediately)
 *   users                                  the users a token can belong to
 *
 * Uses the same database as the app and the MCP server (DATABASE_URL, or the PGlite in
 * GIRO_DATA_DIR — which must not be open in another process at the same time).
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { parseEnv } from '#lib/server/config.ts';
import { createApiToken, listApiTokens, revokeApiToken } from '../mcp-server/auth.ts';
import { openGiroDatabase } from '../mcp-server/open-database.ts';
import { enterProjectFolder } from '../mcp-server/project-folder.ts';

const USAGE = `Uso:
  npm run mcp:token -- create --user ana.souza@giro.demo --name "Claude Desktop"
  npm run mcp:token -- list
  npm run mcp:token -- revoke <id | prefixo>
  npm run mcp:token -- users`;

const { positionals, values } = parseArgs({
	args: process.argv.slice(2),
	options: {
		user: { type: 'string' },
		name: { type: 'string' },
		help: { type: 'boolean', short: 'h' }
	},
	allowPositionals: true
});
const [command, target] = positionals;

async function run(): Promise<void> {
	if (values.help || !command) {
		console.log(USAGE);
		return;
	}
	if (!['create', 'list', 'revoke', 'users'].includes(command))
		throw new Error(`Comando desconhecido: ${command}\n${USAGE}`);
	if (command === 'create' && (!values.user || !values.name))
		throw new Error(`create precisa de --user <e-mail> e --name <nome>.\n${USAGE}`);
	if (command === 'revoke' && !target)
		throw new Error(`revoke precisa do id ou do prefixo.\n${USAGE}`);
	enterProjectFolder();
	const opened = await openGiroDatabase(parseEnv(), 'npm run mcp:token');
	try {
		const { db } = opened;
		if (command === 'create') {
			const created = await createApiToken(db, { email: values.user!, name: values.name! });
			console.log(
				[
					`Token ${created.id} criado para ${created.user.name} <${created.user.email}> (${created.user.role}).`,
					'Copie agora — ele não será mostrado de novo:',
					'',
					`  ${created.token}`,
					'',
					'Use-o em GIRO_MCP_TOKEN (stdio) ou no cabeçalho "Authorization: Bearer <token>" (HTTP).',
					`Para revogar: npm run mcp:token -- revoke ${created.prefix}`
				].join('\n')
			);
		} else if (command === 'list') {
			const tokens = await listApiTokens(db);
			if (tokens.length === 0)
				console.log('Nenhum token. Crie um com: npm run mcp:token -- create');
			for (const t of tokens)
				console.log(
					`${String(t.id).padStart(4)}  ${t.prefix}…  ${t.name}  ${t.email} (${t.role})  ` +
						`criado ${t.createdAt.slice(0, 16)}  último uso ${t.lastUsedAt?.slice(0, 16) ?? 'nunca'}` +
						`${t.revokedAt ? `  REVOGADO ${t.revokedAt.slice(0, 16)}` : ''}`
				);
		} else if (command === 'revoke') {
			const revoked = await revokeApiToken(db, target);
			console.log(
				revoked.alreadyRevoked
					? `O token ${revoked.id} (${revoked.prefix}…, ${revoked.name}) já estava revogado.`
					: `Token ${revoked.id} (${revoked.prefix}…, ${revoked.name}) revogado: deixa de funcionar agora.`
			);
		} else {
			const users = await db.rows<{ id: number; name: string; email: string; role: string }>(
				sql`select id::int as id, name, email, role from users where active order by id`
			);
			for (const u of users)
				console.log(`${String(u.id).padStart(4)}  ${u.email}  ${u.name} (${u.role})`);
		}
	} finally {
		await opened.close();
	}
}

run().catch((error: unknown) => {
	console.error((error as Error).message);
	process.exitCode = 1;
});
