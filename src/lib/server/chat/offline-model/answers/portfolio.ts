/**
 * Answers to the portfolio tools: the figure asked for and the top names behind it, with a
 * next step — what the tool card's summary does not say. Every figure and name is copied from
 * the tool output (`structured`); nothing is computed.
 */
import type { GetPortfolioHealthOutput } from '#lib/server/tools/portfolio/get-portfolio-health.ts';
import { namesWith, num, rows, str, type Structured } from './helpers.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function stoppedAnswer(s: Structured): string {
	const total = num(s.total) ?? 0;
	const label = (s.period as { label?: string } | undefined)?.label ?? '';
	const period = /^(o|este) /.test(label) ? `n${label}` : `em ${label}`;
	if (!total) return `0 clientes pararam de comprar ${period}: ninguém da carteira nesse período.`;
	const list = rows(s, 'customers');
	const top = namesWith(list, 3, (r) =>
		str(r.usualMonthly) ? `${r.usualMonthly} por mês` : undefined
	);
	const first = str(list[0]?.name);
	return (
		`${plural(total, 'cliente parou', 'clientes pararam')} de comprar ${period}; ` +
		`somam ${s.usualMonthly} de faturamento mensal habitual (estimativa). Os maiores: ${top}.` +
		(first ? `\nPróximo passo: peça "prepara uma mensagem de reativação pro ${first}".` : '')
	);
}

const FILTER: [key: string, test: (f: Record<string, unknown>) => boolean, label: string][] = [
	['at_risk', (f) => (f.states as string[] | undefined)?.includes('at_risk') ?? false, 'em risco'],
	[
		'inactive',
		(f) => (f.states as string[] | undefined)?.includes('inactive') ?? false,
		'inativos'
	],
	['declining', (f) => f.declining === true, 'comprando menos']
];

export function customersAnswer(s: Structured): string {
	const total = num(s.total) ?? 0;
	const f = (s.filters ?? {}) as Record<string, unknown>;
	const label = str(f.rfvSegment)
		? `no segmento RFV "${f.rfvSegment}"`
		: (FILTER.find(([, t]) => t(f))?.[2] ?? 'no filtro pedido');
	if (!total) return `Nenhum cliente ${label}.`;
	const list = rows(s, 'customers');
	const top = namesWith(list, 3, (r) =>
		str(r.usualMonthly) ? `${r.usualMonthly} por mês` : undefined
	);
	return (
		`${plural(total, 'cliente', 'clientes')} ${label}. Os primeiros da lista: ${top}.\n` +
		'Quer a ficha de algum? Diga "me fala do primeiro".'
	);
}

export function healthAnswer(s: Partial<GetPortfolioHealthOutput>): string {
	const metrics = s.metrics ?? [];
	const customers = metrics.find((m) => m.metric === 'customers');
	const atRiskRevenue = metrics.find((m) => m.metric === 'revenue_at_risk');
	const lines: string[] = [];
	if (customers)
		lines.push(
			`Em risco: ${customers.byState.at_risk?.now ?? 0} clientes; inativos: ` +
				`${customers.byState.inactive?.now ?? 0} (de ${customers.total.now}).` +
				(atRiskRevenue?.total.text
					? ` Faturamento em risco: ${atRiskRevenue.total.text} por mês (estimativa).`
					: '')
		);
	const groups = s.groups ?? [];
	if (groups.length) {
		lines.push('Onde está o maior faturamento em risco:');
		for (const g of groups.slice(0, 5))
			lines.push(
				`- ${g.label}: ${g.atRisk.now} em risco, ${g.inactive.now} inativos, ${g.revenueAtRiskCents.text} por mês`
			);
	}
	lines.push('Quer ver a lista? Diga "clientes em risco" ou "quem parou de comprar este mês".');
	return lines.join('\n');
}

export function lostRevenueAnswer(s: Structured): string {
	const t = (s.totals ?? {}) as Record<string, unknown>;
	const lines = [
		`Faturamento perdido estimado: ${t.lostRevenue} em 12 meses; em risco: ${t.revenueAtRisk} ` +
			`por mês (estimativas, ${t.customers} clientes em risco ou inativos).`
	];
	const groups = rows(s, 'groups');
	if (groups.length) {
		lines.push('Maiores grupos:');
		for (const g of groups.slice(0, 3))
			lines.push(`- ${g.label}: ${g.revenueAtRisk} em risco por mês, ${g.lostRevenue} perdidos`);
	} else {
		const top = namesWith(rows(s, 'topCustomers'), 3, (r) => str(r.lostRevenue));
		if (top) lines.push(`Quem mais pesa: ${top}.`);
	}
	return lines.join('\n');
}

export function stalledAnswer(s: Structured): string {
	const total = num(s.total) ?? 0;
	if (!total) return 'Nenhuma negociação parada.';
	const list = rows(s, 'opportunities');
	const lines = [
		`${plural(total, 'negociação parada', 'negociações paradas')}, somando ${s.totalValue}. As maiores:`
	];
	for (const o of list.slice(0, 3))
		lines.push(
			`- ${o.customerName}: ${o.title} (${o.value})${str(o.reason) ? ` — ${o.reason}` : ''}`
		);
	if (list[0])
		lines.push(`Próximo passo: peça "prepara uma mensagem pro ${list[0].customerName}".`);
	return lines.join('\n');
}
