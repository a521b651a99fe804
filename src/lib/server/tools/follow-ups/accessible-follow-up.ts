/**
 * Loads a follow-up the acting user may act on, still pending. A rep naming a follow-up of
 * another rep's customer gets the same answer as for one that does not exist; a follow-up
 * already done or cancelled is a conflict that says when and how it ended.
 */
import { formatDate } from '#lib/format.ts';
import { FOLLOW_UP_OUTCOME_LABEL } from '#lib/labels.ts';
import { loadFollowUp, type FollowUpRecord } from '../../domain/follow-ups/follow-up-rows.ts';
import type { ToolContext } from '../tool-context.ts';
import { ToolError } from '../tool-error.ts';

export async function accessibleFollowUp(
	ctx: ToolContext,
	id: number,
	field = 'followUpId'
): Promise<FollowUpRecord> {
	const f = await loadFollowUp(ctx.db, id);
	if (!f || (ctx.user.role === 'rep' && f.customerRepId !== ctx.user.id)) {
		if (ctx.user.role === 'rep')
			throw new ToolError(
				'not_in_portfolio',
				`${field}: o follow-up ${id} não está na sua agenda. Use list_follow_ups para ver os seus.`
			);
		throw new ToolError(
			'not_found',
			`${field}: não existe follow-up com id ${id}. Use list_follow_ups para achar o id.`
		);
	}
	return f;
}

/** The same, refusing a follow-up that is no longer pending. */
export async function pendingFollowUp(
	ctx: ToolContext,
	id: number,
	field = 'followUpId'
): Promise<FollowUpRecord> {
	const f = await accessibleFollowUp(ctx, id, field);
	if (f.status === 'done')
		throw new ToolError(
			'conflict',
			`O follow-up ${f.id} já foi concluído${f.completedOn ? ` em ${formatDate(f.completedOn)}` : ''}` +
				`${f.outcome ? ` (${FOLLOW_UP_OUTCOME_LABEL[f.outcome].toLowerCase()})` : ''}: nada a fazer.`
		);
	if (f.status === 'cancelled')
		throw new ToolError(
			'conflict',
			`O follow-up ${f.id} foi cancelado: nada a fazer. Agende outro se precisar.`
		);
	return f;
}
