/**
 * get_portfolio_health: the portfolio's health at `asOf` against a previous date — counts,
 * usual monthly revenue, revenue at risk and estimated lost revenue by state, optionally
 * broken down by rep, segment or UF, each figure with its definition, its two dates and the
 * change. The answer to "como está minha carteira?", "quanto está em risco comparado com o mês
 * passado?", "saúde da carteira por vendedor".
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { formatDate, formatMoney, plural } from '#lib/format.ts';
import type { GiroDatabase } from '../../db/client.ts';
import { addMonths, addDays, startOfMonth } from '../../domain/calendar/iso-date.ts';
import {
	assessPortfolio,
	type CustomerAssessment
} from '../../domain/portfolio/assess-portfolio.ts';
import type { RiskState } from '../../domain/portfolio/classify-customer.ts';
import {
	FORMULAS,
	STATE_LABEL,
	totalsBy,
	totalsByState,
	type GroupTotals,
	type StateTotals
} from '../../domain/portfolio/summarize-portfolio.ts';
import { defineTool, READ_ONLY } from '../define-tool.ts';
import { AsOfInput, AsOfOutput, ScopeInput } from '../filters.ts';
import { scopeFor } from '../tool-context.ts';
import { ToolError } from '../tool-error.ts';

const COMPARISONS = {
	previous_month_end: 'o fim do mês anterior',
	same_day_last_month: 'o mesmo dia do mês anterior',
	same_day_last_year: 'o mesmo dia do ano anterior'
} as const;
type Comparison = keyof typeof COMPARISONS;

export const BREAKDOWNS = ['rep', 'segment', 'uf'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

const Input = z.object({
	...AsOfInput,
	...ScopeInput,
	compareTo: z
		.union([
			z.enum(Object.keys(COMPARISONS) as [Comparison, ...Comparison[]]),
			z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use previous_month_end, … ou uma data AAAA-MM-DD')
		])
		.default('previous_month_end')
		.describe(
			'Com o que comparar: previous_month_end (padrão: fim do mês anterior), same_day_last_month, ' +
				'same_day_last_year, ou uma data AAAA-MM-DD anterior à data de referência'
		),
	breakdown: z
		.enum(BREAKDOWNS)
		.optional()
		.describe('Quebrar também por rep (vendedor), segment (segmento) ou uf; omita para só o total'),
	maxGroups: z
		.number()
		.int()
		.min(1)
		.max(50)
		.default(8)
		.describe('Máximo de grupos na quebra (os de maior faturamento em risco primeiro; padrão 8)')
});

const Change = z.object({
	now: z.number().describe('Valor na data de referência (asOf)'),
	before: z.number().describe('Valor na data de comparação (previousAsOf)'),
	delta: z.number().describe('now − before'),
	text: z
		.string()
		.optional()
		.describe('Para valores em R$: o valor atual e a variação em pt-BR, prontos para citar')
});
type Change = z.infer<typeof Change>;

const METRICS = {
	customers: {
		label: 'Clientes',
		unit: 'customers',
		definition:
			'Clientes com pelo menos uma compra faturada até a data (prospects fora), pelo estado no próprio ciclo de recompra.'
	},
	usual_monthly: {
		label: 'Faturamento mensal habitual (estimativa)',
		unit: 'cents',
		definition: FORMULAS.usualMonthly
	},
	revenue_at_risk: {
		label: 'Faturamento em risco por mês (estimativa)',
		unit: 'cents',
		definition: FORMULAS.revenueAtRisk
	},
	lost_revenue: {
		label: 'Faturamento perdido em 12 meses (estimativa)',
		unit: 'cents',
		definition: FORMULAS.lostRevenue
	},
	declining: {
		label: 'Clientes comprando menos',
		unit: 'customers',
		definition:
			'Faturamento ou volume por mês na janela recente (máx(90 dias, 3 ciclos)) ≤ 70% do ritmo dos 365 dias anteriores.'
	}
} as const;
type MetricKey = keyof typeof METRICS;
const METRIC_KEYS = Object.keys(METRICS) as [MetricKey, ...MetricKey[]];

const FIELD: Record<MetricKey, keyof StateTotals> = {
	customers: 'customers',
	usual_monthly: 'usualMonthlyCents',
	revenue_at_risk: 'revenueAtRiskCents',
	lost_revenue: 'lostRevenueCents',
	declining: 'declining'
};

const BY_STATE: Record<MetricKey, readonly RiskState[]> = {
	customers: ['new', 'active', 'at_risk', 'inactive'],
	usual_monthly: ['new', 'active', 'at_risk', 'inactive'],
	revenue_at_risk: ['at_risk', 'inactive'],
	lost_revenue: ['new', 'active', 'at_risk', 'inactive'],
	declining: ['new', 'active', 'at_risk', 'inactive']
};

const Metric = z.object({
	metric: z.enum(METRIC_KEYS).describe('Qual número'),
	label: z.string().describe('Nome do número em pt-BR'),
	unit: z.enum(['customers', 'cents']).describe('customers (contagem) ou cents (centavos de R$)'),
	definition: z.string().describe('Definição ou fórmula, em uma frase'),
	asOf: z.string().describe('Data do valor atual (AAAA-MM-DD)'),
	previousAsOf: z.string().describe('Data do valor de comparação (AAAA-MM-DD)'),
	total: Change.describe('Total do escopo'),
	byState: z
		.partialRecord(z.enum(['new', 'active', 'at_risk', 'inactive']), Change)
		.describe('O mesmo por estado: new (novo), active (ativo), at_risk (em risco), inactive')
});

const Group = z.object({
	key: z.string().describe('Id do vendedor, segmento ou UF ("none" quando vazio)'),
	label: z.string().describe('Nome do vendedor, segmento ou UF'),
	customers: Change.describe('Clientes'),
	atRisk: Change.describe('Clientes em risco'),
	inactive: Change.describe('Clientes inativos'),
	revenueAtRiskCents: Change.describe('Faturamento em risco por mês (estimativa), centavos'),
	lostRevenueCents: Change.describe('Faturamento perdido em 12 meses (estimativa), centavos')
});

const Output = z.object({
	...AsOfOutput,
	previousAsOf: z.string().describe('Data de comparação (AAAA-MM-DD)'),
	comparison: z.string().describe('Com o que se comparou, em pt-BR'),
	filters: z.record(z.string(), z.unknown()).describe('O escopo aplicado'),
	stateDefinition: z.string().describe('O que cada estado significa'),
	metrics: z.array(Metric).describe('Cada número: definição, datas, total e por estado'),
	breakdown: z.enum(BREAKDOWNS).nullable().describe('A quebra pedida, ou null'),
	groupsTotal: z.number().int().describe('Quantos grupos existem na quebra (0 sem quebra)'),
	groups: z.array(Group).describe('Os grupos (maior faturamento em risco primeiro)')
});

export const STATE_DEFINITION =
	'Estado pelo ciclo de recompra de cada cliente: ativo até 1,5 ciclo sem comprar, em risco até 3 ciclos ' +
	'(e até 365 dias), inativo depois; novo = primeira compra nos últimos 90 dias e até 2 compras.';

function resolveComparison(compareTo: string, asOf: string): { date: string; label: string } {
	let date: string;
	let label: string;
	if (compareTo === 'previous_month_end') {
		date = addDays(startOfMonth(asOf), -1);
		label = COMPARISONS.previous_month_end;
	} else if (compareTo === 'same_day_last_month') {
		date = addMonths(asOf, -1);
		label = COMPARISONS.same_day_last_month;
	} else if (compareTo === 'same_day_last_year') {
		date = addMonths(asOf, -12);
		label = COMPARISONS.same_day_last_year;
	} else {
		date = compareTo;
		label = 'a data pedida';
	}
	if (date >= asOf)
		throw new ToolError(
			'invalid_input',
			`compareTo: a data de comparação (${formatDate(date)}) precisa ser anterior a ${formatDate(asOf)}.`
		);
	return { date, label: `${label} (${formatDate(date)})` };
}

const signed = (n: number, format: (x: number) => string) =>
	n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : 'sem variação';

export function change(now: number, before: number, unit: 'customers' | 'cents'): Change {
	const delta = now - before;
	if (unit === 'customers') return { now, before, delta };
	return { now, before, delta, text: `${formatMoney(now)} (${signed(delta, formatMoney)})` };
}

/** Names of the reps among `ids` (for group labels). */
export async function repNames(
	db: GiroDatabase,
	ids: readonly (number | null)[]
): Promise<Map<number, string>> {
	const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
	if (wanted.length === 0) return new Map();
	const rows = await db.rows<{ id: number; name: string }>(
		sql`select id, name from users where id in (${sql.join(
			wanted.map((id) => sql`${id}`),
			sql`, `
		)})`
	);
	return new Map(rows.map((r) => [r.id, r.name]));
}

export function groupKey(breakdown: Breakdown | 'risk_state') {
	return (a: CustomerAssessment): string => {
		const value =
			breakdown === 'rep'
				? a.repId
				: breakdown === 'segment'
					? a.segment
					: breakdown === 'uf'
						? a.uf
						: a.state;
		return value === null || value === '' ? 'none' : String(value);
	};
}

export function groupLabel(
	breakdown: Breakdown | 'risk_state',
	key: string,
	reps: Map<number, string>
): string {
	if (key === 'none')
		return breakdown === 'rep'
			? 'Sem vendedor'
			: breakdown === 'segment'
				? 'Sem segmento'
				: 'Sem UF';
	if (breakdown === 'rep') return reps.get(Number(key)) ?? `Vendedor ${key}`;
	if (breakdown === 'risk_state') return STATE_LABEL[key as RiskState];
	return key;
}

function groupsOf(
	breakdown: Breakdown,
	now: CustomerAssessment[],
	before: CustomerAssessment[],
	reps: Map<number, string>
) {
	const key = groupKey(breakdown);
	const nowGroups = new Map(totalsBy(now, key).map((g) => [g.key, g]));
	const beforeGroups = new Map(totalsBy(before, key).map((g) => [g.key, g]));
	const empty: GroupTotals = {
		key: '',
		customers: 0,
		usualMonthlyCents: 0,
		revenueAtRiskCents: 0,
		lostRevenueCents: 0,
		declining: 0,
		byState: { new: 0, active: 0, at_risk: 0, inactive: 0, prospect: 0 }
	};
	const keys = [...new Set([...nowGroups.keys(), ...beforeGroups.keys()])];
	return keys
		.map((k) => {
			const n = nowGroups.get(k) ?? empty;
			const b = beforeGroups.get(k) ?? empty;
			return {
				key: k,
				label: groupLabel(breakdown, k, reps),
				customers: change(n.customers, b.customers, 'customers'),
				atRisk: change(n.byState.at_risk, b.byState.at_risk, 'customers'),
				inactive: change(n.byState.inactive, b.byState.inactive, 'customers'),
				revenueAtRiskCents: change(n.revenueAtRiskCents, b.revenueAtRiskCents, 'cents'),
				lostRevenueCents: change(n.lostRevenueCents, b.lostRevenueCents, 'cents')
			};
		})
		.sort(
			(x, y) =>
				y.revenueAtRiskCents.now - x.revenueAtRiskCents.now ||
				y.customers.now - x.customers.now ||
				x.key.localeCompare(y.key)
		);
}

export const getPortfolioHealth = defineTool({
	name: 'get_portfolio_health',
	title: 'Saúde da carteira',
	description:
		'Resumo da saúde da carteira numa data, comparado com uma data anterior (padrão: fim do mês anterior): ' +
		'quantos clientes estão novos, ativos, em risco e inativos, faturamento mensal habitual, faturamento em ' +
		'risco e faturamento perdido estimado, com a variação de cada número. Opcionalmente quebra por vendedor, ' +
		'segmento ou UF. Use para "como está minha carteira?", "saúde da carteira", "quanto faturamento está em ' +
		'risco?", "melhorou ou piorou desde o mês passado?", "visão por vendedor". Cada número traz sua definição. ' +
		'Para a lista de clientes use list_customers; para o perdido por cliente, estimate_lost_revenue.',
	inputSchema: Input,
	outputSchema: Output,
	annotations: READ_ONLY,
	writes: false,
	async run(input, ctx) {
		const scope = scopeFor(ctx, input);
		const previous = resolveComparison(input.compareTo, ctx.asOf);
		const common = { scope, config: ctx.config };
		const now = await assessPortfolio(ctx.db, { ...common, asOf: ctx.asOf });
		const before = await assessPortfolio(ctx.db, { ...common, asOf: previous.date });
		const totalsNow = totalsByState(now);
		const totalsBefore = totalsByState(before);
		const metrics = METRIC_KEYS.map((metric) => {
			const spec = METRICS[metric];
			const field = FIELD[metric];
			return {
				metric,
				label: spec.label,
				unit: spec.unit,
				definition: spec.definition,
				asOf: ctx.asOf,
				previousAsOf: previous.date,
				total: change(totalsNow.all[field], totalsBefore.all[field], spec.unit),
				byState: Object.fromEntries(
					BY_STATE[metric].map((s) => [
						s,
						change(totalsNow.byState[s][field], totalsBefore.byState[s][field], spec.unit)
					])
				)
			};
		});
		let groups: ReturnType<typeof groupsOf> = [];
		if (input.breakdown) {
			const reps =
				input.breakdown === 'rep'
					? await repNames(
							ctx.db,
							[...now, ...before].map((a) => a.repId)
						)
					: new Map<number, string>();
			groups = groupsOf(input.breakdown, now, before, reps);
		}
		const byState = (m: MetricKey) => metrics.find((x) => x.metric === m)!;
		const customers = byState('customers');
		const atRisk = byState('revenue_at_risk').total;
		const lost = byState('lost_revenue').total;
		const counts = (['active', 'new', 'at_risk', 'inactive'] as const)
			.map((s) => `${STATE_LABEL[s]}: ${customers.byState[s]!.now}`)
			.join(', ');
		const shown = groups.slice(0, input.maxGroups);
		return {
			structured: {
				asOf: ctx.asOf,
				previousAsOf: previous.date,
				comparison: previous.label,
				filters: { ...scope },
				stateDefinition: STATE_DEFINITION,
				metrics,
				breakdown: input.breakdown ?? null,
				groupsTotal: groups.length,
				groups: shown
			},
			summary:
				`Em ${formatDate(ctx.asOf)}: ${customers.total.now} clientes (${counts}); ` +
				`faturamento em risco ${atRisk.text} por mês e perdido estimado ${lost.text} em 12 meses ` +
				`(estimativas; variação contra ${previous.label}).` +
				(input.breakdown
					? ` Quebra por ${{ rep: 'vendedor', segment: 'segmento', uf: 'UF' }[input.breakdown]}: ` +
						`${shown.length} de ${plural(groups.length, 'grupo', 'grupos')}.`
					: '')
		};
	}
});
