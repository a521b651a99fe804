/**
 * One customer assessed at `asOf` against the whole portfolio's reference — the per-customer
 * rule of `assessPortfolio`, shared by the materialised portfolio (`steady-state.ts`).
 */
import { daysBetween } from '../calendar/iso-date.ts';
import { expectedPurchases, pAlive, probNoPurchase } from '../bgnbd/index.ts';
import { classifyCustomer, type Classification } from './classify-customer.ts';
import type { CustomerFacts } from './customer-facts.ts';
import type { EngineConfig } from './engine-config.ts';
import { explainState } from './explain-state.ts';
import type { PortfolioReference } from './portfolio-reference.ts';
import { rfvScores, type RfvScores } from './rfv.ts';

export interface CustomerAssessment extends Classification {
	customerId: number;
	erpCode: string;
	name: string;
	legalName: string;
	segment: string | null;
	uf: string | null;
	repId: number | null;
	occasions: number;
	firstOccasion: string | null;
	lastOccasion: string | null;
	lastOccasionValueCents: number | null;
	reasons: string[];
	rfv: RfvScores | null;
	/** BG/NBD probability the customer is still active (null for prospects). */
	pAlive: number | null;
	/** BG/NBD expected purchases in the next `horizonDays` (SPEC risk horizon, 90 days). */
	expectedPurchases90: number | null;
	/** SPEC "Risk score": probability of no purchase in the next 90 days. */
	riskScore: number | null;
}

const WEEK = 7;

export function assessCustomer(
	facts: CustomerFacts,
	reference: PortfolioReference,
	asOf: string,
	config: EngineConfig
): CustomerAssessment {
	const c = classifyCustomer(facts, reference.peers, asOf, config);
	return {
		...c,
		customerId: facts.customerId,
		erpCode: facts.erpCode,
		name: facts.name,
		legalName: facts.legalName,
		segment: facts.segment,
		uf: facts.uf,
		repId: facts.repId,
		occasions: facts.occasions,
		firstOccasion: facts.firstOccasion,
		lastOccasion: facts.lastOccasion,
		lastOccasionValueCents: facts.lastOccasionValueCents,
		reasons: explainState(c, facts),
		rfv: rfvOf(facts, c.recencyDays, reference),
		...bgnbdFigures(facts, reference, asOf, config)
	};
}

/** The RFV scores (null for a customer with no occasion). */
export function rfvOf(
	facts: CustomerFacts,
	recencyDays: number | null,
	reference: PortfolioReference
): RfvScores | null {
	const bought = facts.occasions > 0 && facts.firstOccasion && facts.lastOccasion;
	return bought && recencyDays !== null
		? rfvScores(reference.rfv, {
				recencyDays,
				frequency: facts.frequency365,
				revenue: facts.revenue365Cents
			})
		: null;
}

/** The figures that depend on the BG/NBD fit (all null without a fit or a purchase). */
export function bgnbdFigures(
	facts: CustomerFacts,
	reference: PortfolioReference,
	asOf: string,
	config: EngineConfig
): Pick<CustomerAssessment, 'pAlive' | 'expectedPurchases90' | 'riskScore'> {
	const fit = reference.bgnbd;
	if (!fit || !(facts.occasions > 0 && facts.firstOccasion && facts.lastOccasion))
		return { pAlive: null, expectedPurchases90: null, riskScore: null };
	const history = {
		x: facts.occasions - 1,
		tx: daysBetween(facts.firstOccasion, facts.lastOccasion) / WEEK,
		T: daysBetween(facts.firstOccasion, asOf) / WEEK
	};
	const horizon = config.risk.horizonDays / WEEK;
	return {
		pAlive: finiteOrNull(pAlive(fit, history)),
		expectedPurchases90: finiteOrNull(expectedPurchases(fit, horizon, history)),
		riskScore: finiteOrNull(probNoPurchase(fit, horizon, history))
	};
}

/**
 * A BG/NBD figure that the numerics could not produce (NaN or ±∞, seen with the extreme,
 * non-converged fits of tiny regular portfolios) is unknown, not a number: null, as when there
 * is no fit, so the tools' output schemas hold and nothing shows "NaN".
 */
function finiteOrNull(x: number): number | null {
	return Number.isFinite(x) ? x : null;
}
