/**
 * get_alert_accuracy: SPEC "Backtest (quão confiável é o alerta)" and "Learned risk" for the
 * caller's portfolio — which model ranks by risk and why, and for the last 6 month-ends how
 * the alert did (flagged customers that really did not buy in 90 days, precision of the top
 * 20 / 50, AUC against recency alone), plus the revenue forecast's error by past month. The
 * rules live in domain/learned-risk/alert-accuracy.ts and domain/learned-risk/alert-text.ts.
 */
import { z } from 'zod';
import { portfolioHistory } from '../../domain/forecast/portfolio-forecast.ts';
import { alertAccuracy } from '../../domain/learned-risk/alert-accuracy.ts';
import { alertAccuracyView } from '../../domain/learned-risk/alert-text.ts';
import { defineTool, READ_ONLY } from '../define-tool.ts';
import { AsOfInput, AsOfOutput, ScopeInput } from '../filters.ts';
import { scopeFor } from '../tool-context.ts';

const Input = z.object({ ...AsOfInput, ...ScopeInput });

const Ratio = (what: string) => z.number().nullable().describe(`${what} (0–1; null sem dados)`);

const Output = z.object({
	...AsOfOutput,
	filters: z.record(z.string(), z.unknown()).describe('O escopo aplicado'),
	ranking: z
		.enum(['learned', 'bgnbd'])
		.describe('Quem ordena o risco: learned (modelo aprendido) ou bgnbd'),
	rankingName: z.string().describe('O mesmo em palavras'),
	reason: z.string().describe('Por que esse modelo ordena, em português simples'),
	headline: z.string().describe('A resposta em uma frase'),
	months: z
		.array(
			z.object({
				asOf: z.string().describe('Fim de mês em que o alerta foi avaliado (AAAA-MM-DD)'),
				customers: z.number().int().describe('Clientes com compra até a data (sem os novos)'),
				didNotBuy: z.number().int().describe('Dos quais não compraram nos 90 dias seguintes'),
				flagged: z.number().int().describe('Clientes em risco ou inativos na data (o alerta)'),
				flaggedDidNotBuy: z
					.number()
					.int()
					.describe('Alertados que de fato não compraram em 90 dias'),
				flaggedPrecision: Ratio('Acerto do alerta: flaggedDidNotBuy / flagged'),
				ranking: z.enum(['learned', 'bgnbd']).describe('Quem ordenava naquela data'),
				top20Precision: Ratio('Dos 20 de maior risco, quantos não compraram'),
				top50Precision: Ratio('Dos 50 de maior risco, quantos não compraram'),
				top20Customers: z
					.number()
					.int()
					.describe('Clientes no top 20 (menos se a carteira for menor)'),
				top50Customers: z
					.number()
					.int()
					.describe('Clientes no top 50 (menos se a carteira for menor)'),
				aucRanking: Ratio('AUC da ordenação em uso (1 = perfeita, 0,5 = sorteio)'),
				aucBgnbd: Ratio('AUC do risco BG/NBD'),
				aucLearned: Ratio('AUC do modelo aprendido'),
				aucRecency: Ratio('AUC de "dias sem comprar" sozinho')
			})
		)
		.describe('Os últimos 6 fins de mês cujos 90 dias seguintes já passaram'),
	forecast: z
		.array(
			z.object({
				month: z.string().describe('Mês previsto (primeiro dia, AAAA-MM-DD)'),
				actualCents: z
					.number()
					.int()
					.describe('Faturamento real no mês (clientes já existentes), centavos'),
				forecastCents: z.number().int().describe('Previsão feita na véspera do mês, centavos'),
				error: Ratio('Erro do total: (previsto − real) / real, com sinal'),
				wape: Ratio('Erro por cliente (WAPE): Σ|previsto − real| / Σ real'),
				lastPeriodError: Ratio('Erro do total de "o mês anterior se repete"'),
				lastYearError: Ratio('Erro do total de "o mesmo mês do ano passado"')
			})
		)
		.describe('Erro da previsão de faturamento nos últimos 6 meses fechados')
});

export const getAlertAccuracy = defineTool({
	name: 'get_alert_accuracy',
	title: 'Quão confiável é o alerta',
	description:
		'Mostra, na carteira de quem pergunta, quanto o alerta de risco acertou no passado: nos últimos 6 fins de mês, ' +
		'quantos clientes alertados de fato não compraram nos 90 dias seguintes, o acerto dos 20 e 50 de maior risco, ' +
		'a AUC da ordenação contra "dias sem comprar" sozinho, qual modelo ordena (aprendido ou BG/NBD) e por quê, e o ' +
		'erro da previsão de faturamento mês a mês. Use para "dá pra confiar nesse alerta?", "quão confiável é o ' +
		'risco?", "a previsão costuma acertar?".',
	inputSchema: Input,
	outputSchema: Output,
	annotations: READ_ONLY,
	writes: false,
	async run(input, ctx) {
		const scope = scopeFor(ctx, input);
		const history = await portfolioHistory(ctx.db, ctx.asOf);
		const view = alertAccuracyView(await alertAccuracy(ctx.db, history, scope));
		return {
			structured: { asOf: ctx.asOf, filters: { ...scope }, ...view.structured },
			summary: view.summary
		};
	}
});
