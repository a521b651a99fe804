/**
 * complete_follow_up's preview step: the checks (follow-up in the user's scope — another rep's
 * answers like a missing one —, still pending, occurrence not in the future) resolved into the
 * action the confirmation token binds, with the sequence's next step (`next-attempt.ts`), and
 * its pt-BR wording.
 */
import { formatDate } from '#lib/format.ts';
import { CHANNEL_LABEL, PURPOSE_LABEL } from '#lib/labels.ts';
import { todayInSaoPaulo } from '../../domain/calendar/iso-date.ts';
import { followUpToComplete } from '../../domain/follow-ups/complete-follow-up.ts';
import { nextAttemptAfter } from '../../domain/follow-ups/next-attempt.ts';
import { describeInstant, OUTCOME_LABEL } from '../../domain/interactions/record-interaction.ts';
import { resolveOccurredAt } from '../customers/occurred-at.ts';
import type { ToolContext } from '../tool-context.ts';
import { ToolError } from '../tool-error.ts';
import type { CompleteFollowUpInput } from './complete-follow-up.ts';
import type { CompleteFollowUpAction as Action } from './complete-follow-up-output.ts';

export async function resolveAction(
	input: CompleteFollowUpInput,
	ctx: ToolContext
): Promise<Action> {
	const f = await followUpToComplete({ db: ctx.db, followUpId: input.followUpId });
	if (!f || (ctx.user.role === 'rep' && f.customerRepId !== ctx.user.id)) {
		if (ctx.user.role === 'rep')
			throw new ToolError(
				'not_in_portfolio',
				`O follow-up ${input.followUpId} não está na sua agenda. Use list_follow_ups para ver os seus.`
			);
		throw new ToolError(
			'not_found',
			`Não existe follow-up com id ${input.followUpId}. Use list_follow_ups para achar o id.`
		);
	}
	if (f.status !== 'pending')
		throw new ToolError(
			'conflict',
			f.status === 'done'
				? `O follow-up ${f.id} já foi concluído${f.completedOn ? ` em ${formatDate(f.completedOn)}` : ''}` +
						`${f.outcome ? ` (${OUTCOME_LABEL[f.outcome]})` : ''}: nada a fazer.`
				: `O follow-up ${f.id} foi cancelado: não dá para concluí-lo. Agende outro se precisar.`
		);
	const occurredAt = await resolveOccurredAt(ctx, input.occurredAt);
	const contactDate = occurredAt ? todayInSaoPaulo(new Date(occurredAt)) : ctx.asOf;
	const purpose = PURPOSE_LABEL[f.purpose] ?? f.purpose;
	return {
		followUpId: f.id,
		customerId: f.customerId,
		customerName: f.customerName,
		repId: ctx.user.id,
		contactId: f.contactId,
		contactName: f.contactName,
		opportunityId: f.opportunityId,
		purpose: f.purpose,
		channel: input.channel ?? f.channel,
		outcome: input.outcome,
		summary:
			input.summary ??
			`Follow-up ${purpose.toLowerCase()} (tentativa ${f.attempt}): ${OUTCOME_LABEL[input.outcome]}.`,
		notes: input.notes ?? null,
		occurredAt,
		attempt: f.attempt,
		attemptsInSequence: f.attempts,
		sequenceId: f.sequenceId,
		next: nextAttemptAfter({
			followUpId: f.id,
			outcome: input.outcome,
			attempts: f.attempts,
			contactDate,
			asOf: ctx.asOf,
			config: ctx.config
		})
	};
}

export function describe(a: Action): string {
	return (
		`Concluir o follow-up ${a.followUpId} de ${a.customerName}${a.contactName ? ` (${a.contactName})` : ''} ` +
		`como "${OUTCOME_LABEL[a.outcome]}", registrando um contato por ${CHANNEL_LABEL[a.channel]} ` +
		describeInstant(a.occurredAt)
	);
}
