/**
 * BG/NBD ("beta-geometric / negative binomial distribution", Fader, Hardie & Lee 2005):
 * probability that a customer is still alive, expected purchases and the risk score of no
 * purchase in the next h time units, from a maximum-likelihood fit on the portfolio. The rules
 * are written in ../shared/SPEC.md, "Probability alive" and "Risk score".
 */
export type { BgNbdCustomer, BgNbdFit, BgNbdParams } from './types.ts';
export { fitBgNbd, type FitBgNbdOptions } from './fit-bgnbd.ts';
export { groupCustomers, type GroupedCustomers } from './group-customers.ts';
export { bgnbdLogLikelihood, customerLogLikelihood } from './log-likelihood.ts';
export {
	expectedPurchases,
	expectedPurchasesNewCustomer,
	pAlive,
	probNoPurchase
} from './predict.ts';
export { hyp2f1 } from './hypergeometric.ts';
export {
	CDNOW_PERIODS,
	loadCdnowSample,
	parseCdnowLog,
	summarizeCdnow,
	type CdnowCustomer,
	type CdnowPeriods,
	type CdnowPurchase
} from './cdnow.ts';
export { simulateBgNbd, type SimulateBgNbdOptions } from './simulate-bgnbd.ts';
