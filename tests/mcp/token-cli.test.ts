/**
 * `npm run mcp:token`: create prints the token once (stored only as its SHA-256), list never
 * shows it, revoke stops it — on a PostgreSQL server through DATABASE_URL.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { authenticateToken, hashToken } from '../../mcp-server/auth.ts';
import { users } from '#lib/server/db/schema.ts';
import { freshServer, type ServerDatabase } from '../support/databases.ts';
import { ROOT } from './clients.ts';

const run = promisify(execFile);
let db: ServerDatabase;

const tokenCli = (...args: string[]) =>
	run(process.execPath, [path.join(ROOT, 'scripts/mcp-token.ts'), ...args], {
		cwd: ROOT,
		env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/', DATABASE_URL: db.url }
	});

beforeAll(async () => {
	db = await freshServer();
	await db.orm
		.insert(users)
		.values({ name: 'Ana Souza', email: 'ana.souza@giro.demo', role: 'rep' });
});
afterAll(() => db?.close());

test('create → list → revoke', async () => {
	const created = await tokenCli(
		'create',
		'--user',
		'ANA.SOUZA@giro.demo',
		'--name',
		'Claude Desktop'
	);
	const token = /\b(giro_[A-Za-z0-9_-]{43})\b/.exec(created.stdout)?.[1];
	expect(token, created.stdout).toBeDefined();
	expect(created.stdout).toMatch(/não será mostrado de novo/);
	const [stored] = await db.rows<{ token_hash: string; prefix: string }>(
		sql`select token_hash, prefix from api_tokens`
	);
	expect(stored.token_hash).toBe(hashToken(token!));
	expect(token!.startsWith(stored.prefix)).toBe(true);
	expect(await authenticateToken(db, token)).toMatchObject({ name: 'Ana Souza', role: 'rep' });

	const listed = await tokenCli('list');
	expect(listed.stdout).toContain(stored.prefix);
	expect(listed.stdout).not.toContain(token);
	expect(listed.stdout).toMatch(/Claude Desktop\s+ana.souza@giro.demo \(rep\)/);

	const revoked = await tokenCli('revoke', stored.prefix);
	expect(revoked.stdout).toMatch(/revogado: deixa de funcionar agora/);
	expect(await authenticateToken(db, token)).toBeNull();
	expect((await tokenCli('list')).stdout).toMatch(/REVOGADO/);
});

test('clear errors for an unknown user and a missing name', async () => {
	await expect(
		tokenCli('create', '--user', 'ninguem@giro.demo', '--name', 'X')
	).rejects.toMatchObject({
		stderr: expect.stringMatching(/Não existe usuário com o e-mail ninguem@giro.demo/)
	});
	await expect(tokenCli('create', '--user', 'ana.souza@giro.demo')).rejects.toMatchObject({
		stderr: expect.stringMatching(/precisa de --user <e-mail> e --name <nome>/)
	});
});
