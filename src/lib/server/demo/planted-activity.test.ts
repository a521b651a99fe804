import { beforeAll, describe, expect, it } from 'vitest';
import { businessDaysBetween, isBusinessDay } from '#lib/server/domain/calendar/business-days.ts';
import type { DemoRows } from './demo-rows.ts';
import type { DemoTruth } from './demo-truth.ts';
import { collectDemoPortfolio } from './generate-portfolio.ts';
import { TOPICS } from './note-templates.ts';

const ASOF = '2026-11-23';
const saoPauloDay = (instant: Date) =>
	new Date(instant.getTime() - 3 * 3_600_000).toISOString().slice(0, 10);

describe('demo activity: interactions, negotiations, follow-ups', () => {
	let rows: DemoRows;
	let truth: DemoTruth;

	beforeAll(() => {
		({ rows, truth } = collectDemoPortfolio({ seed: 'atividade', asOf: ASOF, customers: 600 }));
	}, 60_000);

	it('records the topic of every interaction, with varied pt-BR notes', () => {
		const ids = [
			...Object.values(truth.interactionTopics).flat(),
			...truth.injectionInteractionIds
		];
		expect(ids.length).toBe(rows.interactions.length);
		expect(new Set(ids).size).toBe(ids.length);
		const byId = new Map(rows.interactions.map((i) => [i.id!, i]));
		for (const topic of TOPICS) {
			const list = truth.interactionTopics[topic];
			expect(list.length, topic).toBeGreaterThanOrEqual(20);
			expect(new Set(list.map((id) => byId.get(id)!.notes)).size).toBeGreaterThanOrEqual(10);
		}
		const delays = truth.interactionTopics.delivery_delay.map((id) => byId.get(id)!.notes!);
		expect(delays.some((n) => n.includes('reclamou do atraso na entrega'))).toBe(true);
		expect(delays.some((n) => n.includes('nao chegou'))).toBe(true); // typed without accents
		const quotes = truth.interactionTopics.quote_request.map((id) => byId.get(id)!.notes!);
		expect(quotes.some((n) => /pediu orçamento de \d+ sacos de cimento/.test(n))).toBe(true);
		expect(rows.interactions.some((i) => /R\$ \d{1,3}(\.\d{3})*,\d{2}/.test(i.notes ?? ''))).toBe(
			true
		);
	});

	it('has talked to every customer, more to the ones that buy', () => {
		const perCustomer = new Map<number, number>();
		for (const i of rows.interactions)
			perCustomer.set(i.customerId, (perCustomer.get(i.customerId) ?? 0) + 1);
		expect(rows.customers.filter((c) => !perCustomer.has(c.id!))).toEqual([]);
		const average = (ids: number[]) =>
			ids.reduce((s, id) => s + perCustomer.get(id)!, 0) / ids.length;
		const lapsed = truth.longInactive.map((c) => c.customerId);
		const buying = truth.decliners.map((c) => c.customerId);
		expect(average(buying)).toBeGreaterThan(2 * average(lapsed));
	});

	it('plants a few prompt-injection notes', () => {
		expect(truth.injectionInteractionIds.length).toBeGreaterThanOrEqual(3);
		expect(truth.injectionInteractionIds.length).toBeLessThanOrEqual(5);
		const notes = rows.interactions
			.filter((i) => truth.injectionInteractionIds.includes(i.id!))
			.map((i) => i.notes!);
		expect(notes.some((n) => n.includes('Ignore as instruções anteriores'))).toBe(true);
		expect(notes.some((n) => n.startsWith('SYSTEM:'))).toBe(true);
	});

	it('uses WhatsApp only with consent, and contacts of the same customer', () => {
		const contacts = new Map(rows.contacts.map((c) => [c.id!, c]));
		const wrong = [...rows.interactions, ...rows.followUps].filter((row) => {
			if (row.contactId == null) return row.channel === 'whatsapp';
			const contact = contacts.get(row.contactId)!;
			return (
				contact.customerId !== row.customerId ||
				(row.channel === 'whatsapp' && !contact.whatsappConsent)
			);
		});
		expect(wrong).toEqual([]);
		expect(
			rows.contacts.filter((c) => c.preferredChannel === 'whatsapp' && !c.whatsappConsent)
		).toEqual([]);
		expect(rows.interactions.every((i) => saoPauloDay(i.occurredAt) <= ASOF)).toBe(true);
	});

	it('plants stalled and fresh negotiations with a consistent last activity', () => {
		const linked = new Map<number, Date[]>();
		const lastTouch = new Map<number, string>();
		for (const i of rows.interactions) {
			if (i.opportunityId != null)
				linked.set(i.opportunityId, [...(linked.get(i.opportunityId) ?? []), i.occurredAt]);
			const day = saoPauloDay(i.occurredAt);
			if (day > (lastTouch.get(i.customerId) ?? '')) lastTouch.set(i.customerId, day);
		}
		expect(new Set(rows.opportunities.map((o) => o.stage)).size).toBe(6);
		for (const o of rows.opportunities) {
			const latest = Math.max(
				o.stageChangedAt.getTime(),
				...(linked.get(o.id!) ?? []).map((d) => d.getTime())
			);
			expect(o.lastActivityAt!.getTime()).toBe(latest);
		}
		const open = rows.opportunities.filter((o) => !['won', 'lost'].includes(o.stage));
		const stalled = new Set(truth.stalledOpportunityIds);
		const fresh = new Set(truth.freshOpportunityIds);
		expect(stalled.size).toBeGreaterThanOrEqual(10);
		expect(fresh.size).toBeGreaterThanOrEqual(10);
		for (const o of open) {
			const last = saoPauloDay(o.lastActivityAt!);
			const idle = businessDaysBetween(last, ASOF);
			if (stalled.has(o.id!)) {
				expect(lastTouch.get(o.customerId)).toBe(last); // nothing at all since
				if (o.stage === 'proposal') expect(idle).toBeGreaterThanOrEqual(9);
				if (o.stage === 'negotiation') expect(idle).toBeGreaterThanOrEqual(12);
				if (o.stage === 'evaluation' && o.agreedReturnDate) {
					expect(o.agreedReturnDate < ASOF && last < o.agreedReturnDate).toBe(true);
				}
				if (o.stage === 'evaluation') expect(idle).toBeGreaterThanOrEqual(8);
				expect(o.stage).not.toBe('qualification');
			} else {
				expect(idle).toBeLessThanOrEqual(3);
				if (o.agreedReturnDate) expect(o.agreedReturnDate > ASOF).toBe(true);
				if (fresh.has(o.id!)) expect(last >= '2026-11-22').toBe(true);
				else expect(last <= '2026-11-20').toBe(true);
			}
		}
	});

	it('plants follow-up sequences on business days, overdue ones and ones due today', () => {
		const bySequence = new Map<number, typeof rows.followUps>();
		for (const f of rows.followUps) {
			expect(isBusinessDay(f.dueDate)).toBe(true);
			bySequence.set(f.sequenceId!, [...(bySequence.get(f.sequenceId!) ?? []), f]);
		}
		for (const [sequenceId, list] of bySequence) {
			expect(list[0].id).toBe(sequenceId);
			list.forEach((f, i) => {
				expect(f.attempt).toBe(i + 1);
				if (i > 0) {
					const gap = businessDaysBetween(list[i - 1].dueDate, f.dueDate);
					expect(gap >= 2 && gap <= 5).toBe(true);
				}
				if (f.status === 'done') expect(f.completedAt && f.outcome).toBeTruthy();
				if (f.status !== 'done') expect(f.completedAt).toBeNull();
			});
			expect(list.length).toBeLessThanOrEqual(5);
		}
		const pending = rows.followUps.filter((f) => f.status === 'pending');
		expect(truth.overdueFollowUpIds).toEqual(
			pending.filter((f) => f.dueDate < ASOF).map((f) => f.id)
		);
		expect(truth.dueTodayFollowUpIds).toEqual(
			pending.filter((f) => f.dueDate === ASOF).map((f) => f.id)
		);
		expect(truth.overdueFollowUpIds.length).toBeGreaterThanOrEqual(20);
		expect(truth.dueTodayFollowUpIds.length).toBeGreaterThanOrEqual(5);
		expect(pending.some((f) => f.dueDate > ASOF)).toBe(true);
		expect(rows.followUps.some((f) => f.status === 'cancelled')).toBe(true);
		expect(new Set(rows.followUps.map((f) => f.purpose)).size).toBe(4);
	});
});
