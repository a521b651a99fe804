/**
 * The rep queue's items as the tools report them (get_rep_queue): one flat row per item with
 * its owner's name, the suggested channel and the figures of its kind — a follow-up's due date
 * and attempt, a customer's state, usual monthly revenue (cents and R$) and risk score, a
 * stalled deal's value and idle business days. Figures rounded as reported; none computed here.
 */
import { formatMoney } from '#lib/format.ts';
import type { RepQueue } from './rep-queue.ts';

type Item = RepQueue['items'][number];

/** One queue item as a report row; `owners`: the names of the reps who own the rows. */
export function queueRow(item: Item, owners: ReadonlyMap<number, string>) {
	const ownerRepId = item.figures.repId;
	const base = {
		position: item.position,
		group: item.group,
		kind: item.kind,
		customerId: item.customerId,
		customerName: item.customerName,
		ownerRepId,
		ownerRepName: ownerRepId === null ? null : (owners.get(ownerRepId) ?? null),
		reason: item.reason,
		channel: item.suggestedChannel.channel,
		channelWhy: item.suggestedChannel.why,
		contactId: item.suggestedChannel.contactId,
		contactName: item.suggestedChannel.contactName
	};
	if (item.kind === 'follow_up')
		return {
			...base,
			followUpId: item.figures.followUpId,
			dueDate: item.figures.dueDate,
			overdueDays: item.figures.overdueDays,
			attempt: item.figures.attempt,
			opportunityId: item.figures.opportunityId,
			opportunityTitle: item.figures.opportunityTitle
		};
	if (item.kind === 'customer')
		return {
			...base,
			state: item.figures.state,
			declining: item.figures.declining,
			overdueDays:
				item.figures.overdueDays === null
					? undefined
					: Math.round(item.figures.overdueDays * 10) / 10,
			usualMonthlyCents: item.figures.usualMonthlyCents,
			usualMonthly:
				item.figures.usualMonthlyCents === null
					? null
					: formatMoney(item.figures.usualMonthlyCents),
			riskScore:
				item.figures.riskScore === null ? null : Math.round(item.figures.riskScore * 1000) / 1000
		};
	return {
		...base,
		opportunityId: item.figures.opportunityId,
		opportunityTitle: item.figures.title,
		valueCents: item.figures.valueCents,
		value: formatMoney(item.figures.valueCents),
		businessDaysIdle: item.figures.businessDaysIdle
	};
}
