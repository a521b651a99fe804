/**
 * list_stopped_customers: who stopped buying in a period — active or new at its start, at risk
 * or inactive at its end (SPEC "Who stopped buying in a period") — with the state before and
 * after, largest usual monthly revenue first, and the definition line in every answer.
 */
import { z } from 'zod';
import { formatMoney } from '#lib/format.ts';
import { PeriodInput } from '../../domain/portfolio/period.ts';
import { stoppedBuying } from '../../domain/portfolio/stopped-buying.ts';
import { customerRow, CustomerRow, RiskStateSchema } from '../customer-row.ts';
import { defineTool, READ_ONLY, type ToolOutput } from '../define-tool.ts';
import { AsOfInput, AsOfOutput, ScopeInput } from '../filters.ts';
import { PageInput, PageOutput, paginate } from '../pagination.ts';
import { scopeFor } from '../tool-context.ts';

const Input = z.object({
	...AsOfInput,
	period: PeriodInput.default('this_month').describe(
		'Período: "this_month" (este mês, até hoje; padrão), "last_month" (mês passado), um mês "AAAA-MM" ' +
			'(ex.: "2026-03" para março) ou {from, to} com datas AAAA-MM-DD'
	),
	...ScopeInput,
	...PageInput,
	limit: z
		.number()
		.int()
		.min(1)
		.max(100)
		.default(12)
		.describe('Máximo de linhas nesta página (1–100, padrão 12: cabe em ~2.000 tokens)')
});

const StoppedRow = CustomerRow.omit({ state: true, reason: true }).extend({
	stateBefore: RiskStateSchema.describe('Estado no início do período (dia anterior ao 1º dia)'),
	stateAfter: RiskStateSchema.describe('Estado no fim do período (ou hoje, se ainda corre)'),
	reason: z.string().describe('Por que está no estado final, em uma ou duas frases')
});

const Output = z.object({
	...AsOfOutput,
	period: z
		.object({
			from: z.string().describe('Primeiro dia (AAAA-MM-DD)'),
			to: z.string().describe('Último dia considerado (AAAA-MM-DD; hoje se o período ainda corre)'),
			label: z.string().describe('O período em pt-BR'),
			running: z.boolean().describe('true quando o período ainda não terminou')
		})
		.describe('O período resolvido'),
	startAsOf: z.string().describe('Data do estado "antes" (véspera do período)'),
	endAsOf: z.string().describe('Data do estado "depois"'),
	definition: z.string().describe('A definição de "parou de comprar", em uma linha'),
	filters: z.record(z.string(), z.unknown()).describe('O escopo aplicado'),
	usualMonthlyCents: z
		.number()
		.int()
		.describe('Soma do faturamento mensal habitual de todos que pararam (estimativa), centavos'),
	usualMonthly: z.string().describe('O mesmo em R$'),
	...PageOutput,
	customers: z.array(StoppedRow).describe('Quem parou, maior faturamento mensal habitual primeiro')
});

/** "o mês passado (…)" → "no mês passado (…)", "março de 2026" → "em março de 2026". */
function inPeriod(label: string): string {
	if (label.startsWith('o ') || label.startsWith('este ')) return `n${label}`;
	return label.startsWith('de ') ? label : `em ${label}`;
}

export const listStoppedCustomers = defineTool({
	name: 'list_stopped_customers',
	title: 'Quem parou de comprar',
	description:
		'Lista os clientes que pararam de comprar num período: estavam ativos ou novos no início e ficaram ' +
		'em risco ou inativos no fim, pelo próprio ciclo de recompra. Use para "quem parou de comprar este ' +
		'mês?", "quem parou no mês passado?", "quem deixou de comprar em março?", "de 01/03 a 15/04". Traz o ' +
		'estado antes e depois, o motivo e o faturamento mensal habitual, do maior para o menor, e sempre a ' +
		'definição usada. Para quem está em risco agora (sem período) use list_customers.',
	inputSchema: Input,
	outputSchema: Output,
	annotations: READ_ONLY,
	writes: false,
	async run(input, ctx) {
		const scope = scopeFor(ctx, input);
		const stopped = await stoppedBuying(ctx.db, {
			period: input.period,
			asOf: ctx.asOf,
			scope,
			config: ctx.config
		});
		const page = paginate(stopped.customers, input);
		const usual = stopped.customers.reduce((s, c) => s + (c.after.usualMonthlyCents ?? 0), 0);
		const { period } = stopped;
		return {
			structured: {
				asOf: ctx.asOf,
				period: { from: period.from, to: period.to, label: period.label, running: period.running },
				startAsOf: stopped.startAsOf,
				endAsOf: stopped.endAsOf,
				definition: stopped.definition,
				filters: { ...scope },
				usualMonthlyCents: usual,
				usualMonthly: formatMoney(usual),
				total: page.total,
				nextCursor: page.nextCursor,
				customers: page.rows.map(({ before, after }) => {
					const { state, ...row } = customerRow(after);
					return { ...row, stateBefore: before.state, stateAfter: state };
				})
			},
			summary:
				`${page.total} ${page.total === 1 ? 'cliente parou' : 'clientes pararam'} de comprar ${inPeriod(period.label)}` +
				(page.total
					? `, somando ${formatMoney(usual)} de faturamento mensal habitual (estimativa); mostrando ${page.rows.length}.`
					: '.') +
				` Definição: ${stopped.definition}`
		};
	}
});

export type ListStoppedCustomersOutput = ToolOutput<typeof listStoppedCustomers>;
