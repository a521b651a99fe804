/**
 * Why a follow-up is made, when nobody said (issue #7, "purpose"). First match wins:
 *
 * 1. an open complaint (a complaint in the last 30 days with no order after it) ⇒ `service`
 *    — asking for a new order while a complaint is open is the pressure drafts must avoid;
 * 2. the customer is `at_risk` or `inactive` (SPEC "Risk state") ⇒ `reactivation`;
 * 3. an open deal after a proposal or a meeting (stage proposal, negotiation or evaluation, or
 *    a meeting/visit in the last 10 days with a deal open) ⇒ `commercial`;
 * 4. an invoiced order in the last 15 days ⇒ `post_sale`;
 * 5. otherwise ⇒ `commercial` (a relationship touch).
 *
 * Complaints and promises are read from an interaction's summary and outcome: the words
 * people use in this market ("reclamação", "atraso", "avaria", "problema de qualidade"…) and
 * `rescheduled` / "ficou de retornar" for a promise.
 */
import { daysBetween } from '../../calendar/index.ts';
import type { DraftContext, DraftInteraction, DraftPurpose } from './draft-context.ts';

export const RECENT_DAYS = 30;
export const POST_SALE_DAYS = 15;
export const MEETING_DAYS = 10;

const COMPLAINT =
	/reclama|atras|avaria|defeit|danific|devolu|devolv|problema|fora do padr|cobrou|pre[cç]o alto|achou caro|reajuste/i;
const PROMISE = /retorn|ficou de|combinad|ligar de novo|falar depois/i;

export const isComplaint = (i: DraftInteraction) => COMPLAINT.test(i.summary);
export const isPromise = (i: DraftInteraction) =>
	i.outcome === 'rescheduled' || PROMISE.test(i.summary);

type PurposeFacts = Pick<
	DraftContext,
	'asOf' | 'customer' | 'opportunity' | 'lastOrder' | 'complaint' | 'lastInteractions'
>;

export function inferPurpose(facts: PurposeFacts): { purpose: DraftPurpose; why: string } {
	const { asOf, customer, opportunity, lastOrder, complaint } = facts;
	if (complaint)
		return {
			purpose: 'service',
			why: 'Há uma reclamação recente sem pedido depois dela: primeiro o atendimento.'
		};
	if (customer.state === 'at_risk' || customer.state === 'inactive')
		return {
			purpose: 'reactivation',
			why: `O cliente está ${customer.state === 'at_risk' ? 'em risco' : 'inativo'}: reativação.`
		};
	const recentMeeting = facts.lastInteractions.some(
		(i) =>
			(i.channel === 'meeting' || i.channel === 'visit') &&
			daysBetween(i.date, asOf) <= MEETING_DAYS
	);
	if (
		opportunity &&
		(['proposal', 'negotiation', 'evaluation'].includes(opportunity.stage) || recentMeeting)
	)
		return {
			purpose: 'commercial',
			why: 'Há uma negociação aberta depois de proposta ou reunião: follow-up comercial.'
		};
	if (lastOrder && daysBetween(lastOrder.date, asOf) <= POST_SALE_DAYS)
		return {
			purpose: 'post_sale',
			why: `Houve pedido nos últimos ${POST_SALE_DAYS} dias: pós-venda.`
		};
	return { purpose: 'commercial', why: 'Sem outro motivo: contato comercial de relacionamento.' };
}
