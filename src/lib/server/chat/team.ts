/**
 * The team a manager talks about: the active reps and their ids, listed in the system prompt
 * ("Ana Souza (repId 1), Bruno Carvalho (repId 2)…") so a model — the offline one included —
 * turns "a fila da Ana" or "agenda do Bruno" into `repId` without a tool for it. Decision: a
 * read-only line in the prompt rather than a new tool (no new door to test, one small query
 * per turn); a rep gets none, since every tool shows a rep only their own portfolio anyway.
 */
import { sql } from 'drizzle-orm';
import type { ToolContext } from '../tools/tool-context.ts';

export interface TeamMember {
	id: number;
	name: string;
}

export async function teamOf(ctx: ToolContext): Promise<TeamMember[]> {
	if (ctx.user.role !== 'manager') return [];
	return ctx.db.rows<TeamMember>(
		sql`select id, name from users where role = 'rep' and active order by name, id`
	);
}

/** The {{team}} line of the system prompt. */
export function teamLine(ctx: ToolContext, team: readonly TeamMember[]): string {
	if (ctx.user.role !== 'manager') return 'só a sua própria carteira (não use repId).';
	if (!team.length) return 'nenhum vendedor cadastrado.';
	return `${team.map((r) => `${r.name} (repId ${r.id})`).join(', ')}.`;
}
