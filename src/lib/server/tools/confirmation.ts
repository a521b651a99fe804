/**
 * Safe writes for every door. A writing tool called without a token answers with a preview of
 * exactly what it would do and a confirmation token: an HMAC over (tool, user, the resolved
 * action, expiry). Called again with the token, it verifies the token against the action it
 * resolves *now* — a token cannot confirm a different payload — and performs it inside one
 * transaction that also records the token's hash in `tool_confirmations` and the write in the
 * audit log. A token has one spelling (strict format, signature over the whole body) and a
 * random nonce inside the signed claims; "performed once" is keyed on that verified identity
 * (primary key of `tool_confirmations`), never on the token's text, so a concurrent double
 * submit — or `T` and `T.1` — performs once: the second insert waits, then conflicts.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Orm } from '../db/client.ts';
import { auditLog, toolConfirmations } from '../db/schema.ts';
import { nowOf, type ToolContext } from './tool-context.ts';
import { ToolError } from './tool-error.ts';
import { ApprovalRefused, consumeApproval } from '../domain/chat-approvals.ts';

export const TOKEN_TTL_MS = 10 * 60 * 1000;

/** Stable JSON: keys sorted, so the same action always hashes the same. */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
	}
	return JSON.stringify(value);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function sign(body: string, secret: string): string {
	return createHmac('sha256', secret).update(body).digest('base64url');
}

/**
 * A token is exactly `<body>.<signature>`: base64url only, bounded length, the signature an
 * HMAC-SHA256 (43 base64url characters) of the body. Anything else — a suffix, a second dot,
 * padding, whitespace — is not a token, so one token has one spelling.
 */
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{16,400}\.[A-Za-z0-9_-]{43}$/;
export const MAX_TOKEN_LENGTH = 444;

interface TokenClaims {
	/** tool */
	t: string;
	/** user id */
	u: number;
	/** hash of the resolved action */
	h: string;
	/** expiry, ms since epoch */
	e: number;
	/** nonce: the token's identity, the key of "performed once" */
	n: string;
}

const invalidToken = () =>
	new ToolError(
		'confirmation',
		'Token de confirmação inválido: peça uma nova prévia (chame sem confirmationToken).'
	);

export function issueToken(
	tool: string,
	action: unknown,
	ctx: ToolContext,
	now = Date.now()
): { token: string; expiresAt: string } {
	const expires = now + TOKEN_TTL_MS;
	const claims: TokenClaims = {
		t: tool,
		u: ctx.user.id,
		h: sha256(canonicalJson(action)),
		e: expires,
		n: randomBytes(16).toString('base64url')
	};
	const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
	return { token: `${body}.${sign(body, ctx.secret)}`, expiresAt: new Date(expires).toISOString() };
}

/** The claims of a token whose format and signature over the whole body are right. */
function signedClaims(token: string, ctx: ToolContext): TokenClaims {
	if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH || !TOKEN_FORMAT.test(token))
		throw invalidToken();
	const dot = token.indexOf('.');
	const body = token.slice(0, dot);
	const signature = token.slice(dot + 1);
	const expected = sign(body, ctx.secret);
	if (
		signature.length !== expected.length ||
		!timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
	)
		throw invalidToken();
	let claims: TokenClaims;
	try {
		claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenClaims;
	} catch {
		throw invalidToken();
	}
	if (typeof claims?.n !== 'string' || claims.n.length < 16) throw invalidToken();
	return claims;
}

const keyOf = (claims: TokenClaims) => sha256(`${claims.t}\n${claims.u}\n${claims.n}`);

const USED_MESSAGE =
	'Este token de confirmação já foi usado: a ação já foi realizada e não será repetida.';

/**
 * Refuses, before a writing tool resolves its action again, a token that was already used: a
 * replay must say the action was done, not that its own earlier write now conflicts (e.g. the
 * follow-up it created is now a "duplicate"). Anything wrong with the token itself is left to
 * `verifyToken`, which gives the precise reason.
 */
export async function refuseUsedToken(ctx: ToolContext, tool: string, token: unknown) {
	if (typeof token !== 'string' || !token) return;
	let key: string;
	try {
		const claims = signedClaims(token, ctx);
		if (claims.t !== tool || claims.u !== ctx.user.id) return;
		key = keyOf(claims);
	} catch {
		return;
	}
	const [used] = await ctx.db.rows<{ one: number }>(
		sql`select 1 as one from tool_confirmations where token_hash = ${key}`
	);
	if (used) throw new ToolError('confirmation', USED_MESSAGE);
}

/**
 * Checks the token's format and its signature over the whole body, then who, what and until
 * when; returns the verified identity (`confirmationKey`) that single use is keyed on.
 */
export function verifyToken(
	token: string,
	tool: string,
	action: unknown,
	ctx: ToolContext,
	now = Date.now()
): { confirmationKey: string } {
	const claims = signedClaims(token, ctx);
	if (claims.t !== tool || claims.u !== ctx.user.id)
		throw new ToolError(
			'confirmation',
			'Este token de confirmação é de outra ação ou de outro usuário.'
		);
	if (!(claims.e >= now))
		throw new ToolError(
			'confirmation',
			'O token de confirmação expirou: peça uma nova prévia (chame sem confirmationToken).'
		);
	if (claims.h !== sha256(canonicalJson(action)))
		throw new ToolError(
			'confirmation',
			'O token não corresponde a este pedido: os dados mudaram desde a prévia. Peça uma nova prévia com os dados certos.'
		);
	return { confirmationKey: keyOf(claims) };
}

/**
 * Performs a confirmed write once: records the token's verified identity, the audit entry and
 * the write in one transaction. A token already used is refused and nothing is written again.
 */
export async function performOnce<R>(
	ctx: ToolContext,
	tool: string,
	confirmationKey: string,
	audit: { action: string; entity: string; payload: unknown },
	write: (tx: Orm) => Promise<{ entityId: string; result: R }>
): Promise<R> {
	const tokenHash = confirmationKey;
	return ctx.db.orm.transaction(async (tx) => {
		const claimed = await tx
			.insert(toolConfirmations)
			.values({ tokenHash, tool, userId: ctx.user.id })
			.onConflictDoNothing()
			.returning({ tokenHash: toolConfirmations.tokenHash });
		if (claimed.length === 0) throw new ToolError('confirmation', USED_MESSAGE);
		if (ctx.approval)
			await consumeApproval(tx as unknown as Orm, ctx.user.id, ctx.approval).catch((e) => {
				throw e instanceof ApprovalRefused ? new ToolError('confirmation', e.message) : e;
			});
		const { entityId, result } = await write(tx as unknown as Orm);
		await tx.insert(auditLog).values({
			userId: ctx.user.id,
			door: ctx.door === 'eval' ? 'system' : ctx.door,
			action: audit.action,
			entity: audit.entity,
			entityId,
			payload: audit.payload as object
		});
		await tx.execute(
			sql`update tool_confirmations set result = ${JSON.stringify(result)}::jsonb where token_hash = ${tokenHash}`
		);
		return result;
	});
}

export type ConfirmedWrite<A, R> =
	| { status: 'preview'; preview: A; confirmationToken: string; expiresAt: string; result: null }
	| { status: 'done'; preview: A; confirmationToken: null; expiresAt: null; result: R };

/**
 * The whole flow of a writing tool in one call: without a token, a preview of `action` and a
 * token bound to it; with one, verify it against the action resolved now and perform `write`
 * once (token, audit entry and write in one transaction). Each tool only resolves its action,
 * writes its rows and words its summary.
 */
export async function confirmedWrite<A, R>(
	ctx: ToolContext,
	options: {
		tool: string;
		action: A;
		token: string | undefined;
		audit: { action: string; entity: string };
		write: (tx: Orm) => Promise<{ entityId: string; result: R }>;
	}
): Promise<ConfirmedWrite<A, R>> {
	const { tool, action, token } = options;
	if (!token) {
		const issued = issueToken(tool, action, ctx, nowOf(ctx).getTime());
		return {
			status: 'preview',
			preview: action,
			confirmationToken: issued.token,
			expiresAt: issued.expiresAt,
			result: null
		};
	}
	const { confirmationKey } = verifyToken(token, tool, action, ctx, nowOf(ctx).getTime());
	const result = await performOnce(
		ctx,
		tool,
		confirmationKey,
		{ ...options.audit, payload: action },
		options.write
	);
	return { status: 'done', preview: action, confirmationToken: null, expiresAt: null, result };
}
