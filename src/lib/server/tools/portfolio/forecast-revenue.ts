/**
 * forecast_revenue: SPEC "Forecast (previsão de faturamento)" — expected revenue of a scope for
 * the next 30 / 90 days, a named month or a quarter, with a range and a breakdown. The rules
 * live in domain/forecast; this file is the door.
 */
import { z } from 'zod';
import { formatDate, formatMoney, formatPercent } from '#lib/format.ts';
import { ForecastPeriod, resolvePeriod } from '../../domain/forecast/periods.ts';
import { forecastRevenue, portfolioHistory } from '../../domain/forecast/portfolio-forecast.ts';
import { repsNamed } from '../../domain/forecast/rep-name.ts';
import { defineTool, READ_ONLY } from '../define-tool.ts';
import { AsOfInput, AsOfOutput, ScopeInput } from '../filters.ts';
import { scopeFor } from '../tool-context.ts';
import { ToolError } from '../tool-error.ts';

const BREAKDOWNS = ['none', 'rep', 'segment', 'customer'] as const;

const Input = z.object({
	...AsOfInput,
	...ForecastPeriod.shape,
	breakdown: z
		.enum(BREAKDOWNS)
		.default('none')
		.describe(
			'Abrir por rep (vendedor), segment (segmento), customer (clientes que mais pesam) ou none (só o total, padrão)'
		),
	...ScopeInput,
	repName: z
		.string()
		.trim()
		.min(2)
		.max(60)
		.optional()
		.describe(
			'Nome do vendedor, ex.: "Bruno" (em vez de repId; para um vendedor, só o próprio nome)'
		),
	maxGroups: z
		.number()
		.int()
		.min(1)
		.max(50)
		.default(10)
		.describe('Máximo de grupos, os maiores primeiro (padrão 10)')
});

const Cents = (what: string) => z.number().int().describe(`${what}, centavos`);

const Output = z.object({
	...AsOfOutput,
	estimate: z.literal(true).describe('Sempre true: é uma previsão, não faturamento contábil'),
	period: z
		.object({
			label: z.string().describe('O período em palavras, ex.: "dezembro de 2026"'),
			start: z.string().describe('Primeiro dia (AAAA-MM-DD)'),
			end: z.string().describe('Último dia (AAAA-MM-DD)')
		})
		.describe('O período previsto'),
	filters: z.record(z.string(), z.unknown()).describe('O escopo aplicado'),
	totals: z
		.object({
			invoicedCents: Cents('Já faturado no período até a data de referência'),
			expectedCents: Cents('Ainda previsto até o fim do período'),
			totalCents: Cents('Faturado + previsto'),
			total: z.string().describe('O total em R$'),
			lowCents: Cents('Limite inferior da faixa'),
			highCents: Cents('Limite superior da faixa'),
			range: z.string().describe('A faixa em R$'),
			customers: z.number().int().describe('Clientes com faturamento ou previsão no período')
		})
		.describe('Totais do escopo'),
	typicalError: z
		.number()
		.nullable()
		.describe('Erro médio do total nos últimos meses fechados (0,08 = 8%); null sem histórico'),
	checkedAt: z.array(z.string()).describe('Datas (fins de mês) em que o erro foi medido'),
	seasonIndex: z
		.number()
		.describe('Índice de sazonalidade do período (1 = normal; 1,3 = 30% acima)'),
	method: z.string().describe('Como a previsão é feita, em uma frase'),
	breakdown: z.enum(BREAKDOWNS).describe('Como os grupos foram formados'),
	groups: z
		.array(
			z.object({
				key: z.string().describe('Id do vendedor, segmento ou cliente ("none" quando vazio)'),
				label: z.string().describe('Nome do grupo'),
				customers: z.number().int().describe('Clientes no grupo'),
				invoicedCents: Cents('Já faturado no período'),
				expectedCents: Cents('Ainda previsto'),
				totalCents: Cents('Faturado + previsto'),
				total: z.string().describe('O total em R$')
			})
		)
		.describe('Grupos, maior previsão primeiro')
});

export const METHOD =
	'Média de três estimativas por cliente: compras esperadas (BG/NBD) × valor médio por compra; o mesmo período do ano passado; e o último período igual, ajustado pela sazonalidade da carteira.';

export const forecastRevenueTool = defineTool({
	name: 'forecast_revenue',
	title: 'Prever faturamento',
	description:
		'Prevê o faturamento da carteira (ou de um vendedor, segmento ou UF) para os próximos 30 ou 90 dias, um mês ' +
		'("dezembro") ou um trimestre, somando o já faturado no período e o previsto, com uma faixa baseada no erro ' +
		'do modelo nos meses anteriores; pode abrir por vendedor, segmento ou cliente. Use para "qual o faturamento ' +
		'previsto para dezembro?", "quanto o Bruno deve vender no trimestre?", "previsão dos próximos 90 dias". É ' +
		'uma estimativa: cite a faixa junto do número.',
	inputSchema: Input,
	outputSchema: Output,
	annotations: READ_ONLY,
	writes: false,
	async run(input, ctx) {
		const period = resolvePeriod(ctx.asOf, input);
		if ('error' in period) throw new ToolError('invalid_input', period.error);
		let repId = input.repId;
		if (input.repName !== undefined && repId === undefined) {
			const named = await repsNamed(ctx.db, input.repName);
			const visible = ctx.user.role === 'rep' ? named.filter((r) => r.id === ctx.user.id) : named;
			if (visible.length === 0)
				throw new ToolError(
					'not_found',
					`Não encontrei vendedor chamado "${input.repName}"${ctx.user.role === 'rep' ? ' na sua carteira' : ''}.`
				);
			if (visible.length > 1)
				throw new ToolError(
					'invalid_input',
					`Há mais de um vendedor chamado "${input.repName}": ${visible.map((r) => r.name).join(', ')}. Diga o nome completo.`
				);
			repId = visible[0].id;
		}
		const scope = scopeFor(ctx, { ...input, repId });
		const history = await portfolioHistory(ctx.db, ctx.asOf);
		const f = forecastRevenue(history, {
			period,
			scope,
			breakdown: input.breakdown,
			maxGroups: input.maxGroups
		});
		const range = `${formatMoney(f.lowCents)} a ${formatMoney(f.highCents)}`;
		return {
			structured: {
				asOf: ctx.asOf,
				estimate: true as const,
				period: f.period,
				filters: { ...scope },
				totals: {
					invoicedCents: f.invoicedCents,
					expectedCents: f.expectedCents,
					totalCents: f.totalCents,
					total: formatMoney(f.totalCents),
					lowCents: f.lowCents,
					highCents: f.highCents,
					range,
					customers: f.customers
				},
				typicalError: f.typicalError,
				checkedAt: f.checkedAt,
				seasonIndex: Math.round(f.seasonIndex * 100) / 100,
				method: METHOD,
				breakdown: input.breakdown,
				groups: f.groups.map((g) => ({ ...g, total: formatMoney(g.totalCents) }))
			},
			summary:
				`Previsão de faturamento para ${f.period.label} (${formatDate(f.period.start)} a ${formatDate(f.period.end)}), em ${formatDate(ctx.asOf)}: ` +
				`${formatMoney(f.totalCents)}` +
				(f.invoicedCents > 0
					? ` (${formatMoney(f.invoicedCents)} já faturados e ${formatMoney(f.expectedCents)} previstos)`
					: '') +
				`, faixa de ${range}` +
				(f.typicalError !== null
					? ` (erro médio do total nos últimos meses: ${formatPercent(f.typicalError)})`
					: '') +
				'. ' +
				METHOD
		};
	}
});
