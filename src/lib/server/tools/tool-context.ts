/**
 * What every tool call carries: the database, who is acting (and so what they may see), the
 * date the figures are computed at, the engine configuration, and the door the call came
 * through (recorded in the audit log of every write).
 */
import type { ChatApproval } from '../domain/chat-approvals.ts';
import type { GiroDatabase } from '../db/client.ts';
import { localEmbedder, type Embedder } from '../domain/interaction-search/embedder.ts';
import type { DraftWriter } from '../domain/follow-ups/drafts/model-draft.ts';
import type { EngineConfig } from '../domain/portfolio/engine-config.ts';
import type { Region } from '../domain/portfolio/regions.ts';
import { scopeFor as viewerScope, type PortfolioScope } from '../domain/portfolio/scope.ts';

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
	/**
	 * The instant of the call (confirmation tokens' expiry, "now" of a write). Every door passes
	 * its clock; absent (tests that only fix `asOf`): the system clock, read in `nowOf` only.
	 */
	now?: () => Date;
	/**
	 * Embedder of the interaction search: the doors pass the configured one
	 * (embeddings/app-embedder.ts); absent: the local one (no network, no configuration).
	 */
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

/** The call's instant: the door's clock, or the system clock when the caller gave none. */
export function nowOf(ctx: ToolContext): Date {
	return ctx.now ? ctx.now() : new Date(Date.now());
}

/** The call's embedder: the one the door configured, else the local one. */
export function embedderOf(ctx: ToolContext): Embedder {
	return ctx.embedder ?? localEmbedder;
}

/** The scope a call may see: the one scope rule (domain/portfolio/scope.ts) for the acting user. */
export function scopeFor(
	ctx: ToolContext,
	requested: { repId?: number; segment?: string; uf?: string; region?: Region } = {}
): PortfolioScope {
	return viewerScope(ctx.user, requested);
}
