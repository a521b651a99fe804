/**
 * Which pending follow-up a reschedule or a cancel is about: the one named by id, or — when
 * the person named a customer ("remarca o follow-up do Bom Preço pra sexta") — that customer's
 * only pending follow-up (of the purpose, when given). Several: the error lists them so the
 * caller can pick one by id. Scoped like every tool.
 */
import { z } from 'zod';
import { formatDate } from '#lib/format.ts';
import { PURPOSE_LABEL } from '#lib/labels.ts';
import type { FollowUpRecord } from '../../domain/follow-ups/follow-up-rows.ts';
import { pendingFollowUpsOf } from '../../domain/follow-ups/follow-up-rows.ts';
import { accessibleCustomer } from '../customer-access.ts';
import type { ToolContext } from '../tool-context.ts';
import { ToolError } from '../tool-error.ts';
import { pendingFollowUp } from './accessible-follow-up.ts';

export const TargetInput = {
	followUpId: z
		.number()
		.int()
		.positive()
		.optional()
		.describe('Id do follow-up (de list_follow_ups ou get_rep_queue)'),
	customerId: z
		.number()
		.int()
		.positive()
		.optional()
		.describe('Sem followUpId: o cliente cujo follow-up pendente é este (se houver só um)'),
	purpose: z
		.enum(['commercial', 'service', 'post_sale', 'reactivation'])
		.optional()
		.describe('Com customerId: o objetivo do follow-up, quando o cliente tem mais de um')
};

export async function targetFollowUp(
	ctx: ToolContext,
	input: { followUpId?: number; customerId?: number; purpose?: string }
): Promise<FollowUpRecord> {
	if (input.followUpId) {
		// Every id the input carries is checked: a customer named beside the follow-up must be
		// one the caller may see (else the same answer as a missing one) and its owner.
		const customer =
			input.customerId === undefined ? null : await accessibleCustomer(ctx, input.customerId);
		const followUp = await pendingFollowUp(ctx, input.followUpId);
		if (customer && followUp.customerId !== customer.id)
			throw new ToolError(
				'invalid_input',
				`O follow-up ${followUp.id} não é de ${customer.name}: confira o followUpId ou omita o customerId.`
			);
		return followUp;
	}
	if (!input.customerId)
		throw new ToolError(
			'invalid_input',
			'Diga qual follow-up: followUpId, ou customerId do cliente (use find_customers pelo nome).'
		);
	const customer = await accessibleCustomer(ctx, input.customerId);
	const pending = await pendingFollowUpsOf(ctx.db, customer.id, input.purpose);
	if (pending.length === 0)
		throw new ToolError(
			'not_found',
			`${customer.name} não tem follow-up pendente${input.purpose ? ` de ${PURPOSE_LABEL[input.purpose].toLowerCase()}` : ''}.`
		);
	if (pending.length > 1)
		throw new ToolError(
			'invalid_input',
			`${customer.name} tem ${pending.length} follow-ups pendentes: ` +
				pending
					.map(
						(p) => `${p.id} (${PURPOSE_LABEL[p.purpose].toLowerCase()}, ${formatDate(p.dueDate)})`
					)
					.join('; ') +
				'. Diga qual (followUpId).'
		);
	return pendingFollowUp(ctx, pending[0].id);
}
