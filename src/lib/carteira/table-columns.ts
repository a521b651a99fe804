/**
 * The Carteira's tables, defined once: each column's title, kind and value. The page renders
 * them and the export writes them from the same definitions, so a downloaded file holds
 * exactly what the table shows (money as numbers in XLSX, as `1234,56` in CSV).
 */
import { formatDate, formatInteger, formatMoney, formatPercent } from '#lib/format.ts';
import { STATE_NAME, type RiskStateCode } from '#lib/labels.ts';

export type CellKind = 'text' | 'integer' | 'money' | 'date' | 'percent';
export type CellValue = string | number | null;

export interface Column<R> {
	key: string;
	label: string;
	kind: CellKind;
	/** Money in cents, percentages as ratios (0–1), dates 'YYYY-MM-DD'. */
	value: (row: R) => CellValue;
}

/** How a cell reads on the page. */
export function displayCell(kind: CellKind, value: CellValue): string {
	if (value === null || value === '') return '—';
	if (typeof value === 'string') return kind === 'date' ? formatDate(value) : value;
	if (kind === 'money') return formatMoney(value);
	if (kind === 'percent') return formatPercent(value);
	return formatInteger(value);
}

export interface TeamRowView {
	repId: number | null;
	name: string;
	active: number;
	new: number;
	atRisk: number;
	inactive: number;
	revenueAtRiskCents: number;
	lostRevenueCents: number;
	stoppedInPeriod: number;
	overdueFollowUps: number;
	contacts7: number;
	contacts30: number;
	revenueAtRiskDeltaCents: number;
}

export const TEAM_COLUMNS: Column<TeamRowView>[] = [
	{ key: 'name', label: 'Vendedor', kind: 'text', value: (r) => r.name },
	{ key: 'active', label: 'Ativos', kind: 'integer', value: (r) => r.active },
	{ key: 'new', label: 'Novos', kind: 'integer', value: (r) => r.new },
	{ key: 'atRisk', label: 'Em risco', kind: 'integer', value: (r) => r.atRisk },
	{ key: 'inactive', label: 'Inativos', kind: 'integer', value: (r) => r.inactive },
	{ key: 'risk', label: 'Em risco por mês', kind: 'money', value: (r) => r.revenueAtRiskCents },
	{ key: 'lost', label: 'Perdido em 12 meses', kind: 'money', value: (r) => r.lostRevenueCents },
	{ key: 'stopped', label: 'Pararam no período', kind: 'integer', value: (r) => r.stoppedInPeriod },
	{
		key: 'overdue',
		label: 'Follow-ups atrasados',
		kind: 'integer',
		value: (r) => r.overdueFollowUps
	},
	{ key: 'c7', label: 'Contatos em 7 dias', kind: 'integer', value: (r) => r.contacts7 },
	{ key: 'c30', label: 'Contatos em 30 dias', kind: 'integer', value: (r) => r.contacts30 },
	{
		key: 'delta',
		label: 'Variação do em risco',
		kind: 'money',
		value: (r) => r.revenueAtRiskDeltaCents
	}
];

export type SortDirection = 'asc' | 'desc';

/** Rows sorted by one column (text in pt-BR order, numbers numerically; ties by name). */
export function sortRows<R>(
	rows: readonly R[],
	columns: readonly Column<R>[],
	key: string,
	direction: SortDirection
): R[] {
	const column = columns.find((c) => c.key === key) ?? columns[0];
	const sign = direction === 'asc' ? 1 : -1;
	return [...rows].sort((x, y) => {
		const a = column.value(x);
		const b = column.value(y);
		const byValue =
			typeof a === 'number' && typeof b === 'number'
				? a - b
				: String(a ?? '').localeCompare(String(b ?? ''), 'pt-BR');
		return (
			sign * byValue ||
			String(columns[0].value(x)).localeCompare(String(columns[0].value(y)), 'pt-BR')
		);
	});
}

export interface StoppedRowView {
	customerId: number;
	name: string;
	repName: string | null;
	state: RiskStateCode;
	reason: string;
	lastPurchase: string | null;
	usualMonthlyCents: number | null;
}

const state = (s: RiskStateCode) => STATE_NAME[s];

export const STOPPED_COLUMNS: Column<StoppedRowView>[] = [
	{ key: 'name', label: 'Cliente', kind: 'text', value: (r) => r.name },
	{ key: 'rep', label: 'Vendedor', kind: 'text', value: (r) => r.repName },
	{ key: 'state', label: 'Estado', kind: 'text', value: (r) => state(r.state) },
	{ key: 'reason', label: 'Motivo', kind: 'text', value: (r) => r.reason },
	{
		key: 'usual',
		label: 'Faturamento mensal habitual',
		kind: 'money',
		value: (r) => r.usualMonthlyCents
	},
	{ key: 'last', label: 'Última compra', kind: 'date', value: (r) => r.lastPurchase }
];

export interface CustomerRowView {
	customerId: number;
	name: string;
	repName?: string | null;
	segment: string | null;
	uf: string | null;
	state: RiskStateCode;
	cycleDays: number | null;
	lastPurchase: string | null;
	recencyDays: number | null;
	overdueDays: number | null;
	usualMonthlyCents: number | null;
	riskScore: number | null;
}

const whole = (n: number | null) => (n === null ? null : Math.round(n));

export const AT_RISK_COLUMNS: Column<CustomerRowView>[] = [
	{ key: 'name', label: 'Cliente', kind: 'text', value: (r) => r.name },
	{ key: 'rep', label: 'Vendedor', kind: 'text', value: (r) => r.repName ?? null },
	{ key: 'state', label: 'Estado', kind: 'text', value: (r) => state(r.state) },
	{ key: 'last', label: 'Última compra', kind: 'date', value: (r) => r.lastPurchase },
	{ key: 'recency', label: 'Dias sem comprar', kind: 'integer', value: (r) => r.recencyDays },
	{
		key: 'usual',
		label: 'Faturamento mensal habitual',
		kind: 'money',
		value: (r) => r.usualMonthlyCents
	},
	{
		key: 'risk',
		label: 'Risco de não comprar em 90 dias',
		kind: 'percent',
		value: (r) => r.riskScore
	}
];

export const CUSTOMER_COLUMNS: Column<CustomerRowView>[] = [
	{ key: 'name', label: 'Cliente', kind: 'text', value: (r) => r.name },
	{ key: 'segment', label: 'Segmento', kind: 'text', value: (r) => r.segment },
	{ key: 'uf', label: 'UF', kind: 'text', value: (r) => r.uf },
	{ key: 'state', label: 'Estado', kind: 'text', value: (r) => state(r.state) },
	{ key: 'cycle', label: 'Ciclo (dias)', kind: 'integer', value: (r) => whole(r.cycleDays) },
	{ key: 'last', label: 'Última compra', kind: 'date', value: (r) => r.lastPurchase },
	{ key: 'overdue', label: 'Atraso (dias)', kind: 'integer', value: (r) => overdue(r.overdueDays) },
	{
		key: 'usual',
		label: 'Faturamento mensal habitual',
		kind: 'money',
		value: (r) => r.usualMonthlyCents
	},
	{
		key: 'risk',
		label: 'Risco de não comprar em 90 dias',
		kind: 'percent',
		value: (r) => r.riskScore
	}
];

function overdue(days: number | null): number | null {
	return days !== null && days > 0 ? Math.round(days) : null;
}

export const EXPORTS = {
	equipe: { title: 'Carteira por vendedor', columns: TEAM_COLUMNS },
	parados: { title: 'Quem parou de comprar', columns: STOPPED_COLUMNS },
	recuperaveis: { title: 'Em risco, ainda recuperáveis', columns: AT_RISK_COLUMNS },
	perdidos: { title: 'Perdidos há mais de um ano', columns: AT_RISK_COLUMNS },
	clientes: { title: 'Clientes', columns: CUSTOMER_COLUMNS }
} as const;
export type ExportTable = keyof typeof EXPORTS;
