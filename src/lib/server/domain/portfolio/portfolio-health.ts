/**
 * The portfolio's health at `asOf` against an earlier date (SPEC "Saúde da carteira"): each
 * figure — customers, usual monthly revenue, revenue at risk, estimated lost revenue, customers
 * buying less — in total and by state at both dates with the change, and optionally the same
 * by rep, segment or UF. Also the group keys and labels estimate_lost_revenue shares.
 */
import { sql } from 'drizzle-orm';
import { formatDate, formatMoney } from '#lib/format.ts';
import type { GiroDatabase } from '../../db/client.ts';
import { addDays, addMonths, startOfMonth } from '../calendar/iso-date.ts';
import { assessPortfolio, type CustomerAssessment } from './assess-portfolio.ts';
import type { RiskState } from './classify-customer.ts';
import type { EngineConfig } from './engine-config.ts';
import type { PortfolioScope } from './scope.ts';
import {
	FORMULAS,
	STATE_LABEL,
	totalsBy,
	totalsByState,
	type GroupTotals,
	type StateTotals
} from './summarize-portfolio.ts';

export const COMPARISONS = {
	previous_month_end: 'o fim do mês anterior',
	same_day_last_month: 'o mesmo dia do mês anterior',
	same_day_last_year: 'o mesmo dia do ano anterior'
} as const;
export type Comparison = keyof typeof COMPARISONS;

export type Breakdown = 'rep' | 'segment' | 'uf';

/** A figure at both dates; money figures also as pt-BR text with the signed change. */
export interface Change {
	now: number;
	before: number;
	delta: number;
	text?: string;
}

export const METRICS = {
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
export type MetricKey = keyof typeof METRICS;
export const METRIC_KEYS = Object.keys(METRICS) as [MetricKey, ...MetricKey[]];

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

export const STATE_DEFINITION =
	'Estado pelo ciclo de recompra de cada cliente: ativo até 1,5 ciclo sem comprar, em risco até 3 ciclos ' +
	'(e até 365 dias), inativo depois; novo = primeira compra nos últimos 90 dias e até 2 compras.';

export function resolveComparison(
	compareTo: string,
	asOf: string
): { date: string; label: string } {
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
		throw new RangeError(
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

export function groupsOf(
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

/** Figures and groups of the health at `asOf` against `compareTo` (a named comparison or a date). */
export async function portfolioHealth({
	db,
	asOf,
	compareTo,
	scope,
	config,
	breakdown
}: {
	db: GiroDatabase;
	asOf: string;
	compareTo: string;
	scope: PortfolioScope;
	config: EngineConfig;
	breakdown?: Breakdown;
}) {
	const previous = resolveComparison(compareTo, asOf);
	const common = { scope, config };
	const now = await assessPortfolio(db, { ...common, asOf: asOf });
	const before = await assessPortfolio(db, { ...common, asOf: previous.date });
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
			asOf: asOf,
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
	if (breakdown) {
		const reps =
			breakdown === 'rep'
				? await repNames(
						db,
						[...now, ...before].map((a) => a.repId)
					)
				: new Map<number, string>();
		groups = groupsOf(breakdown, now, before, reps);
	}
	return { previous, metrics, groups };
}
