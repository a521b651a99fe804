/**
 * Portfolio figures summed from customer assessments (SPEC "Revenue at risk", "Estimated lost
 * revenue"): counts and money by state, and by rep, segment or UF. Sums of per-customer
 * integer cents, so totals are exact. Prospects are left out unless the caller passed them.
 * The estimates carry their formula, in pt-BR, next to the number.
 */
import type { CustomerAssessment } from './assess-portfolio.ts';
import type { RiskState } from './classify-customer.ts';
import { countsTowardLoss } from './portfolio-totals.ts';

export const STATES: readonly RiskState[] = ['new', 'active', 'at_risk', 'inactive', 'prospect'];

export const STATE_LABEL: Record<RiskState, string> = {
	new: 'novo',
	active: 'ativo',
	at_risk: 'em risco',
	inactive: 'inativo',
	prospect: 'prospect'
};

export const FORMULAS = {
	usualMonthly:
		'Faturamento mensal habitual = valor médio das últimas 12 compras × 30,4375 ÷ ciclo de recompra (dias).',
	revenueAtRisk:
		'Faturamento em risco (por mês, estimativa) = soma do faturamento mensal habitual dos clientes em risco e inativos.',
	lostRevenue:
		'Faturamento perdido estimado (12 meses) = compras que o ciclo previa e não aconteceram, piso(mín(dias sem comprar, 365) ÷ ciclo), × valor médio das últimas 12 compras.'
} as const;

export interface StateTotals {
	customers: number;
	usualMonthlyCents: number;
	revenueAtRiskCents: number;
	lostRevenueCents: number;
	declining: number;
}

export interface GroupTotals extends StateTotals {
	key: string;
	byState: Record<RiskState, number>;
}

function emptyTotals(): StateTotals {
	return {
		customers: 0,
		usualMonthlyCents: 0,
		revenueAtRiskCents: 0,
		lostRevenueCents: 0,
		declining: 0
	};
}

function add(t: StateTotals, a: CustomerAssessment) {
	t.customers += 1;
	t.usualMonthlyCents += a.usualMonthlyCents ?? 0;
	// SPEC: the money totals count at_risk and inactive customers only (portfolio-totals.ts).
	if (countsTowardLoss(a)) {
		t.revenueAtRiskCents += a.revenueAtRiskCents;
		t.lostRevenueCents += a.lostRevenueCents;
	}
	if (a.decline.declining) t.declining += 1;
}

export function totalsByState(assessments: readonly CustomerAssessment[]) {
	const byState = Object.fromEntries(STATES.map((s) => [s, emptyTotals()])) as Record<
		RiskState,
		StateTotals
	>;
	const all = emptyTotals();
	for (const a of assessments) {
		add(byState[a.state], a);
		add(all, a);
	}
	return { all, byState };
}

export function totalsBy(
	assessments: readonly CustomerAssessment[],
	keyOf: (a: CustomerAssessment) => string
): GroupTotals[] {
	const groups = new Map<string, GroupTotals>();
	for (const a of assessments) {
		const key = keyOf(a);
		let g = groups.get(key);
		if (!g) {
			g = {
				key,
				...emptyTotals(),
				byState: { new: 0, active: 0, at_risk: 0, inactive: 0, prospect: 0 }
			};
			groups.set(key, g);
		}
		add(g, a);
		g.byState[a.state] += 1;
	}
	return [...groups.values()].sort(
		(x, y) => y.revenueAtRiskCents - x.revenueAtRiskCents || x.key.localeCompare(y.key)
	);
}
