/**
 * No duplicates (issue #15, item 4): a customer has at most one pending follow-up per purpose,
 * unless the person explicitly asks for another (`allowDuplicate`). The refusal names the
 * existing one's date and id, so the caller can reschedule it instead.
 */
import { formatDate } from '#lib/format.ts';
import { PURPOSE_LABEL } from '#lib/labels.ts';
import { pendingFollowUpFor } from '../../domain/follow-ups/follow-up-rows.ts';
import type { ToolContext } from '../tool-context.ts';
import { ToolError } from '../tool-error.ts';

export async function refuseDuplicate(
	ctx: ToolContext,
	customer: { id: number; name: string },
	purpose: string
): Promise<void> {
	const existing = await pendingFollowUpFor(ctx.db, customer.id, purpose);
	if (!existing) return;
	throw new ToolError(
		'conflict',
		`${customer.name} já tem um follow-up de ${(PURPOSE_LABEL[purpose] ?? purpose).toLowerCase()} pendente ` +
			`para ${formatDate(existing.dueDate)} (follow-up ${existing.id}). Para mudar a data use ` +
			`reschedule_follow_up; para agendar outro mesmo assim, peça explicitamente (allowDuplicate: true).`
	);
}
