/**
 * Every threshold of SPEC's "Definitions", in one place. A deployment changes them here (or
 * passes a partial override to `engineConfig`); nothing else in the engine hard-codes them.
 */
import { z } from 'zod';

export const EngineConfigSchema = z.object({
	cycle: z.object({
		maxIntervals: z.number().int().positive().default(12).describe('Intervals in the median'),
		highConfidenceMinOccasions: z.number().int().default(6).describe('Occasions for `high`'),
		ownCycleMinOccasions: z.number().int().default(3).describe('Occasions for an own cycle'),
		peerMinCustomersInSegment: z
			.number()
			.int()
			.default(10)
			.describe('Segment peers needed before falling back to the whole portfolio')
	}),
	state: z.object({
		newMaxDaysSinceFirst: z.number().int().default(90).describe('`new`: first occasion within'),
		newMaxOccasions: z.number().int().default(2).describe('`new`: at most this many occasions'),
		activeMaxRatio: z.number().default(1.5).describe('`active` while recency/cycle ≤ this'),
		atRiskMaxRatio: z.number().default(3).describe('`at_risk` while recency/cycle ≤ this'),
		inactiveAfterDays: z.number().int().default(365).describe('`inactive` past this recency')
	}),
	decline: z.object({
		minWindowDays: z.number().int().default(90),
		windowCycles: z.number().default(3).describe('Recent window = max(min, cycles × cycle)'),
		baselineDays: z.number().int().default(365),
		maxRatio: z.number().default(0.7).describe('Declining when recent/baseline ≤ this'),
		minBaselineOccasions: z.number().int().default(3)
	}),
	value: z.object({
		averageOccasions: z.number().int().default(12).describe('Occasions in the average value'),
		daysPerMonth: z.number().default(30.4375),
		lostRevenueWindowDays: z.number().int().default(365)
	}),
	rfv: z.object({ windowDays: z.number().int().default(365) }),
	risk: z.object({
		horizonDays: z.number().int().default(90).describe('Risk score horizon'),
		alertThreshold: z
			.number()
			.default(0.5)
			.describe('Risk score that, once crossed, creates an automatic follow-up (SPEC)')
	}),
	stalled: z.object({
		proposalBusinessDays: z.number().int().default(5),
		negotiationBusinessDays: z.number().int().default(7),
		evaluationBusinessDays: z.number().int().default(5).describe('When no return date agreed')
	}),
	cadence: z.object({
		minBusinessDays: z.number().int().default(2),
		maxBusinessDays: z.number().int().default(5),
		defaultBusinessDays: z.number().int().default(3),
		maxAttempts: z.number().int().default(5)
	}),
	queue: z.object({
		skipContactedWithinBusinessDays: z.number().int().default(3)
	})
});
export type EngineConfig = z.infer<typeof EngineConfigSchema>;

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** SPEC's defaults, optionally overridden section by section. */
export function engineConfig(overrides: DeepPartial<EngineConfig> = {}): EngineConfig {
	const sections = Object.keys(EngineConfigSchema.shape) as (keyof EngineConfig)[];
	const input = Object.fromEntries(sections.map((k) => [k, overrides[k] ?? {}]));
	return EngineConfigSchema.parse(input);
}

export const DEFAULT_ENGINE_CONFIG: EngineConfig = engineConfig();
