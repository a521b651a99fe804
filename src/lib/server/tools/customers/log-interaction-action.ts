/**
 * log_interaction's preview step: the checks (customer in scope, contact of this customer,
 * deal of this customer, occurrence not in the future, the answered follow-up) resolved into
 * the action the confirmation token binds, and its pt-BR wording.
 */
import { CHANNEL_LABEL } from '#lib/labels.ts';
import { todayInSaoPaulo } from '../../domain/calendar/iso-date.ts';
import * as record from '../../domain/interactions/record-interaction.ts';
import { accessibleCustomer, customerOpportunity } from '../customer-access.ts';
import * as answered from '../follow-ups/answered-follow-up.ts';
import type { ToolContext } from '../tool-context.ts';
import { ToolError } from '../tool-error.ts';
import type { LogInteractionInput } from './log-interaction.ts';
import type { LogInteractionAction as Action } from './log-interaction-output.ts';
import { resolveOccurredAt } from './occurred-at.ts';

export async function resolveAction(input: LogInteractionInput, ctx: ToolContext): Promise<Action> {
	const customer = await accessibleCustomer(ctx, input.customerId);
	let contact: { id: number; name: string; consent: boolean } | undefined;
	if (input.contactId) {
		contact = await record.customerContact({
			db: ctx.db,
			customerId: customer.id,
			contactId: input.contactId
		});
		if (!contact)
			throw new ToolError(
				'not_found',
				`contactId: o contato ${input.contactId} não é deste cliente.`
			);
	}
	const opportunity = input.opportunityId
		? await customerOpportunity(ctx, customer.id, input.opportunityId)
		: null;
	const warning = record.whatsappConsentWarning({ ...input, contact });
	const occurredAt = await resolveOccurredAt(ctx, input.occurredAt);
	const followUp = await answered.resolveAnsweredFollowUp(
		ctx,
		input,
		occurredAt ? todayInSaoPaulo(new Date(occurredAt)) : ctx.asOf
	);
	return {
		customerId: customer.id,
		customerName: customer.name,
		repId: ctx.user.id,
		contactId: contact?.id ?? null,
		contactName: contact?.name ?? null,
		opportunityId: opportunity?.id ?? null,
		opportunityTitle: opportunity?.title ?? null,
		channel: input.channel,
		direction: input.direction,
		occurredAt,
		summary: input.summary,
		notes: input.notes ?? null,
		outcome: (followUp?.outcome as Action['outcome']) ?? input.outcome ?? null,
		followUp,
		warnings: warning ? [warning] : []
	};
}

export function describe(a: Action): string {
	return (
		`${a.direction === 'inbound' ? 'Contato recebido' : 'Contato feito'} por ${CHANNEL_LABEL[a.channel]} ` +
		`com ${a.customerName}${a.contactName ? ` (${a.contactName})` : ''} ${record.describeInstant(a.occurredAt)}` +
		`${a.outcome ? `, resultado: ${record.OUTCOME_LABEL[a.outcome]}` : ''}: "${a.summary}"` +
		`${a.opportunityTitle ? `; atualiza a negociação "${a.opportunityTitle}"` : ''}` +
		answered.describeAnswered(a.followUp)
	);
}
