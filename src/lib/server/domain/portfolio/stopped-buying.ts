/**
 * SPEC "Who stopped buying in a period": customers whose state was `active` or `new` at the
 * start of the period (asOf = the day before its first day) and is `at_risk` or `inactive` at
 * its end (asOf = its last day, or the real asOf while it is still running). Two assessments,
 * one at each end, read from the materialised portfolio (`steady-state.ts`); the answer always carries the definition in one line.
 */
import type { GiroDatabase } from '../../db/client.ts';
import { formatDate } from '#lib/format.ts';
import { selectAssessments, type CustomerAssessment } from './assess-portfolio.ts';
import { DEFAULT_ENGINE_CONFIG, type EngineConfig } from './engine-config.ts';
import { periodStartAsOf, resolvePeriod, type Period, type PeriodInput } from './period.ts';
import type { PortfolioScope } from './scope.ts';
import { materialisedPortfolios } from './steady-state.ts';

export interface StoppedCustomer {
	before: CustomerAssessment;
	after: CustomerAssessment;
}

export interface StoppedBuying {
	period: Period;
	startAsOf: string;
	endAsOf: string;
	definition: string;
	customers: StoppedCustomer[];
}

export function stoppedBuyingDefinition(period: Period, startAsOf: string): string {
	return (
		`Parou de comprar (${period.label}): estava ativo ou novo em ${formatDate(startAsOf)} ` +
		`e ficou em risco ou inativo até ${formatDate(period.to)}${period.running ? ' (hoje)' : ''}, ` +
		'pelo próprio ciclo de recompra.'
	);
}

export async function stoppedBuying(
	db: GiroDatabase,
	options: { period: PeriodInput; asOf: string; scope?: PortfolioScope; config?: EngineConfig }
): Promise<StoppedBuying> {
	const period = resolvePeriod(options.period, options.asOf);
	const startAsOf = periodStartAsOf(period);
	// Both ends from the materialised portfolio; the ends not materialised yet are built from
	// one facts query over the purchase history (one pass for both dates).
	const [start, end] = await materialisedPortfolios(
		db,
		[startAsOf, period.to],
		options.config ?? DEFAULT_ENGINE_CONFIG
	);
	const before = selectAssessments(start, { scope: options.scope });
	const after = selectAssessments(end, { scope: options.scope });
	const startById = new Map(before.map((a) => [a.customerId, a]));
	const customers: StoppedCustomer[] = [];
	for (const end of after) {
		const start = startById.get(end.customerId);
		if (!start) continue;
		if (
			(start.state === 'active' || start.state === 'new') &&
			(end.state === 'at_risk' || end.state === 'inactive')
		)
			customers.push({ before: start, after: end });
	}
	customers.sort(
		(a, b) =>
			(b.after.usualMonthlyCents ?? 0) - (a.after.usualMonthlyCents ?? 0) ||
			a.after.customerId - b.after.customerId
	);
	return {
		period,
		startAsOf,
		endAsOf: period.to,
		definition: stoppedBuyingDefinition(period, startAsOf),
		customers
	};
}
