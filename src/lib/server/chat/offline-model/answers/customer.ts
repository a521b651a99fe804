/**
 * Answers about one customer: the profile answers the question asked (`focus`: why it is in
 * its state, last purchase, products, cycle, contact, or a short overview), the history and
 * the search show the latest contacts, a draft points at its card. Copied from the tool
 * output; nothing is computed.
 */
import { formatDecimal } from '#lib/format.ts';
import type { GetCustomerProfileOutput } from '#lib/server/tools/customers/get-customer-profile.ts';
import type { DraftFollowUpOutput } from '#lib/server/tools/follow-ups/draft-follow-up.ts';
import { channel, day, joinAnd, namesWith, num, rows, str, type Structured } from './helpers.ts';

/** The answers read the tool's output as its schema types it. */
type Profile = GetCustomerProfileOutput;
type Draft = DraftFollowUpOutput;

const CONFIDENCE: Record<string, string> = {
	high: 'confiança alta',
	medium: 'confiança média',
	low: 'confiança baixa',
	peer: 'estimado pelos pares'
};

function nextStep(p: Profile): string {
	const f = p.pendingFollowUps[0];
	if (f) return `Já há follow-up por ${channel(f.channel)} em ${day(f.dueDate)}.`;
	const o = p.openOpportunities[0];
	if (o) return `Negociação aberta: ${o.title} (${o.value}). Quer que eu prepare uma mensagem?`;
	return `Quer que eu prepare uma mensagem ou agende um retorno com ${p.customer.name}?`;
}

const FOCUS: Record<string, (p: Profile) => string> = {
	why: (p) =>
		`${p.customer.name} está ${p.stateLabel}: ${p.reasons.join(' ') || 'sem motivo registrado'}` +
		(p.recentInteractions[0]
			? `\nÚltimo contato: ${day(p.recentInteractions[0].occurredAt)} por ${channel(p.recentInteractions[0].channel)} — ${p.recentInteractions[0].summary}.`
			: '') +
		`\n${nextStep(p)}`,
	last_purchase: (p) =>
		p.purchases.last
			? `A última compra do ${p.customer.name} foi em ${day(p.purchases.last)} (há ${p.purchases.recencyDays} dias)` +
				(p.purchases.expectedNext
					? `; a próxima é esperada em ${day(p.purchases.expectedNext)}.`
					: '.')
			: `${p.customer.name} ainda não tem compra faturada.`,
	products: (p) =>
		p.topProducts.length
			? `O que o ${p.customer.name} mais comprou nos últimos 12 meses: ${joinAnd(
					p.topProducts
						.slice(0, 3)
						.map((t) => `${t.name ?? t.sku}${t.value ? ` (${t.value})` : ''}`)
				)}.`
			: `${p.customer.name} não comprou nos últimos 12 meses.`,
	cycle: (p) =>
		p.cycle
			? `O ciclo de recompra do ${p.customer.name} é de ${formatDecimal(p.cycle.days)} dias (${CONFIDENCE[p.cycle.confidence] ?? p.cycle.confidence})` +
				(p.purchases.last ? `; última compra em ${day(p.purchases.last)}` : '') +
				(p.purchases.expectedNext ? `, próxima esperada em ${day(p.purchases.expectedNext)}.` : '.')
			: `${p.customer.name} não tem compras: ainda não há ciclo de recompra.`,
	contact: (p) => {
		const c = p.contacts[0];
		if (!c) return `${p.customer.name} não tem contato cadastrado.`;
		const reach = [c.phone, c.email].filter(Boolean).join(', ');
		return (
			`O contato principal do ${p.customer.name} é ${c.name}${c.role ? ` (${c.role})` : ''}` +
			`${reach ? `: ${reach}` : ''}. WhatsApp: ${c.whatsappConsent ? 'autorizado' : 'não autorizado (LGPD)'}.`
		);
	},
	general: (p) =>
		`${p.customer.name} está ${p.stateLabel}: ${p.reasons[0] ?? ''}` +
		(p.value.usualMonthly.text
			? `\nFaturamento mensal habitual: ${p.value.usualMonthly.text} (estimativa).`
			: '') +
		`\n${nextStep(p)}`
};

export function profileAnswer(p: Profile, focus = 'general'): string {
	return (FOCUS[focus] ?? FOCUS.general)(p);
}

export function interactionsAnswer(s: Structured): string {
	const total = num(s.total) ?? 0;
	const list = rows(s, 'interactions');
	if (!total) return 'Nenhum contato registrado com esse filtro.';
	const lines = [`${total} ${total === 1 ? 'contato' : 'contatos'}; os mais recentes:`];
	for (const i of list.slice(0, 3))
		lines.push(
			`- ${day(i.occurredAt)}, ${channel(i.channel)}, ${i.customerName}: ${i.summary}` +
				(str(i.notes) ? ` — anotações: ${i.notes}` : '')
		);
	return lines.join('\n');
}

export function searchAnswer(s: Structured): string {
	const hits = rows(s, 'hits');
	if (!hits.length) return 'Nenhum contato fala disso.';
	const lines = ['Quem falou disso, do mais relevante:'];
	for (const h of hits.slice(0, 3))
		lines.push(`- ${h.customerName} em ${day(h.date)}: ${str(h.snippet) ?? str(h.summary) ?? ''}`);
	const names = namesWith(hits.slice(0, 1), 1, () => undefined);
	if (names) lines.push(`Quer a ficha ou uma mensagem? Diga "me fala do ${names}".`);
	return lines.join('\n');
}

export function draftAnswer(s: Partial<Draft>): string {
	const ctx: Partial<Draft['context']> = s.context ?? {};
	const draft = s.draft;
	const consent = s.consent;
	const who = `${ctx.contact?.name ? `${ctx.contact.name} (${ctx.customerName})` : ctx.customerName}`;
	const lines: string[] = [];
	if (consent?.refused && consent.message) lines.push(consent.message);
	if (draft)
		lines.push(
			`O rascunho ${draft.channel === 'phone' ? 'do roteiro de ligação' : `de ${channel(draft.channel)}`} para ${who} está no cartão: revise antes de enviar (nada foi enviado).`,
			'Quer que eu agende o envio? Diga, por exemplo, "agenda o envio pra sexta".'
		);
	return lines.join('\n');
}
