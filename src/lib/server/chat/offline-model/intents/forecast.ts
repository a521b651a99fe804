/**
 * Intents of the revenue forecast and of the alert's track record (SPEC "Forecast",
 * "Backtest"): "qual o faturamento previsto para dezembro?", "quanto o Bruno deve vender no
 * trimestre?", "dá pra confiar nesse alerta?". Placed before the no-data rule, which keeps
 * what Giro still cannot forecast (next year, targets).
 */
import { MONTH_PATTERN, monthFromText } from '../../../domain/calendar/pt-br-words.ts';
import { defined, type Args, type Intent, type Request } from './types.ts';

const NOT_FORECAST = String.raw`^(?!.*\b(ano que vem|proximo ano|metas?|dolar|euro)\b)`;

export function forecastArgs(req: Request): Args {
	const t = req.text;
	const month = t.match(new RegExp(String.raw`\b(${MONTH_PATTERN})\b`));
	const rep = req.original.match(
		/\b(?:o|a|do|da)\s+([A-ZÀ-Ý][a-zà-ÿ]+)\s+(?:deve|vai|deveria|tem|pode)\b|\b(?:vendedora?|rep)\s+([A-ZÀ-Ý][a-zà-ÿ]+)/
	);
	const period = month
		? { period: 'month', month: monthFromText(month[1]) ?? undefined }
		: /\btrimestre\b/.test(t)
			? { period: 'quarter' }
			: /\b90 dias\b|\b3 meses\b|\btres meses\b/.test(t)
				? { period: 'next_90_days' }
				: /\b(este|esse|neste|nesse) mes\b/.test(t)
					? { period: 'month' }
					: /\b(mes que vem|proximo mes)\b/.test(t)
						? { period: 'month', month: (Number(req.today.slice(5, 7)) % 12) + 1 }
						: { period: 'next_30_days' };
	return defined({
		...period,
		repName: rep?.[1] ?? rep?.[2],
		breakdown: /\bpor (vendedor|vendedora|vendedores|rep)\b/.test(t)
			? 'rep'
			: /\bpor segmento\b/.test(t)
				? 'segment'
				: /\bpor cliente\b|\bquais clientes\b/.test(t)
					? 'customer'
					: undefined
	});
}

export const forecastIntent: Intent = {
	id: 'forecast_revenue',
	tool: 'forecast_revenue',
	customer: 'none',
	patterns: [
		new RegExp(
			NOT_FORECAST +
				String.raw`.*\b(previst\w*|previsao|projecao|projetad\w*|forecast|esperad\w*)\b.*\b(faturamento|faturar|vendas?|vender|receita)\b`
		),
		new RegExp(
			NOT_FORECAST +
				String.raw`.*\b(faturamento|vendas|receita)\b.*\b(previst\w*|previsao|projecao|projetad\w*|esperad\w*)\b`
		),
		new RegExp(
			NOT_FORECAST +
				String.raw`.*\bquanto\b.*\b(deve|devemos|deveria|vai|vamos|iremos|vou)\b.*\b(vender|faturar)\b`
		)
	],
	args: forecastArgs
};

export const alertAccuracyIntent: Intent = {
	id: 'get_alert_accuracy',
	tool: 'get_alert_accuracy',
	customer: 'none',
	patterns: [
		/\b(confiar|confiavel|confiaveis|confiabilidade|confianca)\b.*\b(alerta|alertas|risco|previsao|modelo|ranking)\b/,
		/\b(alerta|alertas|risco|previsao|modelo)\b.*\b(confiar|confiavel|confiabilidade|acert\w*|err\w*)\b/,
		/\bquao confiavel\b/
	],
	args: () => ({})
};
