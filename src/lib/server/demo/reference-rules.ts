/**
 * An independent, deliberately plain reading of SPEC "Definitions" for one customer: purchase
 * occasions, repurchase cycle, risk state, "stopped buying in a period" and declining volume.
 * The demo generator uses it to prove its planted behaviours (and the absence of accidental
 * ones); it is not the engine, and it shares no code with it, so the two can check each other.
 *
 * Conventions where SPEC leaves a choice (the demo keeps its data away from these edges):
 * - "the last N days" before `asOf` are the days at age 0 … N−1 (age = asOf − date), so a
 *   customer is `new` when its first occasion is less than 90 days old;
 * - `inactive` (r > 3 or recency > 365) wins over `active` when both would match;
 * - the declining flag fires when revenue or volume is at most 70% of the baseline.
 */

export interface OrderLike {
	orderDate: string;
	totalCents: number;
	volume: number | null;
	status: string;
}

export interface Occasion {
	date: string;
	valueCents: number;
	/** null when no order of that day has a volume. */
	volume: number | null;
}

export type RiskState = 'prospect' | 'new' | 'active' | 'at_risk' | 'inactive';

export interface Cycle {
	days: number;
	confidence: 'high' | 'medium' | 'low';
}

export const RULES = {
	newWithinDays: 90,
	newMaxOccasions: 2,
	cycleIntervals: 12,
	atRiskAbove: 1.5,
	inactiveAbove: 3,
	inactiveRecencyDays: 365,
	declineMinWindowDays: 90,
	declineWindowCycles: 3,
	baselineDays: 365,
	declineAtMost: 0.7,
	baselineMinOccasions: 3
} as const;

/** Days from `from` to `to` ('YYYY-MM-DD'), positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
	return dayNumber(to) - dayNumber(from);
}

const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01 (memoised: the generator asks for the same few thousand dates). */
function dayNumber(iso: string): number {
	let day = dayNumbers.get(iso);
	if (day === undefined) {
		day = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
		if (dayNumbers.size < 100_000) dayNumbers.set(iso, day);
	}
	return day;
}

/** Invoiced orders up to `asOf`, one occasion per day (values and volumes summed), in date order. */
export function purchaseOccasions(orders: readonly OrderLike[], asOf?: string): Occasion[] {
	const byDate = new Map<string, Occasion>();
	for (const order of orders) {
		if (order.status !== 'invoiced') continue;
		if (asOf !== undefined && order.orderDate > asOf) continue;
		const occasion = byDate.get(order.orderDate);
		if (!occasion) {
			byDate.set(order.orderDate, {
				date: order.orderDate,
				valueCents: order.totalCents,
				volume: order.volume
			});
		} else {
			occasion.valueCents += order.totalCents;
			if (order.volume !== null) occasion.volume = (occasion.volume ?? 0) + order.volume;
		}
	}
	return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The median; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number {
	if (values.length === 0) throw new RangeError('median of nothing');
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The occasions dated on or before `asOf` (the input is in date order). */
export function occasionsUpTo(occasions: readonly Occasion[], asOf: string): readonly Occasion[] {
	let end = occasions.length;
	while (end > 0 && occasions[end - 1].date > asOf) end--;
	return end === occasions.length ? occasions : occasions.slice(0, end);
}

/** The customer's own cycle: median of its last (up to) 12 intervals; null below 2 occasions. */
export function ownCycle(occasions: readonly Occasion[]): Cycle | null {
	const n = occasions.length;
	if (n < 2) return null;
	const intervals: number[] = [];
	for (let i = Math.max(1, n - RULES.cycleIntervals); i < n; i++) {
		intervals.push(daysBetween(occasions[i - 1].date, occasions[i].date));
	}
	const confidence = n >= 6 ? 'high' : n >= 3 ? 'medium' : 'low';
	return { days: median(intervals), confidence };
}

/**
 * The risk state on `asOf`. `peerCycleDays` is needed only for a customer with a single
 * occasion that is no longer new (SPEC: the segment's or portfolio's median cycle).
 */
export function riskState(
	allOccasions: readonly Occasion[],
	asOf: string,
	peerCycleDays?: number
): RiskState {
	const occasions = occasionsUpTo(allOccasions, asOf);
	if (occasions.length === 0) return 'prospect';
	const firstAge = daysBetween(occasions[0].date, asOf);
	if (occasions.length <= RULES.newMaxOccasions && firstAge < RULES.newWithinDays) return 'new';
	const recency = daysBetween(occasions[occasions.length - 1].date, asOf);
	if (recency > RULES.inactiveRecencyDays) return 'inactive';
	const cycle = ownCycle(occasions)?.days ?? peerCycleDays;
	if (cycle === undefined) throw new Error('riskState: one occasion and no peer cycle');
	const r = recency / cycle;
	if (r > RULES.inactiveAbove) return 'inactive';
	if (r > RULES.atRiskAbove) return 'at_risk';
	return 'active';
}

/** SPEC "Who stopped buying in a period": active/new the day before, at risk/inactive at the end. */
export function stoppedInPeriod(
	occasions: readonly Occasion[],
	dayBeforePeriod: string,
	periodEnd: string,
	peerCycleDays?: number
): boolean {
	const before = riskState(occasions, dayBeforePeriod, peerCycleDays);
	const after = riskState(occasions, periodEnd, peerCycleDays);
	return (before === 'active' || before === 'new') && (after === 'at_risk' || after === 'inactive');
}

export interface Declining {
	declining: boolean;
	windowDays: number;
	baselineOccasions: number;
	/** Revenue per month in the window ÷ revenue per month in the baseline (null: no baseline). */
	revenueRatio: number | null;
	volumeRatio: number | null;
}

export interface DecliningOptions {
	/** Override the window length (the reference tests rounding variants with it). */
	windowDays?: number;
	/** Count the occasion exactly `windowDays` old in the window instead of the baseline. */
	inclusiveEdge?: boolean;
}

/**
 * SPEC "Declining volume": the last max(90, 3 × cycle) days against the 365 days before them,
 * per month (the month length cancels in the ratio).
 */
export function decliningVolume(
	allOccasions: readonly Occasion[],
	asOf: string,
	cycleDays: number,
	options: DecliningOptions = {}
): Declining {
	const windowDays =
		options.windowDays ??
		Math.max(RULES.declineMinWindowDays, RULES.declineWindowCycles * cycleDays);
	const inWindow = (age: number) => (options.inclusiveEdge ? age <= windowDays : age < windowDays);
	const inBaseline = (age: number) =>
		options.inclusiveEdge
			? age > windowDays && age <= windowDays + RULES.baselineDays
			: age >= windowDays && age < windowDays + RULES.baselineDays;
	let recentRevenue = 0;
	let recentVolume = 0;
	let baseRevenue = 0;
	let baseVolume = 0;
	let baselineOccasions = 0;
	let hasVolume = false;
	const occasions = occasionsUpTo(allOccasions, asOf);
	for (let i = occasions.length - 1; i >= 0; i--) {
		const o = occasions[i];
		const age = daysBetween(o.date, asOf);
		if (o.volume !== null) hasVolume = true;
		if (inWindow(age)) {
			recentRevenue += o.valueCents;
			recentVolume += o.volume ?? 0;
		} else if (inBaseline(age)) {
			baselineOccasions++;
			baseRevenue += o.valueCents;
			baseVolume += o.volume ?? 0;
		} else if (age > windowDays + RULES.baselineDays) break;
	}
	const ratio = (recent: number, base: number) =>
		base > 0 ? recent / windowDays / (base / RULES.baselineDays) : null;
	const revenueRatio = ratio(recentRevenue, baseRevenue);
	const volumeRatio = hasVolume ? ratio(recentVolume, baseVolume) : null;
	const falls = (r: number | null) => r !== null && r <= RULES.declineAtMost;
	const declining =
		baselineOccasions >= RULES.baselineMinOccasions && (falls(revenueRatio) || falls(volumeRatio));
	return { declining, windowDays, baselineOccasions, revenueRatio, volumeRatio };
}
