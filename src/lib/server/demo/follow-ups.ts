/**
 * Follow-ups (SPEC "Follow-up cadence"): sequences of 1–5 attempts 2–5 business days apart,
 * sharing `sequence_id` (the id of the first attempt), due only on business days. History is
 * done (with outcomes) or cancelled; the open ones are pending: some overdue (due before
 * `asOf`), some due today (when `asOf` is a business day), most later. Stoppers and inactive
 * customers get reactivation sequences; open deals get commercial ones.
 */
import type { followUps } from '#lib/server/db/schema.ts';
import {
	reachable,
	workMinute,
	type ActivityContext,
	type Channel,
	type Outcome
} from '#lib/server/demo/activity-context.ts';
import type { DemoContact } from '#lib/server/demo/contacts.ts';
import type { OpportunityDraft } from '#lib/server/demo/opportunities.ts';

export type FollowUpRow = typeof followUps.$inferInsert;
type Purpose = 'commercial' | 'service' | 'post_sale' | 'reactivation';
export type FollowUpKind = 'history' | 'overdue' | 'today' | 'later';

export interface FollowUpDraft {
	sequence: number;
	attempt: number;
	dueDay: number;
	createdDay: number;
	contact: DemoContact | null;
	channel: Channel;
	purpose: Purpose;
	status: 'pending' | 'done' | 'cancelled';
	outcome: Outcome | null;
	completed: { day: number; minute: number } | null;
	note: string;
	opportunity: number | null;
	createdBy: 'person' | 'copilot';
	/** For the truth: pending and due before / on / after `asOf`. */
	kind: FollowUpKind;
}

const NOTES: Record<Purpose, readonly string[]> = {
	commercial: [
		'Retomar a cotação enviada',
		'Cobrar retorno da proposta',
		'Apresentar a tabela nova',
		'Oferecer condição para fechar o pedido do mês'
	],
	service: [
		'Confirmar a solução da reclamação de entrega',
		'Verificar a troca do lote com problema',
		'Acompanhar a liberação de crédito'
	],
	post_sale: [
		'Confirmar recebimento do pedido e satisfação',
		'Perguntar como foi a entrega',
		'Checar giro do estoque após o último pedido'
	],
	reactivation: [
		'Cliente parou de comprar: entender o motivo',
		'Oferecer condição especial para voltar a comprar',
		'Ligar para o comprador e retomar o relacionamento'
	]
};

export function draftFollowUps(
	ctx: ActivityContext,
	opportunities: readonly OpportunityDraft[]
): FollowUpDraft[] {
	const { rng, frame, behaviour } = ctx;
	const { calendar, asOfDay } = frame;
	const out: FollowUpDraft[] = [];
	let sequences = 0;
	const lapsed = behaviour.kind === 'stopper' || behaviour.kind === 'long_inactive';

	const sequence = (
		lastDue: number,
		attempts: number,
		purpose: Purpose,
		kind: FollowUpKind,
		opportunity: number | null
	) => {
		// Earlier attempts of an open sequence are done, so they were due before today; the
		// cadence (2–5 business days) then limits how far ahead the open attempt can be.
		const minGap =
			kind === 'history' ? 2 : Math.max(2, calendar.between(asOfDay - 1, lastDue - 1) + 1);
		if (minGap > 5) attempts = 1;
		const dues = [lastDue];
		for (let i = 1; i < attempts; i++) {
			dues.unshift(calendar.shift(dues[0], -rng.int(i === 1 ? minGap : 2, 5)));
		}
		const { contact, channel } = reachable(
			ctx,
			rng.chance(0.5) ? (ctx.contacts[0]?.channel ?? undefined) : undefined
		);
		const id = sequences++;
		const createdBy = rng.chance(0.25) ? 'copilot' : 'person';
		const note = rng.pick(NOTES[purpose]);
		dues.forEach((dueDay, i) => {
			const last = i === dues.length - 1;
			const pending = last && kind !== 'history';
			const cancelled = last && !pending && rng.chance(0.2);
			const outcome: Outcome | null =
				pending || cancelled
					? null
					: !last
						? 'no_answer'
						: rng.pick<Outcome>(['answered', 'order_placed', 'rescheduled']);
			const completedDay =
				pending || cancelled ? null : Math.min(asOfDay - 1, dueDay + rng.int(0, 1));
			out.push({
				sequence: id,
				attempt: i + 1,
				dueDay,
				createdDay: i === 0 ? calendar.shift(dueDay, -rng.int(1, 5)) : dues[i - 1],
				contact,
				channel,
				purpose,
				status: pending ? 'pending' : cancelled ? 'cancelled' : 'done',
				outcome,
				completed: completedDay === null ? null : { day: completedDay, minute: workMinute(rng) },
				note,
				opportunity,
				createdBy,
				kind: pending ? kind : 'history'
			});
		});
	};
	const attempts = () =>
		rng.weighted([
			[1, 45],
			[2, 25],
			[3, 15],
			[4, 9],
			[5, 6]
		]);

	const pastFrom = ctx.since + 10;
	const pastTo = asOfDay - 30;
	const pastCount = pastTo > pastFrom ? Math.floor((pastTo - pastFrom) / rng.int(120, 240)) : 0;
	for (let i = 0; i < pastCount; i++) {
		const purpose = rng.weighted<Purpose>([
			['post_sale', 35],
			['commercial', 35],
			['service', 20],
			['reactivation', 10]
		]);
		sequence(calendar.onOrBefore(rng.int(pastFrom, pastTo)), attempts(), purpose, 'history', null);
	}

	const businessToday = calendar.isBusinessDay(asOfDay);
	const pendingKind = rng.weighted<FollowUpKind | null>([
		['overdue', lapsed ? 30 : 10],
		['today', businessToday ? 3 : 0],
		['later', 25],
		[null, lapsed ? 20 : 61]
	]);
	if (pendingKind !== null) {
		const due =
			pendingKind === 'overdue'
				? calendar.shift(asOfDay, -rng.int(1, 12))
				: pendingKind === 'today'
					? asOfDay
					: calendar.shift(asOfDay, rng.int(1, 15));
		const purpose: Purpose = lapsed
			? 'reactivation'
			: rng.weighted<Purpose>([
					['commercial', 40],
					['post_sale', 35],
					['service', 25]
				]);
		sequence(due, attempts(), purpose, pendingKind, null);
	}

	opportunities.forEach((opportunity, index) => {
		if (opportunity.kind === 'closed' || !rng.chance(0.6)) return;
		const kind: FollowUpKind =
			opportunity.kind === 'stalled'
				? 'overdue'
				: businessToday && rng.chance(0.15)
					? 'today'
					: 'later';
		const due =
			kind === 'overdue'
				? calendar.shift(asOfDay, -rng.int(1, 8))
				: kind === 'today'
					? asOfDay
					: calendar.shift(asOfDay, rng.int(1, 7));
		sequence(due, rng.int(1, 2), 'commercial', kind, index);
	});
	keepAHandfulOverdue(out, ctx.customer.id);
	return out;
}

/** Share (in %) of the drawn overdue follow-ups that stay overdue. */
export const OVERDUE_KEPT_PERCENT = 35;

/**
 * Issue #15 (a realistic demo): a well-run day starts with a handful of overdue follow-ups per
 * rep (about 3–8), not dozens — most of the overdue attempts drawn above were done on their
 * day ("atendeu"). Which ones stay overdue is chosen by a hash of the customer and the
 * sequence, not by the random stream, so every other generated fact stays the same.
 */
function keepAHandfulOverdue(out: FollowUpDraft[], customerId: number): void {
	for (const f of out) {
		if (f.kind !== 'overdue') continue;
		const hash = (Math.imul(customerId, 2654435761) ^ Math.imul(f.sequence + 1, 40503)) >>> 0;
		if (hash % 100 < OVERDUE_KEPT_PERCENT) continue;
		f.status = 'done';
		f.outcome = 'answered';
		f.completed = { day: f.dueDay, minute: 10 * 60 };
		f.kind = 'history';
	}
}
