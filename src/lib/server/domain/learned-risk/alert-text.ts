/**
 * The backtest of the alert and of the forecast as people read it: one structure and one
 * pt-BR text, shared by the get_alert_accuracy tool and the "Quão confiável é o alerta" page,
 * so both show the same figures.
 */
import { formatDate, formatPercent } from '#lib/format.ts';
import type { AlertAccuracy } from './alert-accuracy.ts';

const ratio = (n: number, d: number) => (d > 0 ? n / d : null);
const share = (v: number | null) => (v === null ? '—' : formatPercent(v));
const aucText = (v: number | null) => (v === null ? '—' : v.toFixed(2).replace('.', ','));

export const RANKING_NAME = {
	learned: 'modelo aprendido com o histórico da carteira',
	bgnbd: 'risco BG/NBD (modelo estatístico de recompra)'
} as const;

export function alertAccuracyView(a: AlertAccuracy) {
	const months = a.months.map((m) => ({
		asOf: m.asOf,
		customers: m.customers,
		didNotBuy: m.didNotBuy,
		flagged: m.flagged,
		flaggedDidNotBuy: m.flaggedDidNotBuy,
		flaggedPrecision: ratio(m.flaggedDidNotBuy, m.flagged),
		ranking: m.ranking,
		top20Precision: ratio(m.top20.didNotBuy, m.top20.customers),
		top50Precision: ratio(m.top50.didNotBuy, m.top50.customers),
		top20Customers: m.top20.customers,
		top50Customers: m.top50.customers,
		aucRanking: m.aucRanking,
		aucBgnbd: m.aucBgnbd,
		aucLearned: m.aucLearned,
		aucRecency: m.aucRecency
	}));
	const forecast = a.forecast.map((f) => ({
		month: f.month,
		actualCents: f.actualCents,
		forecastCents: f.forecastCents,
		error: f.model.totalError,
		wape: f.model.wape,
		lastPeriodError: f.lastPeriod.totalError,
		lastYearError: f.sameWindowLastYear.totalError
	}));
	const flagged = months.reduce((t, m) => t + m.flagged, 0);
	const right = months.reduce((t, m) => t + m.flaggedDidNotBuy, 0);
	const top20 = months.reduce((t, m) => t + m.top20Customers, 0);
	const top20Right = a.months.reduce((t, m) => t + m.top20.didNotBuy, 0);
	const errors = forecast.flatMap((f) => (f.error === null ? [] : [Math.abs(f.error)]));
	const meanError = errors.length ? errors.reduce((s, v) => s + v, 0) / errors.length : null;
	const last = months.at(-1);
	const headline = flagged
		? `Nos últimos ${months.length} fins de mês, ${share(ratio(right, flagged))} dos clientes alertados (${right} de ${flagged}) de fato não compraram nos 90 dias seguintes` +
			(top20 ? `; entre os 20 de maior risco, ${share(ratio(top20Right, top20))}.` : '.')
		: 'Ainda não há fins de mês com 90 dias de resultado para avaliar o alerta.';
	const summary =
		`${headline} Quem ordena o risco: ${RANKING_NAME[a.current.ranking]}. ${a.current.reason}` +
		(last && last.aucRanking !== null && last.aucRecency !== null
			? ` Em ${formatDate(last.asOf)}, a AUC da ordenação foi ${aucText(last.aucRanking)} contra ${aucText(last.aucRecency)} de "dias sem comprar" sozinho (1 = perfeita, 0,5 = sorteio).`
			: '') +
		(meanError !== null
			? ` A previsão de faturamento errou o total, em média, ${formatPercent(meanError)} nos últimos ${errors.length} meses.`
			: '');
	return {
		structured: {
			ranking: a.current.ranking,
			rankingName: RANKING_NAME[a.current.ranking],
			reason: a.current.reason,
			headline,
			months,
			forecast
		},
		summary
	};
}
