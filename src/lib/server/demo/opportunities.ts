/**
 * Negotiations (SPEC "Stalled opportunity"): a closed history (won/lost) and at most one open
 * opportunity per customer, in every stage, planted stalled, fresh or plainly open (timing in
 * `deal-timing.ts`). A customer with a stalled deal has no other interaction since, so the
 * answer is the same whether the engine reads linked or all interactions.
 * `last_activity_at` is the latest linked interaction or stage change.
 */
import type { opportunities } from '#lib/server/db/schema.ts';
import {
	reachable,
	workMinute,
	type ActivityContext,
	type InteractionDraft
} from '#lib/server/demo/activity-context.ts';
import type { Topic } from '#lib/server/demo/note-templates.ts';
import { fill, writeNote } from '#lib/server/demo/note-writer.ts';
import {
	OPEN_CHANCE,
	openDealDates,
	pickOpenDeal,
	type OpenStage
} from '#lib/server/demo/deal-timing.ts';
import { opportunityTitle } from '#lib/server/demo/opportunity-titles.ts';

export type OpportunityRow = typeof opportunities.$inferInsert;

export interface OpportunityDraft {
	title: string;
	valueCents: number;
	stage: OpenStage | 'won' | 'lost';
	createdDay: number;
	stageChanged: { day: number; minute: number };
	lastActivity: { day: number; minute: number };
	expectedClose: number | null;
	agreedReturnDate: number | null;
	lostReason: string | null;
	kind: 'stalled' | 'fresh' | 'open' | 'closed';
}

const LOST_REASONS = [
	'preço',
	'prazo de entrega',
	'concorrente',
	'desistiu da compra',
	'sem orçamento'
];

export function draftOpportunities(ctx: ActivityContext): {
	opportunities: OpportunityDraft[];
	interactions: InteractionDraft[];
	/** Day from which the customer must have no other interaction (a stalled deal), or null. */
	quietFrom: number | null;
} {
	const { rng, frame, behaviour, customer } = ctx;
	const { calendar, asOfDay } = frame;
	const opportunities: OpportunityDraft[] = [];
	const interactions: InteractionDraft[] = [];
	const link = (
		index: number,
		day: number,
		minute: number,
		topic: Topic,
		outcome: InteractionDraft['outcome']
	) => {
		const { contact, channel } = reachable(ctx);
		const note = writeNote(rng, topic, {
			contactFirstName: contact?.firstName ?? 'cliente',
			products: ctx.products,
			ticketCents: ctx.ticketCents,
			day
		});
		interactions.push({
			day,
			minute,
			contact,
			repId: customer.rep.id,
			opportunity: index,
			channel,
			direction: topic === 'quote_request' ? 'inbound' : 'outbound',
			topic,
			...note,
			outcome,
			createdBy: 'person'
		});
	};
	const value = () => Math.round((ctx.ticketCents * rng.real(1.5, 10)) / 10_000) * 10_000;

	const closedCount =
		behaviour.kind === 'new'
			? 0
			: behaviour.kind === 'prospect' || behaviour.kind === 'long_inactive'
				? rng.int(0, 1)
				: rng.weighted([
						[0, 35],
						[1, 35],
						[2, 20],
						[3, 10]
					]);
	for (let i = 0; i < closedCount; i++) {
		const latest = asOfDay - 100;
		if (ctx.since + 10 >= latest) break;
		const created = calendar.onOrAfter(rng.int(ctx.since + 10, latest));
		const close = calendar.shift(created, rng.int(5, 30));
		const won = behaviour.kind !== 'prospect' && rng.chance(0.6);
		const index = opportunities.length;
		const at = { day: close, minute: workMinute(rng) };
		opportunities.push({
			title: fill(rng, opportunityTitle(rng, customer.segment, created), {
				contactFirstName: '',
				products: ctx.products,
				ticketCents: ctx.ticketCents,
				day: created
			}),
			valueCents: value(),
			stage: won ? 'won' : 'lost',
			createdDay: created,
			stageChanged: at,
			lastActivity: at,
			expectedClose: calendar.shift(created, rng.int(10, 40)),
			agreedReturnDate: null,
			lostReason: won ? null : rng.pick(LOST_REASONS),
			kind: 'closed'
		});
		link(index, created, workMinute(rng), 'quote_request', 'answered');
		if (rng.chance(0.5))
			link(
				index,
				calendar.shift(created, 2),
				workMinute(rng),
				rng.pick<Topic>(['price_complaint', 'competitor_offer', 'promise_to_return']),
				'answered'
			);
		if (won) link(index, close, at.minute, 'order_placed', 'order_placed');
		else
			link(
				index,
				close,
				at.minute,
				rng.pick<Topic>(['competitor_offer', 'price_complaint']),
				'lost'
			);
	}

	let quietFrom: number | null = null;
	if (rng.chance(OPEN_CHANCE[behaviour.kind])) {
		const { stage, kind } = pickOpenDeal(rng, behaviour.kind);
		const { last, agreedReturnDate } = openDealDates(rng, calendar, asOfDay, stage, kind);
		const created = Math.min(last, Math.max(ctx.since, calendar.shift(last, -rng.int(3, 25))));
		const lastMinute = last === asOfDay ? workMinute(rng, 8 * 60, 11 * 60) : workMinute(rng);
		const stageChangedDay =
			rng.chance(0.5) || created >= last
				? last
				: Math.min(last, calendar.onOrAfter(rng.int(created, last - 1)));
		const index = opportunities.length;
		opportunities.push({
			title: fill(rng, opportunityTitle(rng, customer.segment, created), {
				contactFirstName: '',
				products: ctx.products,
				ticketCents: ctx.ticketCents,
				day: created
			}),
			valueCents: value(),
			stage,
			createdDay: created,
			stageChanged: {
				day: stageChangedDay,
				minute: stageChangedDay === last ? lastMinute : workMinute(rng)
			},
			lastActivity: { day: last, minute: lastMinute },
			expectedClose:
				kind === 'stalled' && rng.chance(0.3) ? asOfDay - rng.int(1, 20) : asOfDay + rng.int(5, 45),
			agreedReturnDate,
			lostReason: null,
			kind
		});
		if (created < last) link(index, created, workMinute(rng), 'quote_request', 'answered');
		link(
			index,
			last,
			lastMinute,
			rng.pick<Topic>(
				stage === 'negotiation'
					? ['price_complaint', 'competitor_offer', 'promise_to_return']
					: ['promise_to_return', 'quote_request', 'routine']
			),
			stage === 'evaluation' ? 'rescheduled' : 'answered'
		);
		if (kind === 'stalled') quietFrom = last + 1;
	}
	return { opportunities, interactions, quietFrom };
}

export function opportunityRow(
	draft: OpportunityDraft,
	id: number,
	customerId: number,
	repId: number,
	iso: (day: number) => string,
	at: (day: number, minute: number) => Date
): OpportunityRow {
	return {
		id,
		customerId,
		repId,
		title: draft.title,
		valueCents: draft.valueCents,
		stage: draft.stage,
		stageChangedAt: at(draft.stageChanged.day, draft.stageChanged.minute),
		lastActivityAt: at(draft.lastActivity.day, draft.lastActivity.minute),
		expectedClose: draft.expectedClose === null ? null : iso(draft.expectedClose),
		agreedReturnDate: draft.agreedReturnDate === null ? null : iso(draft.agreedReturnDate),
		lostReason: draft.lostReason,
		createdAt: at(draft.createdDay, 8 * 60)
	};
}
