/**
 * API tokens of the MCP server. Each token belongs to one user and acts with that user's scope
 * (a rep sees their own customers, a manager everyone — SPEC "Who sees what"). A token is
 * `giro_` + 32 random bytes in base64url; it is shown once, at creation, and only its SHA-256
 * is stored (`api_tokens.token_hash`), so a copy of the database cannot be replayed as a
 * credential. Revoking sets `revoked_at`; the next request with that token is refused (no
 * cache). `last_used_at` is refreshed at most once a minute, so 20 clients sharing a token do
 * not queue behind one row lock.
 */
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import type { ActingUser } from '#lib/server/tools/tool-context.ts';

const TOKEN_SHAPE = /^giro_[A-Za-z0-9_-]{43}$/;
/** How much of the token listings show: `giro_` + 6 characters. */
const PREFIX_LENGTH = 11;

export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export function looksLikeToken(token: string): boolean {
	return TOKEN_SHAPE.test(token);
}

/** The user a token acts as, or null (unknown, malformed, revoked, or the user deactivated). */
export async function authenticateToken(
	db: GiroDatabase,
	token: string | undefined | null
): Promise<ActingUser | null> {
	if (!token || !looksLikeToken(token)) return null;
	const [user] = await db.rows<ActingUser>(sql`
		with token as (
			select t.id, t.user_id from api_tokens t
			where t.token_hash = ${hashToken(token)} and t.revoked_at is null
		), touched as (
			update api_tokens set last_used_at = now()
			where id = (select id from token)
				and (last_used_at is null or last_used_at < now() - interval '1 minute')
		)
		select u.id::int as id, u.name, u.role
		from token join users u on u.id = token.user_id
		where u.active`);
	return user ?? null;
}

export interface CreatedToken {
	id: number;
	token: string;
	prefix: string;
	user: { id: number; name: string; email: string; role: string };
}

/** Creates a token for the user with this e-mail. The token is returned once, never stored. */
export async function createApiToken(
	db: GiroDatabase,
	options: { email: string; name: string }
): Promise<CreatedToken> {
	const [user] = await db.rows<{
		id: number;
		name: string;
		email: string;
		role: string;
		active: boolean;
	}>(
		sql`select id::int as id, name, email, role, active from users where lower(email) = lower(${options.email})`
	);
	if (!user)
		throw new Error(
			`Não existe usuário com o e-mail ${options.email}. Veja os usuários com: npm run mcp:token -- users`
		);
	if (!user.active) throw new Error(`O usuário ${user.email} está desativado.`);
	const name = options.name.trim();
	if (!name)
		throw new Error('Dê um nome ao token (--name "Claude Desktop"), para reconhecê-lo depois.');
	const token = `giro_${randomBytes(32).toString('base64url')}`;
	const prefix = token.slice(0, PREFIX_LENGTH);
	const [row] = await db.rows<{ id: number }>(sql`
		insert into api_tokens (user_id, name, prefix, token_hash)
		values (${user.id}, ${name}, ${prefix}, ${hashToken(token)})
		returning id::int as id`);
	return {
		id: row.id,
		token,
		prefix,
		user: { id: user.id, name: user.name, email: user.email, role: user.role }
	};
}

export interface TokenListing {
	id: number;
	name: string;
	prefix: string;
	email: string;
	role: string;
	createdAt: string;
	lastUsedAt: string | null;
	revokedAt: string | null;
}

export async function listApiTokens(db: GiroDatabase): Promise<TokenListing[]> {
	return db.rows<TokenListing>(sql`
		select t.id::int as id, t.name, t.prefix, u.email, u.role,
			t.created_at::text as "createdAt", t.last_used_at::text as "lastUsedAt",
			t.revoked_at::text as "revokedAt"
		from api_tokens t join users u on u.id = t.user_id
		order by t.id`);
}

/**
 * Revokes by id (`12`), by the prefix shown in listings (`giro_ab12cd`) or by the whole token.
 * A prefix shared by several tokens (possible: 36 random bits) revokes none and says so.
 */
export async function revokeApiToken(
	db: GiroDatabase,
	idOrPrefix: string
): Promise<{ id: number; name: string; prefix: string; alreadyRevoked: boolean }> {
	const byId = /^\d+$/.test(idOrPrefix);
	if (!byId && idOrPrefix.length < PREFIX_LENGTH)
		throw new Error(
			`Use o id do token ou o prefixo inteiro mostrado em "list" (ex.: giro_ab12cd), não ${JSON.stringify(idOrPrefix)}.`
		);
	const matches = await db.rows<{ id: number; name: string; prefix: string; revoked: boolean }>(sql`
		select id::int as id, name, prefix, revoked_at is not null as revoked from api_tokens
		where ${byId ? sql`id = ${Number(idOrPrefix)}` : sql`starts_with(${idOrPrefix}, prefix)`}`);
	if (matches.length === 0) throw new Error(`Nenhum token com id ou prefixo ${idOrPrefix}.`);
	if (matches.length > 1)
		throw new Error(
			`O prefixo ${idOrPrefix} corresponde a ${matches.length} tokens (${matches.map((m) => m.id).join(', ')}): revogue pelo id.`
		);
	const [match] = matches;
	if (!match.revoked)
		await db.rows(
			sql`update api_tokens set revoked_at = now() where id = ${match.id} and revoked_at is null`
		);
	return { id: match.id, name: match.name, prefix: match.prefix, alreadyRevoked: match.revoked };
}
