/**
 * Answers to the tools added for issue #14 — sales in a period, rankings, a customer's
 * products and contacts: the answer in the first sentence, then a few names, every figure
 * copied from the output (typed by each tool's output schema, read-prompt.ts `outputOf`).
 */
import type { GetCustomerContactsOutput } from '#lib/server/tools/customers/get-customer-contacts.ts';
import type { GetCustomerProductsOutput } from '#lib/server/tools/customers/get-customer-products.ts';
import type { RankPortfolioOutput } from '#lib/server/tools/portfolio/rank-portfolio.ts';
import type { GetSalesByPeriodOutput } from '#lib/server/tools/sales/get-sales-by-period.ts';
import { day, joinAnd, str } from './helpers.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function salesAnswer(s: Partial<GetSalesByPeriodOutput>): string {
	const total = s.total;
	const label = s.period?.label ?? 'no período';
	const orders = total?.orders ?? 0;
	const head =
		`Faturamento em ${label}: ${total?.revenueShort ?? total?.revenue} em ${plural(orders, 'pedido', 'pedidos')} ` +
		`de ${plural(total?.customers ?? 0, 'cliente', 'clientes')}.`;
	const groups = s.groups ?? [];
	if (!groups.length) return head;
	const by = s.groupBy;
	const line = (g: (typeof groups)[number]) => `${g.label}: ${g.revenueShort ?? g.revenue}`;
	if (by === 'month' || by === 'week') return `${head}\n${groups.slice(-8).map(line).join(' · ')}`;
	const [top] = groups;
	const last = groups.at(-1)!;
	const who = by === 'rep' ? 'Quem mais vendeu' : 'Maior faturamento';
	return (
		`${who}: ${top.label} (${top.revenueShort ?? top.revenue}). ${head}\n` +
		groups.slice(0, 5).map(line).join(' · ') +
		(groups.length > 1 ? `\nMenor: ${last.label} (${last.revenueShort ?? last.revenue}).` : '')
	);
}

export function rankAnswer(s: Partial<RankPortfolioOutput>): string {
	const groups = s.groups ?? [];
	const metric = str(s.metricLabel) ?? 'o número pedido';
	if (!groups.length) return `Nenhum grupo no escopo pedido para ${metric}.`;
	const [top] = groups;
	const lead =
		s.order === 'asc'
			? `${top.label} tem o menor número em ${metric}: ${top.short ?? top.text}.`
			: `${top.label} lidera em ${metric}: ${top.short ?? top.text}.`;
	const list = groups
		.slice(0, 5)
		.map((g) => `${g.rank}. ${g.label} — ${g.short ?? g.text}`)
		.join('\n');
	return `${lead}\n${list}`;
}

export function productsAnswer(s: Partial<GetCustomerProductsOutput>): string {
	const name = str(s.customerName) ?? 'O cliente';
	const mix = s.mix ?? [];
	const stopped = s.stopped ?? [];
	const mixText = mix.length
		? `${name} comprou ${plural(s.mixTotal ?? mix.length, 'produto', 'produtos')} nos últimos 12 meses; os principais: ${joinAnd(mix.slice(0, 3).map((p) => `${p.name} (${p.value})`))}.`
		: `${name} não comprou nenhum produto nos últimos 12 meses.`;
	const stoppedText = stopped.length
		? `Deixou de comprar: ${joinAnd(stopped.slice(0, 3).map((p) => `${p.name} (última compra em ${day(p.lastOrder)})`))}.`
		: 'Nenhum produto que comprava com frequência ficou de fora nos últimos 90 dias.';
	return `${mixText}\n${stoppedText}`;
}

export function contactsAnswer(s: Partial<GetCustomerContactsOutput>): string {
	const name = str(s.customerName) ?? 'O cliente';
	const contacts = s.contacts ?? [];
	if (!contacts.length) return `${name} não tem contato cadastrado.`;
	const lines = contacts.slice(0, 4).map((c) => {
		const ways = [
			str(c.phone) && `telefone ${c.phone}`,
			str(c.email) && `e-mail ${c.email}`,
			c.whatsappConsent && str(c.whatsapp)
				? `WhatsApp ${c.whatsapp}`
				: 'sem consentimento para WhatsApp (LGPD)'
		].filter(Boolean);
		return `- ${c.name}${str(c.role) ? ` (${c.role})` : ''}: ${ways.join(', ')}`;
	});
	return `Contatos de ${name}:\n${lines.join('\n')}`;
}
