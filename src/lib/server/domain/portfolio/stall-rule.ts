/**
 * SPEC "Stalled opportunity (negociação parada)": an open opportunity with no interaction for
 * longer than its stage allows — proposal sent 5 business days, negotiation 7, waiting for the
 * customer's evaluation: past the agreed return date (else 5). Pure: the dates come in, the
 * verdict and its pt-BR sentence go out; the limits come from `EngineConfig.stalled`.
 *
 * Decisions where SPEC is silent (written here for the next engineer):
 * - Everything is counted in business days (calendar module: no weekends, no national
 *   holidays). Idle = business days after the last activity up to and including `asOf`;
 *   stalled when idle > limit, so a deal whose limit ends on a Friday is flagged on Monday.
 * - `qualification` is never stalled: SPEC lists only proposal, negotiation and evaluation, and
 *   a lead still being qualified has no promise from either side to go stale.
 * - `evaluation` with an agreed return date R: the limit is the business days from the last
 *   activity to R, so the deal is stalled from the first business day after R. An interaction
 *   after R spends the date (the rep chased, the customer asked for more time): from then on
 *   the default `evaluationBusinessDays` apply, counted from that interaction.
 */
import { formatDate, plural } from '#lib/format.ts';
import { businessDaysBetween } from '#lib/server/domain/calendar/index.ts';
import type { EngineConfig } from './engine-config.ts';

export const STALLABLE_STAGES = ['proposal', 'negotiation', 'evaluation'] as const;
export type StallableStage = (typeof STALLABLE_STAGES)[number];

/** Which date the idle time is measured from. */
export type ActivitySource = 'interaction' | 'crm_activity' | 'stage_change';

export interface StallInput {
	stage: string;
	/** Latest activity date ('YYYY-MM-DD', São Paulo), already capped at `asOf`. */
	lastActivityDate: string;
	lastActivitySource: ActivitySource;
	agreedReturnDate: string | null;
}

export interface StallVerdict {
	stage: StallableStage;
	stalled: boolean;
	businessDaysIdle: number;
	/** Business days the stage allows without activity. */
	limitBusinessDays: number;
	/** idle − limit (positive when stalled). */
	businessDaysOverdue: number;
	/** True when the limit is the agreed return date (evaluation). */
	byAgreedReturnDate: boolean;
	reason: string;
}

const businessDays = (n: number) => plural(n, 'dia útil', 'dias úteis');

export function isStallableStage(stage: string): stage is StallableStage {
	return (STALLABLE_STAGES as readonly string[]).includes(stage);
}

/** The verdict for one open opportunity, or null when its stage is never stalled. */
export function judgeStall(
	input: StallInput,
	asOf: string,
	config: EngineConfig
): StallVerdict | null {
	const { stage, lastActivityDate: last, agreedReturnDate: agreed } = input;
	if (!isStallableStage(stage)) return null;
	const idle = businessDaysBetween(last, asOf);
	const byAgreedReturnDate = stage === 'evaluation' && agreed !== null && agreed >= last;
	const limit = byAgreedReturnDate
		? businessDaysBetween(last, agreed!)
		: stage === 'proposal'
			? config.stalled.proposalBusinessDays
			: stage === 'negotiation'
				? config.stalled.negotiationBusinessDays
				: config.stalled.evaluationBusinessDays;
	const verdict = { stage, businessDaysIdle: idle, limitBusinessDays: limit, byAgreedReturnDate };
	return {
		...verdict,
		stalled: idle > limit,
		businessDaysOverdue: idle - limit,
		reason: stallReason({ ...input, ...verdict })
	};
}

interface ReasonParts {
	stage: StallableStage;
	businessDaysIdle: number;
	limitBusinessDays: number;
	byAgreedReturnDate: boolean;
	lastActivityDate: string;
	lastActivitySource: ActivitySource;
	agreedReturnDate: string | null;
}

/** One pt-BR sentence: how long the deal has been idle, against what limit. */
export function stallReason(p: ReasonParts): string {
	const idle = businessDays(p.businessDaysIdle);
	const limit = `(limite: ${p.limitBusinessDays})`;
	const fromStage = p.lastActivitySource === 'stage_change';
	const since = `último contato em ${formatDate(p.lastActivityDate)}`;
	if (p.byAgreedReturnDate) {
		const late = p.businessDaysIdle - p.limitBusinessDays;
		const agreed = formatDate(p.agreedReturnDate!);
		return late > 0
			? `Cliente ficou de dar retorno da avaliação até ${agreed} e não deu: ${businessDays(late)} de atraso (${since}).`
			: `Cliente ficou de dar retorno da avaliação até ${agreed} (${since}).`;
	}
	switch (p.stage) {
		case 'proposal':
			return fromStage
				? `Proposta enviada há ${idle} sem retorno ${limit}.`
				: `Proposta sem retorno há ${idle}, ${since} ${limit}.`;
		case 'negotiation':
			return fromStage
				? `Em negociação há ${idle} sem contato ${limit}.`
				: `Negociação sem contato há ${idle}, ${since} ${limit}.`;
		case 'evaluation':
			return p.agreedReturnDate
				? `Em avaliação pelo cliente sem retorno há ${idle}; a data combinada (${formatDate(p.agreedReturnDate)}) já passou ${limit}.`
				: `Em avaliação pelo cliente sem retorno há ${idle} e sem data de retorno combinada ${limit}.`;
	}
}
