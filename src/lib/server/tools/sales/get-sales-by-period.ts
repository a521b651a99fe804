/**
 * get_sales_by_period: faturamento, pedidos e clientes que compraram num período — "quanto
 * faturamos em outubro?", "quem vendeu mais no mês passado?", "faturamento por mês este ano" —
 * for the portfolio, a rep, a segment, a UF or region, or one customer.
 */
import { z } from 'zod';
import { formatDate, formatMoney, plural } from '#lib/format.ts';
import { groupLabel, repNames } from '../../domain/portfolio/portfolio-health.ts';
import { PeriodInput, resolvePeriod } from '../../domain/portfolio/period.ts';
import {
	SALES_GROUPS,
	salesByGroup,
	salesTotals,
	type SalesGroup
} from '../../domain/sales/sales-by-period.ts';
import { formatMoneyShort } from '../../domain/sales/short-money.ts';
import { accessibleCustomer } from '../customer-access.ts';
import { defineTool, READ_ONLY, type ToolOutput } from '../define-tool.ts';
import { AsOfInput, AsOfOutput, ScopeInput } from '../filters.ts';
import { scopeFor } from '../tool-context.ts';

const Input = z.object({
	...AsOfInput,
	period: PeriodInput.default('this_month').describe(
		'Período: "this_month", "last_month", um mês "AAAA-MM" ou {from, to} (AAAA-MM-DD)'
	),
	groupBy: z
		.enum(SALES_GROUPS)
		.optional()
		.describe('Quebra: month, week (segunda a domingo), rep, segment ou uf; omita para o total'),
	customerId: z.number().int().positive().optional().describe('Só este cliente'),
	...ScopeInput
});

const Figures = {
	revenueCents: z.number().describe('Faturamento (pedidos faturados), centavos'),
	revenue: z.string().describe('O mesmo em R$, exato (para o cartão)'),
	revenueShort: z.string().describe('O mesmo arredondado para o texto, ex.: "R$ 1,07 mi"'),
	orders: z.number().int().describe('Pedidos faturados'),
	customers: z.number().int().describe('Clientes que compraram')
};

const Output = z.object({
	...AsOfOutput,
	period: z
		.object({
			from: z.string().describe('Primeiro dia (AAAA-MM-DD)'),
			to: z.string().describe('Último dia considerado (AAAA-MM-DD)'),
			label: z.string().describe('O período em pt-BR'),
			running: z.boolean().describe('true quando o período ainda não terminou')
		})
		.describe('O período resolvido'),
	filters: z.record(z.string(), z.unknown()).describe('O escopo aplicado'),
	total: z.object(Figures).describe('Totais do período'),
	groupBy: z.enum(SALES_GROUPS).nullable().describe('A quebra pedida, ou null'),
	groups: z
		.array(
			z.object({
				key: z.string().describe('Mês, semana, id do vendedor, segmento ou UF'),
				label: z.string().describe('O grupo em pt-BR'),
				...Figures
			})
		)
		.describe('Os grupos: meses e semanas em ordem, os outros do maior faturamento ao menor')
});

const MONTHS = ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'];

function label(group: SalesGroup, key: string, reps: Map<number, string>): string {
	if (group === 'month') return `${MONTHS[Number(key.slice(5, 7)) - 1]}/${key.slice(0, 4)}`;
	if (group === 'week') return `semana de ${formatDate(key)}`;
	return groupLabel(group, key, reps);
}

export const getSalesByPeriod = defineTool({
	name: 'get_sales_by_period',
	title: 'Vendas por período',
	description:
		'Faturamento (pedidos faturados), número de pedidos e clientes que compraram num período, ' +
		'no total ou por mês, semana, vendedor, segmento ou UF. Use para "quanto faturamos em outubro?", ' +
		'"quem vendeu mais no mês passado?", "faturamento por mês este ano", "quanto o cliente X comprou". ' +
		'Filtre por vendedor, segmento, UF, região ou cliente.',
	inputSchema: Input,
	outputSchema: Output,
	annotations: READ_ONLY,
	writes: false,
	async run(input, ctx) {
		const period = resolvePeriod(input.period, ctx.asOf);
		const scope = scopeFor(ctx, input);
		if (input.customerId !== undefined) {
			await accessibleCustomer(ctx, input.customerId);
			scope.customerIds = [input.customerId];
		}
		const total = await salesTotals(ctx.db, scope, period.from, period.to);
		const group = input.groupBy ?? null;
		let groups: z.input<typeof Output>['groups'] = [];
		if (group) {
			const rows = await salesByGroup(ctx.db, scope, period.from, period.to, group);
			const reps =
				group === 'rep'
					? await repNames(
							ctx.db,
							rows.map((r) => (r.key === 'none' ? null : Number(r.key)))
						)
					: new Map();
			groups = rows.map((r) => ({
				...r,
				label: label(group, r.key, reps),
				revenue: formatMoney(r.revenueCents),
				revenueShort: formatMoneyShort(r.revenueCents)
			}));
			if (group !== 'month' && group !== 'week')
				groups.sort((x, y) => y.revenueCents - x.revenueCents || x.key.localeCompare(y.key));
		}
		return {
			structured: {
				asOf: ctx.asOf,
				period,
				filters: { ...scope },
				total: {
					...total,
					revenue: formatMoney(total.revenueCents),
					revenueShort: formatMoneyShort(total.revenueCents)
				},
				groupBy: group,
				groups
			},
			summary:
				`${formatMoney(total.revenueCents)} faturados em ${plural(total.orders, 'pedido', 'pedidos')} ` +
				`de ${plural(total.customers, 'cliente', 'clientes')} (${period.label}` +
				`${period.running ? `, até ${formatDate(period.to)}` : ''}).`
		};
	}
});

export type GetSalesByPeriodOutput = ToolOutput<typeof getSalesByPeriod>;
