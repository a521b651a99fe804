/**
 * Answers to the tools added for issue #14 — sales in a period, rankings, a customer's
 * products and contacts: the answer in the first sentence, then a few names, every figure
 * copied from the output.
 */
import { day, joinAnd, num, rows, str, type Structured } from './helpers.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function salesAnswer(s: Structured): string {
	const total = (s.total ?? {}) as Record<string, unknown>;
	const label = (s.period as { label?: string } | undefined)?.label ?? 'no período';
	const orders = num(total.orders) ?? 0;
	const head =
		`Faturamento em ${label}: ${total.revenueShort ?? total.revenue} em ${plural(orders, 'pedido', 'pedidos')} ` +
		`de ${plural(num(total.customers) ?? 0, 'cliente', 'clientes')}.`;
	const groups = rows(s, 'groups');
	if (!groups.length) return head;
	const by = s.groupBy;
	const line = (g: Record<string, unknown>) => `${g.label}: ${g.revenueShort ?? g.revenue}`;
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

export function rankAnswer(s: Structured): string {
	const groups = rows(s, 'groups');
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

export function productsAnswer(s: Structured): string {
	const name = str(s.customerName) ?? 'O cliente';
	const mix = rows(s, 'mix');
	const stopped = rows(s, 'stopped');
	const mixText = mix.length
		? `${name} comprou ${plural(num(s.mixTotal) ?? mix.length, 'produto', 'produtos')} nos últimos 12 meses; os principais: ${joinAnd(mix.slice(0, 3).map((p) => `${p.name} (${p.value})`))}.`
		: `${name} não comprou nenhum produto nos últimos 12 meses.`;
	const stoppedText = stopped.length
		? `Deixou de comprar: ${joinAnd(stopped.slice(0, 3).map((p) => `${p.name} (última compra em ${day(p.lastOrder)})`))}.`
		: 'Nenhum produto que comprava com frequência ficou de fora nos últimos 90 dias.';
	return `${mixText}\n${stoppedText}`;
}

export function contactsAnswer(s: Structured): string {
	const name = str(s.customerName) ?? 'O cliente';
	const contacts = rows(s, 'contacts');
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
