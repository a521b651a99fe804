/**
 * The engine's main entry: every customer in a scope, assessed at `asOf` — cycle, state and
 * its reasons, decline, value estimates, RFV, P(alive), expected purchases and the risk score
 * (SPEC "Definitions"). The whole portfolio's assessment is materialised and refreshed
 * incrementally (`steady-state.ts`); a scope is a filter over it.
 */
import type { GiroDatabase } from '../../db/client.ts';
import type { CustomerAssessment } from './assess-customer.ts';
import { DEFAULT_ENGINE_CONFIG, type EngineConfig } from './engine-config.ts';
import { scopeFilter, type PortfolioScope } from './scope.ts';
import { materialisedPortfolio, type MaterialisedPortfolio } from './steady-state.ts';

export { assessCustomer, type CustomerAssessment } from './assess-customer.ts';

export interface AssessOptions {
	asOf: string;
	scope?: PortfolioScope;
	config?: EngineConfig;
	includeProspects?: boolean;
}

export async function assessPortfolio(
	db: GiroDatabase,
	options: AssessOptions
): Promise<CustomerAssessment[]> {
	const config = options.config ?? DEFAULT_ENGINE_CONFIG;
	const m = await materialisedPortfolio(db, options.asOf, config);
	return selectAssessments(m, options);
}

/** The scope's customers (buyers, or prospects too) from a materialised portfolio, by id. */
export function selectAssessments(
	m: MaterialisedPortfolio,
	options: Pick<AssessOptions, 'scope' | 'includeProspects'>
): CustomerAssessment[] {
	const scope = options.scope ?? {};
	const inScope = scopeFilter(scope);
	// Explicit ids (one customer's profile): look them up instead of filtering every customer.
	const candidates = scope.customerIds
		? [...new Set(scope.customerIds)].sort((a, b) => a - b).flatMap((id) => m.byId.get(id) ?? [])
		: m.assessments;
	return candidates.filter((a) => (options.includeProspects || a.occasions > 0) && inScope(a));
}
