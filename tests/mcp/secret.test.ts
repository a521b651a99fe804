/**
 * The confirmation secret: GIRO_SECRET wins; otherwise one random secret is generated, kept in
 * app_meta and shared by every process — even when several start at the same instant.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { appSecret } from '#lib/server/secret.ts';
import { openDatabase, type GiroDatabase } from '#lib/server/db/client.ts';
import { freshServer, type ServerDatabase } from '../support/databases.ts';

let db: ServerDatabase;
const others: GiroDatabase[] = [];

beforeAll(async () => {
	db = await freshServer();
	for (let i = 0; i < 4; i++)
		others.push(await openDatabase({ kind: 'postgres', url: db.url, max: 1 }));
});
afterAll(async () => {
	await Promise.all(others.map((o) => o.close()));
	await db?.close();
});

test('GIRO_SECRET wins and must be long enough', async () => {
	const given = 'g'.repeat(32);
	expect(await appSecret(db, { GIRO_SECRET: given })).toBe(given);
	await expect(appSecret(db, { GIRO_SECRET: 'curto' })).rejects.toThrow(/32 caracteres/);
	const [{ n }] = await db.rows<{ n: number }>(
		sql`select count(*)::int as n from app_meta where key = 'secret'`
	);
	expect(n).toBe(0);
});

test('without it, processes starting together agree on one stored secret', async () => {
	const secrets = await Promise.all(others.map((o) => appSecret(o, {})));
	expect(new Set(secrets).size).toBe(1);
	expect(secrets[0].length).toBeGreaterThanOrEqual(32);
	expect(await appSecret(db, {})).toBe(secrets[0]);
});
