/**
 * The one or two short pt-BR sentences a rep reads next to a customer's state: the rhythm,
 * how long since the last purchase, how late it is, and the decline when there is one.
 * Every number in them is a figure of the classification (nothing computed here but words).
 */
import { formatDate, formatPercent, plural } from '#lib/format.ts';
import type { Classification } from './classify-customer.ts';

function days(n: number): string {
	return plural(Math.round(n), 'dia', 'dias');
}

function rhythm(c: Classification, segment: string | null): string {
	const cycle = c.cycle!;
	// Whole days: a rep plans visits in days, "18,5 dias" reads as noise (#16).
	const every = days(cycle.days);
	if (cycle.source === 'own') return `Compra a cada ${every}`;
	const whose =
		cycle.source === 'segment_peers' && segment ? `clientes de ${segment}` : 'clientes da carteira';
	return `Ciclo estimado pelos ${whose} (${every}), pois tem só 1 compra`;
}

export function explainState(
	c: Classification,
	facts: { occasions: number; firstOccasion: string | null; segment: string | null }
): string[] {
	const sentences: string[] = [];
	if (c.state === 'prospect') return ['Nunca comprou: é um prospect.'];
	const recency = c.recencyDays!;
	const since = recency === 0 ? 'comprou hoje' : `última compra há ${days(recency)}`;
	if (c.state === 'new') {
		sentences.push(
			`Cliente novo: primeira compra em ${formatDate(facts.firstOccasion!)} ` +
				`(${plural(facts.occasions, 'compra', 'compras')} até agora); ${since}.`
		);
	} else if (!c.cycle) {
		sentences.push(`Sem ciclo de recompra conhecido; ${since}.`);
	} else {
		const overdue = c.overdueDays!;
		const late =
			overdue > 0
				? ` (${days(overdue)} de atraso)`
				: overdue === 0
					? ' (vence hoje)'
					: ' (dentro do ciclo)';
		let sentence = `${rhythm(c, facts.segment)}; ${since}${late}.`;
		if (c.state === 'inactive' && recency > 365) sentence += ' Mais de um ano sem comprar.';
		else if (c.state === 'inactive') sentence += ' Já passou de 3 ciclos sem comprar.';
		sentences.push(sentence);
	}
	if (c.decline.declining) {
		const parts: string[] = [];
		if (c.decline.revenueRatio !== null)
			parts.push(`faturamento em ${formatPercent(c.decline.revenueRatio)}`);
		if (c.decline.volumeRatio !== null)
			parts.push(`volume em ${formatPercent(c.decline.volumeRatio)}`);
		sentences.push(
			`Comprando menos: nos últimos ${days(c.decline.windowDays)}, ${parts.join(' e ')} do ritmo mensal do ano anterior.`
		);
	}
	return sentences;
}
