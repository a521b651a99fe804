/**
 * The contact history of one customer: touches every few weeks while it buys (visits, calls,
 * e-mails, WhatsApp, meetings), the conversation around some orders, complaints and price
 * talk that thicken when a customer declines or stops, reactivation attempts for the lost
 * ones, prospecting for prospects, and the planted prompt-injection notes. Topics are drawn by
 * weight so every topic of `note-templates.ts` shows up with several paraphrases.
 */
import {
	reachable,
	workMinute,
	type ActivityContext,
	type InteractionDraft,
	type Outcome
} from '#lib/server/demo/activity-context.ts';
import { INJECTION_NOTES, type Topic } from '#lib/server/demo/note-templates.ts';
import { fill, writeNote } from '#lib/server/demo/note-writer.ts';

const NORMAL: readonly (readonly [Topic, number])[] = [
	['routine', 30],
	['quote_request', 12],
	['promise_to_return', 8],
	['positive_feedback', 8],
	['delivery_delay', 7],
	['payment_credit', 7],
	['price_complaint', 6],
	['competitor_offer', 4],
	['quality_problem', 4],
	['stock_out', 4],
	['new_buyer', 2]
];

const TROUBLED: readonly (readonly [Topic, number])[] = [
	['price_complaint', 25],
	['competitor_offer', 25],
	['delivery_delay', 12],
	['quality_problem', 10],
	['stock_out', 8],
	['promise_to_return', 10],
	['routine', 10]
];

const INBOUND: ReadonlySet<Topic> = new Set([
	'delivery_delay',
	'quality_problem',
	'quote_request',
	'stock_out'
]);

function outcomeOf(topic: Topic): Outcome {
	if (topic === 'order_placed') return 'order_placed';
	if (topic === 'promise_to_return') return 'rescheduled';
	if (topic === 'no_answer') return 'no_answer';
	return 'answered';
}

export function draftInteractions(
	ctx: ActivityContext,
	quietFrom: number | null,
	injection: number | undefined
): InteractionDraft[] {
	const { rng, frame, behaviour, customer, manager, purchaseDays } = ctx;
	const { calendar, asOfDay } = frame;
	const end = Math.min(asOfDay, (quietFrom ?? Infinity) - 1);
	const out: InteractionDraft[] = [];
	const add = (day: number, topic: Topic, troubled = false) => {
		day = calendar.onOrBefore(day);
		if (day > end || day < ctx.since - 30) return;
		const visit = topic === 'routine' && rng.chance(0.3);
		const { contact, channel } = reachable(ctx, visit ? 'visit' : undefined);
		const unanswered =
			topic !== 'order_placed' &&
			(channel === 'phone' || channel === 'whatsapp') &&
			rng.chance(troubled ? 0.35 : 0.12);
		const finalTopic: Topic = unanswered ? 'no_answer' : topic;
		const note = writeNote(rng, finalTopic, {
			contactFirstName: contact?.firstName ?? 'cliente',
			products: ctx.products,
			ticketCents: ctx.ticketCents,
			day
		});
		out.push({
			day,
			minute: day === asOfDay ? workMinute(rng, 8 * 60, 11 * 60) : workMinute(rng),
			contact,
			repId: channel === 'meeting' && rng.chance(0.3) ? manager.id : customer.rep.id,
			opportunity: null,
			channel,
			direction: INBOUND.has(finalTopic) && rng.chance(0.7) ? 'inbound' : 'outbound',
			topic: finalTopic,
			...note,
			outcome: outcomeOf(finalTopic),
			createdBy: rng.chance(0.1) ? 'import' : 'person'
		});
	};

	for (const day of purchaseDays) if (rng.chance(0.25)) add(day - rng.int(0, 1), 'order_placed');

	const lastPurchase = purchaseDays[purchaseDays.length - 1] ?? ctx.since;
	const decline = behaviour.kind === 'decliner' ? asOfDay - 200 : Infinity;
	let touchesUntil = asOfDay;
	if (behaviour.kind === 'long_inactive') touchesUntil = lastPurchase + 60;
	if (behaviour.kind === 'reactivation') touchesUntil = asOfDay;
	for (let day = ctx.since + rng.int(5, 30); day <= touchesUntil; day += rng.int(28, 50)) {
		const afterStop = behaviour.kind === 'stopper' && day > lastPurchase;
		const troubled = afterStop || day >= decline;
		add(day, rng.weighted(troubled ? TROUBLED : NORMAL), troubled);
	}
	if (behaviour.kind === 'long_inactive' || behaviour.kind === 'stopper') {
		if (lastPurchase + 20 < asOfDay) {
			for (let i = rng.int(1, 3); i > 0; i--)
				add(rng.int(lastPurchase + 20, asOfDay), 'no_answer', true);
		}
	}
	if (behaviour.kind === 'prospect') {
		for (let i = rng.int(2, 6); i > 0; i--)
			add(
				rng.int(Math.min(ctx.since, asOfDay - 10), asOfDay - 2),
				rng.pick<Topic>(['quote_request', 'routine', 'promise_to_return'])
			);
	}
	// Every customer has been talked to at least once.
	if (out.length === 0) add(Math.min(end, lastPurchase + rng.int(0, 5)), 'routine');
	if (injection !== undefined) {
		const day = calendar.onOrBefore(Math.min(end, asOfDay - rng.int(3, 30)));
		const { contact, channel } = reachable(ctx, 'email');
		const planted = INJECTION_NOTES[injection];
		out.push({
			day,
			minute: workMinute(rng),
			contact,
			repId: customer.rep.id,
			opportunity: null,
			channel,
			direction: 'inbound',
			topic: 'prompt_injection',
			summary: planted.summary,
			notes: fill(rng, planted.notes, {
				contactFirstName: contact?.firstName ?? 'cliente',
				products: ctx.products,
				ticketCents: ctx.ticketCents,
				day
			}),
			outcome: 'answered',
			createdBy: 'person'
		});
	}
	return out;
}
