/**
 * Single-use chat approvals (issue #13, finding 3). When the chat asks a person to approve a
 * write, the request is recorded here — user, conversation, tool call, tool, hash of the exact
 * input, expiry. The write that the approval allows consumes the record inside the write's own
 * transaction (`consumeApproval`); a replay of the same approved message — later, concurrently,
 * or pasted into another conversation — finds no unconsumed record bound to it and writes
 * nothing.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Orm } from '../db/client.ts';
import { chatApprovals } from '../db/schema.ts';

export const APPROVAL_TTL_MS = 30 * 60 * 1000;

/** The approval a confirming call carries (ToolContext.approval). */
export interface ChatApproval {
	approvalId: string;
	conversationId: string | null;
	toolCallId: string;
	tool: string;
	input: unknown;
}

/** Stable JSON: keys sorted, undefined dropped (same as the confirmation tokens'). */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([k, v]) => v !== undefined && k !== 'confirmationToken')
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
	}
	return JSON.stringify(value);
}

export const payloadHash = (input: unknown) =>
	createHash('sha256').update(canonical(input)).digest('hex');

/** Records approval requests the chat just showed (idempotent on the approval id). */
export async function recordApprovalRequests(
	orm: Orm,
	userId: number,
	requests: readonly Omit<ChatApproval, never>[],
	now = Date.now()
): Promise<void> {
	if (requests.length === 0) return;
	await orm
		.insert(chatApprovals)
		.values(
			requests.map((r) => ({
				approvalId: r.approvalId,
				userId,
				conversationId: r.conversationId,
				toolCallId: r.toolCallId,
				tool: r.tool,
				payloadHash: payloadHash(r.input),
				expiresAt: new Date(now + APPROVAL_TTL_MS)
			}))
		)
		.onConflictDoNothing();
}

export class ApprovalRefused extends Error {
	constructor() {
		super(
			'Esta aprovação já foi usada ou não vale aqui (outra conversa, outro pedido ou expirada): nada foi gravado. Peça a ação de novo para aprovar outra vez.'
		);
		this.name = 'ApprovalRefused';
	}
}

/**
 * Consumes the approval inside the caller's transaction: exactly one unconsumed, unexpired
 * record bound to this user, conversation, tool call, tool and input. Throws ApprovalRefused
 * otherwise (the transaction then rolls back and nothing is written).
 */
export async function consumeApproval(
	tx: Orm,
	userId: number,
	approval: ChatApproval
): Promise<void> {
	const consumed = await tx
		.update(chatApprovals)
		.set({ consumedAt: sql`now()` })
		.where(
			sql`${chatApprovals.approvalId} = ${approval.approvalId}
				and ${chatApprovals.userId} = ${userId}
				and ${chatApprovals.conversationId} is not distinct from ${approval.conversationId}
				and ${chatApprovals.toolCallId} = ${approval.toolCallId}
				and ${chatApprovals.tool} = ${approval.tool}
				and ${chatApprovals.payloadHash} = ${payloadHash(approval.input)}
				and ${chatApprovals.consumedAt} is null
				and ${chatApprovals.expiresAt} > now()`
		)
		.returning({ approvalId: chatApprovals.approvalId });
	if (consumed.length !== 1) throw new ApprovalRefused();
}
