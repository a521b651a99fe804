/**
 * Expected purchases of one customer in a window (T + t₀, T + t₁] from the fitted BG/NBD
 * (conditional expectation at t₁ minus at t₀). When the fit sits on its boundary (no dropout,
 * a → 0, which short histories produce) the Gauss hypergeometric series is not usable; the
 * limit is then the Gamma–Poisson rate (r + x) / (α + T) while alive.
 */
import { expectedPurchases, pAlive, type BgNbdCustomer, type BgNbdParams } from '../bgnbd/index.ts';

export function expectedWindowPurchases(
	params: BgNbdParams,
	customer: BgNbdCustomer,
	fromWeeks: number,
	toWeeks: number
): number {
	const value =
		expectedPurchases(params, toWeeks, customer) - expectedPurchases(params, fromWeeks, customer);
	if (Number.isFinite(value) && value >= 0 && value < 1e6) return value;
	const alive = pAlive(params, customer);
	const rate = (params.r + customer.x) / (params.alpha + customer.T);
	const fallback = (Number.isFinite(alive) ? alive : 1) * rate * (toWeeks - fromWeeks);
	return Number.isFinite(fallback) ? Math.max(0, fallback) : 0;
}
