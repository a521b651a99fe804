/**
 * Everything about one demo customer, appended to the current batch: identity, contacts, the
 * proven order history (`customer-history.ts`) with its items, negotiations, interactions and
 * follow-ups, plus its share of the truth. Each concern draws from its own sub-seed
 * (`<seed>:customer:<i>:identity|history|activity`), so one customer's data does not depend on
 * how many random numbers another one used.
 */
import type { ActivityContext, InteractionDraft } from '#lib/server/demo/activity-context.ts';
import type { PortfolioPlan } from '#lib/server/demo/behaviour-plan.ts';
import { demoContacts } from '#lib/server/demo/contacts.ts';
import {
	customerIdentity,
	customerRow,
	type NameRegistry
} from '#lib/server/demo/customer-identity.ts';
import { generateHistory } from '#lib/server/demo/customer-history.ts';
import { fromDay, instantAt } from '#lib/server/demo/day-numbers.ts';
import type { DemoRows, IdCounters } from '#lib/server/demo/demo-rows.ts';
import type { DemoTruth } from '#lib/server/demo/demo-truth.ts';
import { draftFollowUps } from '#lib/server/demo/follow-ups.ts';
import { draftInteractions } from '#lib/server/demo/interactions.ts';
import { plainText } from '#lib/server/demo/names-pt-br.ts';
import { draftOpportunities, opportunityRow } from '#lib/server/demo/opportunities.ts';
import { SIMILAR_NAME_QUERIES } from '#lib/server/demo/planted-names.ts';
import type { PortfolioFrame } from '#lib/server/demo/portfolio-frame.ts';
import { createRandom } from '#lib/server/demo/random.ts';
import { recordHistoryTruth } from '#lib/server/demo/record-truth.ts';
import { managerOf } from '#lib/server/demo/team.ts';

export interface BundleInput {
	seed: string;
	index: number;
	frame: PortfolioFrame;
	plan: PortfolioPlan;
	names: NameRegistry;
	cnpjOffset: number;
	items: boolean;
}

const at = (day: number, minute: number) => instantAt(day, Math.floor(minute / 60), minute % 60);

export function appendCustomer(
	out: DemoRows,
	ids: IdCounters,
	truth: DemoTruth,
	input: BundleInput
): void {
	const { seed, index, frame, plan } = input;
	const { asOfDay, historyStart } = frame;
	const label = `${seed}:customer:${index}`;
	const id = index + 1;
	const identityRng = createRandom(`${label}:identity`);
	const identity = customerIdentity(
		identityRng,
		id,
		index,
		input.cnpjOffset,
		plan.plantedNames.get(index),
		input.names
	);
	const behaviour = plan.behaviours[index];
	const history = generateHistory(label, behaviour, identity.segment, frame);

	const first = history.timeline.days[0];
	const createdDay =
		first === undefined
			? asOfDay - identityRng.int(20, 300)
			: first < historyStart + history.timeline.rhythm
				? historyStart - identityRng.int(30, 1500)
				: first - identityRng.int(3, 30);
	out.customers.push(customerRow(identity, at(createdDay, 9 * 60)));
	const rng = createRandom(`${label}:activity`);
	const people = demoContacts(rng, identity, ids.contact, createdDay, asOfDay);
	ids.contact += people.rows.length;
	out.contacts.push(...people.rows);

	for (const order of history.orders) {
		const orderId = ids.order++;
		out.orders.push({
			id: orderId,
			erpId: `PV${String(orderId).padStart(8, '0')}`,
			customerId: id,
			orderDate: fromDay(order.day),
			totalCents: order.totalCents,
			volume: order.volume,
			status: order.status,
			createdAt: at(order.day, 18 * 60)
		});
		for (const item of order.items) {
			const itemId = ids.item++;
			if (!input.items) continue;
			out.orderItems.push({
				id: itemId,
				orderId,
				productId: item.product.id,
				sku: item.product.sku,
				productName: item.product.name,
				quantity: item.quantity,
				valueCents: item.valueCents
			});
		}
	}

	const invoiced = history.orders.filter((o) => o.status === 'invoiced');
	const purchaseDays = [...new Set(invoiced.map((o) => o.day))];
	const ctx: ActivityContext = {
		rng,
		frame,
		behaviour,
		customer: identity,
		contacts: people.people,
		manager: managerOf(identity.rep),
		products: history.basket?.products ?? [],
		ticketCents:
			history.orders.length > 0
				? Math.round(history.orders.reduce((s, o) => s + o.totalCents, 0) / history.orders.length)
				: 500_000,
		purchaseDays,
		since: Math.max(historyStart, createdDay)
	};
	const deals = draftOpportunities(ctx);
	const touches = draftInteractions(ctx, deals.quietFrom, plan.injections.get(index));
	const followUps = draftFollowUps(ctx, deals.opportunities);

	const opportunityIds = deals.opportunities.map((deal) => {
		const opportunityId = ids.opportunity++;
		out.opportunities.push(opportunityRow(deal, opportunityId, id, identity.rep.id, fromDay, at));
		if (deal.kind === 'stalled') truth.stalledOpportunityIds.push(opportunityId);
		if (deal.kind === 'fresh') truth.freshOpportunityIds.push(opportunityId);
		return opportunityId;
	});

	const drafts: InteractionDraft[] = [...deals.interactions, ...touches].sort(
		(a, b) => a.day - b.day || a.minute - b.minute
	);
	for (const draft of drafts) {
		const interactionId = ids.interaction++;
		const occurredAt = at(draft.day, draft.minute);
		out.interactions.push({
			id: interactionId,
			customerId: id,
			contactId: draft.contact?.id ?? null,
			repId: draft.repId,
			opportunityId: draft.opportunity === null ? null : opportunityIds[draft.opportunity],
			channel: draft.channel,
			direction: draft.direction,
			occurredAt,
			summary: draft.summary,
			notes: draft.notes,
			outcome: draft.outcome,
			createdBy: draft.createdBy,
			createdAt: occurredAt
		});
		if (draft.topic === 'prompt_injection') truth.injectionInteractionIds.push(interactionId);
		else truth.interactionTopics[draft.topic].push(interactionId);
	}

	const sequenceIds = new Map<number, number>();
	for (const draft of followUps) {
		const followUpId = ids.followUp++;
		if (!sequenceIds.has(draft.sequence)) sequenceIds.set(draft.sequence, followUpId);
		out.followUps.push({
			id: followUpId,
			customerId: id,
			opportunityId: draft.opportunity === null ? null : opportunityIds[draft.opportunity],
			contactId: draft.contact?.id ?? null,
			repId: identity.rep.id,
			dueDate: fromDay(draft.dueDay),
			channel: draft.channel,
			purpose: draft.purpose,
			status: draft.status,
			sequenceId: sequenceIds.get(draft.sequence),
			attempt: draft.attempt,
			note: draft.note,
			outcome: draft.outcome,
			completedAt: draft.completed ? at(draft.completed.day, draft.completed.minute) : null,
			createdBy: draft.createdBy,
			createdByUserId: identity.rep.id,
			createdAt: at(draft.createdDay, 8 * 60 + 30)
		});
		if (draft.kind === 'overdue') truth.overdueFollowUpIds.push(followUpId);
		if (draft.kind === 'today') truth.dueTodayFollowUpIds.push(followUpId);
	}

	const names = plainText(`${identity.legalName} ${identity.tradeName}`);
	SIMILAR_NAME_QUERIES.forEach((query, q) => {
		if (names.includes(query)) truth.similarNames[q].customerIds.push(id);
	});
	recordHistoryTruth(
		truth,
		{ customerId: id, erpCode: identity.erpCode },
		behaviour,
		history,
		frame
	);
}
