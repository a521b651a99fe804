/**
 * SPEC portfolio health over time: counts and revenue by state at the end of each of the last
 * N months (the current month ends at `asOf`), for charts. One assessment per month end.
 */
import type { GiroDatabase } from '../../db/client.ts';
import { addMonths, endOfMonth, startOfMonth } from '../calendar/iso-date.ts';
import { assessPortfolio } from './assess-portfolio.ts';
import type { EngineConfig } from './engine-config.ts';
import type { PortfolioScope } from './scope.ts';
import { totalsByState, type StateTotals } from './summarize-portfolio.ts';
import type { RiskState } from './classify-customer.ts';

export interface HealthPoint {
	month: string;
	asOf: string;
	all: StateTotals;
	byState: Record<RiskState, StateTotals>;
}

export async function healthHistory(
	db: GiroDatabase,
	options: { asOf: string; months?: number; scope?: PortfolioScope; config?: EngineConfig }
): Promise<HealthPoint[]> {
	const months = options.months ?? 12;
	const points: HealthPoint[] = [];
	for (let i = months - 1; i >= 0; i--) {
		const first = startOfMonth(addMonths(startOfMonth(options.asOf), -i));
		const asOf = i === 0 ? options.asOf : endOfMonth(first);
		const assessments = await assessPortfolio(db, {
			asOf,
			scope: options.scope,
			config: options.config
		});
		points.push({ month: first.slice(0, 7), asOf, ...totalsByState(assessments) });
	}
	return points;
}
