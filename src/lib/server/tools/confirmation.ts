/**
 * Safe writes for every door. A writing tool called without a token answers with a preview of
 * exactly what it would do and a confirmation token: an HMAC over (tool, user, the resolved
 * action, expiry). Called again with the token, it verifies the token against the action it
 * resolves *now* — a token cannot confirm a different payload — and performs it inside one
 * transaction that also records the token's hash in `tool_confirmations` and the write in the
 * audit log. The primary key on the hash makes a token perform once, even under a concurrent
 * double submit: the second insert waits for the first transaction and then conflicts.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Orm } from '../db/client.ts';
import { auditLog, toolConfirmations } from '../db/schema.ts';
import { nowOf, type ToolContext } from './tool-context.ts';
import { ToolError } from './tool-error.ts';

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

export function issueToken(
	tool: string,
	action: unknown,
	ctx: ToolContext,
	now = Date.now()
): { token: string; expiresAt: string } {
	const expires = now + TOKEN_TTL_MS;
	const body = Buffer.from(
		JSON.stringify({ t: tool, u: ctx.user.id, h: sha256(canonicalJson(action)), e: expires })
	).toString('base64url');
	return { token: `${body}.${sign(body, ctx.secret)}`, expiresAt: new Date(expires).toISOString() };
}

export function verifyToken(
	token: string,
	tool: string,
	action: unknown,
	ctx: ToolContext,
	now = Date.now()
): void {
	const [body, signature] = token.split('.');
	const expected = body ? sign(body, ctx.secret) : '';
	if (
		!body ||
		!signature ||
		signature.length !== expected.length ||
		!timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
	)
		throw new ToolError(
			'confirmation',
			'Token de confirmação inválido: peça uma nova prévia (chame sem confirmationToken).'
		);
	// The signature matched, so the body is ours and parses.
	const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as {
		t: string;
		u: number;
		h: string;
		e: number;
	};
	if (claims.t !== tool || claims.u !== ctx.user.id)
		throw new ToolError(
			'confirmation',
			'Este token de confirmação é de outra ação ou de outro usuário.'
		);
	if (claims.e < now)
		throw new ToolError(
			'confirmation',
			'O token de confirmação expirou: peça uma nova prévia (chame sem confirmationToken).'
		);
	if (claims.h !== sha256(canonicalJson(action)))
		throw new ToolError(
			'confirmation',
			'O token não corresponde a este pedido: os dados mudaram desde a prévia. Peça uma nova prévia com os dados certos.'
		);
}

/**
 * Performs a confirmed write once: records the token, the audit entry and the write in one
 * transaction. A token already used is refused and nothing is written again.
 */
export async function performOnce<R>(
	ctx: ToolContext,
	tool: string,
	token: string,
	audit: { action: string; entity: string; payload: unknown },
	write: (tx: Orm) => Promise<{ entityId: string; result: R }>
): Promise<R> {
	const tokenHash = sha256(token);
	return ctx.db.orm.transaction(async (tx) => {
		const claimed = await tx
			.insert(toolConfirmations)
			.values({ tokenHash, tool, userId: ctx.user.id })
			.onConflictDoNothing()
			.returning({ tokenHash: toolConfirmations.tokenHash });
		if (claimed.length === 0)
			throw new ToolError(
				'confirmation',
				'Este token de confirmação já foi usado: a ação já foi realizada e não será repetida.'
			);
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
	verifyToken(token, tool, action, ctx, nowOf(ctx).getTime());
	const result = await performOnce(
		ctx,
		tool,
		token,
		{ ...options.audit, payload: action },
		options.write
	);
	return { status: 'done', preview: action, confirmationToken: null, expiresAt: null, result };
}
