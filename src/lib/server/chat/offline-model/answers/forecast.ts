/** Answers of the forecast and of the alert's track record: figures copied from the tools. */
import { num, rows, str, type Structured } from './helpers.ts';

export function forecastAnswer(s: Structured): string {
	const totals = (s.totals ?? {}) as Structured;
	const period = (s.period ?? {}) as Structured;
	const groups = rows(s, 'groups')
		.slice(0, 3)
		.map((g) => `${str(g.label)}: ${str(g.total)}`);
	return (
		`Previsão para ${str(period.label) ?? 'o período'}: ${str(totals.total) ?? '—'} (faixa de ${str(totals.range) ?? '—'}).` +
		(groups.length ? ` Maiores: ${groups.join('; ')}.` : '') +
		' É uma estimativa; a página Confiabilidade mostra quanto ela errou nos últimos meses.'
	);
}

export function alertAccuracyAnswer(s: Structured): string {
	const months = rows(s, 'months');
	const last = months.at(-1);
	const auc = (v: unknown) =>
		num(v) === undefined ? '—' : (v as number).toFixed(2).replace('.', ',');
	return (
		`${str(s.headline) ?? ''} ${str(s.reason) ?? ''}` +
		(last
			? ` No último mês avaliado, a ordenação teve AUC ${auc(last.aucRanking)} contra ${auc(last.aucRecency)} de "dias sem comprar" sozinho.`
			: '')
	).trim();
}
