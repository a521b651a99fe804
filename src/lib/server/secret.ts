/**
 * The secret that signs confirmation tokens of writing tools (see tools/confirmation.ts).
 * Every process that serves tools on one database must share it: a preview issued by the MCP
 * server may be confirmed through the app and vice versa. `GIRO_SECRET` wins when set; without
 * it a random secret is generated once and kept in `app_meta` (key 'secret'), so a fresh clone
 * needs no configuration. Two processes starting together agree: the insert is
 * `on conflict do nothing` and both read back the row that won.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Env } from './config.ts';
import type { GiroDatabase } from './db/client.ts';

export const MIN_SECRET_LENGTH = 32;

export async function appSecret(db: GiroDatabase, env: Pick<Env, 'GIRO_SECRET'>): Promise<string> {
	if (env.GIRO_SECRET) {
		if (env.GIRO_SECRET.length < MIN_SECRET_LENGTH)
			throw new Error(
				`GIRO_SECRET precisa de pelo menos ${MIN_SECRET_LENGTH} caracteres (ex.: openssl rand -base64 32).`
			);
		return env.GIRO_SECRET;
	}
	const generated = randomBytes(32).toString('base64url');
	await db.rows(sql`
		insert into app_meta (key, value) values ('secret', ${JSON.stringify(generated)}::jsonb)
		on conflict (key) do nothing`);
	const [row] = await db.rows<{ secret: string | null }>(
		sql`select value #>> '{}' as secret from app_meta where key = 'secret'`
	);
	if (!row?.secret || row.secret.length < MIN_SECRET_LENGTH)
		throw new Error(
			"app_meta 'secret' está vazio ou curto demais: apague a linha (será gerado outro) ou defina GIRO_SECRET."
		);
	return row.secret;
}
