/**
 * What every tool call carries: the database, who is acting (and so what they may see), the
 * date the figures are computed at, the engine configuration, and the door the call came
 * through (recorded in the audit log of every write).
 */
import type { ChatApproval } from '../domain/chat-approvals.ts';
import type { GiroDatabase } from '../db/client.ts';
import type { Embedder } from '../domain/interaction-search/embedder.ts';
import type { DraftWriter } from '../domain/follow-ups/drafts/model-draft.ts';
import type { EngineConfig } from '../domain/portfolio/engine-config.ts';
import { canonicalSegment, REGION_UFS, type Region } from '../domain/portfolio/regions.ts';
import type { PortfolioScope } from '../domain/portfolio/scope.ts';

export type Door = 'chat' | 'mcp' | 'cli' | 'web' | 'eval';

export interface ActingUser {
	id: number;
	name: string;
	role: 'rep' | 'manager';
}

export interface ToolContext {
	db: GiroDatabase;
	user: ActingUser;
	/** Business date of every figure, 'YYYY-MM-DD' in America/Sao_Paulo. */
	asOf: string;
	config: EngineConfig;
	door: Door;
	/** Secret that signs confirmation tokens of writing tools. */
	secret: string;
	/** Embedder of the interaction search; absent: the configured one (embeddings/app-embedder.ts). */
	embedder?: Embedder;
	/**
	 * Writes follow-up drafts with the configured language model (draft_follow_up); absent with
	 * the offline model, in MCP and in tests: the pt-BR templates write them.
	 */
	draftWriter?: DraftWriter;
	/**
	 * The chat approval a confirming call carries: consumed in the write's transaction, so one
	 * approval writes once (domain/chat-approvals.ts).
	 */
	approval?: ChatApproval;
}

/**
 * The scope a call may see: a rep only their own customers (whatever they asked for), a
 * manager everything, optionally narrowed by the filters they passed.
 */
export function scopeFor(
	ctx: ToolContext,
	requested: { repId?: number; segment?: string; uf?: string; region?: Region } = {}
): PortfolioScope {
	const scope: PortfolioScope = {};
	if (requested.segment) scope.segment = canonicalSegment(requested.segment);
	if (requested.uf) scope.uf = requested.uf.toUpperCase();
	if (requested.region) scope.ufs = [...REGION_UFS[requested.region]];
	if (ctx.user.role === 'rep') scope.repId = ctx.user.id;
	else if (requested.repId !== undefined) scope.repId = requested.repId;
	return scope;
}
