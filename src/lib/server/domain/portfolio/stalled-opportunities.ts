/**
 * SPEC "Stalled opportunity (negociação parada)" over the database: the open opportunities of
 * a scope whose stage allowed less idle time than they have had at `asOf`. The SQL finds the
 * open deals and their latest activity; the business-day count (calendar module) runs in
 * JavaScript over those few rows. The rule itself is `stall-rule.ts`.
 *
 * Decisions where SPEC is silent:
 * - "No interaction" is measured from the latest of: the last interaction linked to the deal
 *   (`interactions.opportunity_id`), the stage change (`stage_changed_at`) and the CRM's
 *   `last_activity_at`. The last one counts because imports carry it from CRMs whose
 *   activities are not all imported as interactions; the rule is "no sign of life from any
 *   source", and whatever logs an interaction on a deal should also move `last_activity_at`.
 * - Instants become São Paulo dates. Anything after `asOf` does not exist for the computation
 *   (interactions and `last_activity_at` later than `asOf` are ignored), and a deal whose
 *   current stage began after `asOf` is left out: its stage at `asOf` is unknown.
 * - Scope is over the customer (a rep sees their customers' deals, SPEC "Who sees what"); the
 *   rep shown is the deal's own rep, else the customer's.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { DEFAULT_ENGINE_CONFIG, type EngineConfig } from './engine-config.ts';
import { endOfDaySql, localDateSql } from './sao-paulo-sql.ts';
import { scopeCondition, type PortfolioScope } from './scope.ts';
import {
	judgeStall,
	STALLABLE_STAGES,
	type ActivitySource,
	type StallableStage
} from './stall-rule.ts';

export interface StalledOpportunity {
	opportunityId: number;
	title: string;
	customerId: number;
	customerName: string;
	repId: number | null;
	repName: string | null;
	stage: StallableStage;
	valueCents: number;
	/** Date of the latest activity ('YYYY-MM-DD', São Paulo) and where it came from. */
	lastActivityDate: string;
	lastActivitySource: ActivitySource;
	stageChangedOn: string;
	agreedReturnDate: string | null;
	businessDaysIdle: number;
	limitBusinessDays: number;
	businessDaysOverdue: number;
	/** True when the limit is the agreed return date (evaluation stage). */
	byAgreedReturnDate: boolean;
	/** One pt-BR sentence ("Proposta enviada há 9 dias úteis sem retorno (limite: 5)."). */
	reason: string;
}

export interface StalledOptions {
	asOf: string;
	scope?: PortfolioScope;
	config?: EngineConfig;
}

interface OpenDeal {
	opportunityId: number;
	title: string;
	customerId: number;
	customerName: string;
	repId: number | null;
	repName: string | null;
	stage: string;
	valueCents: number;
	stageChangedOn: string;
	lastInteractionOn: string | null;
	lastCrmActivityOn: string | null;
	agreedReturnDate: string | null;
}

/** Stalled deals of the scope at `asOf`, largest value first (then the longest idle). */
export async function stalledOpportunities(
	db: GiroDatabase,
	options: StalledOptions
): Promise<StalledOpportunity[]> {
	const { asOf } = options;
	const config = options.config ?? DEFAULT_ENGINE_CONFIG;
	const end = endOfDaySql(asOf);
	const stages = sql.join(
		STALLABLE_STAGES.map((s) => sql`${s}`),
		sql`, `
	);
	const deals = await db.rows<OpenDeal>(sql`
		select o.id::int as "opportunityId", o.title, c.id::int as "customerId",
			coalesce(c.trade_name, c.legal_name) as "customerName",
			u.id::int as "repId", u.name as "repName", o.stage,
			o.value_cents::float8 as "valueCents",
			${localDateSql(sql`o.stage_changed_at`)} as "stageChangedOn",
			${localDateSql(sql`i.last_at`)} as "lastInteractionOn",
			case when o.last_activity_at < ${end}
				then ${localDateSql(sql`o.last_activity_at`)} end as "lastCrmActivityOn",
			o.agreed_return_date::text as "agreedReturnDate"
		from opportunities o
		join customers c on c.id = o.customer_id
		left join users u on u.id = coalesce(o.rep_id, c.rep_id)
		left join lateral (
			select max(i.occurred_at) as last_at from interactions i
			where i.opportunity_id = o.id and i.occurred_at < ${end}
		) i on true
		where o.stage in (${stages}) and o.stage_changed_at < ${end}
			and ${scopeCondition(options.scope ?? {}, 'c')}
		order by o.id`);

	const stalled: StalledOpportunity[] = [];
	for (const deal of deals) {
		const { date, source } = latestActivity(deal);
		const verdict = judgeStall(
			{
				stage: deal.stage,
				lastActivityDate: date,
				lastActivitySource: source,
				agreedReturnDate: deal.agreedReturnDate
			},
			asOf,
			config
		);
		if (!verdict?.stalled) continue;
		stalled.push({
			opportunityId: deal.opportunityId,
			title: deal.title,
			customerId: deal.customerId,
			customerName: deal.customerName,
			repId: deal.repId,
			repName: deal.repName,
			stage: verdict.stage,
			valueCents: deal.valueCents,
			lastActivityDate: date,
			lastActivitySource: source,
			stageChangedOn: deal.stageChangedOn,
			agreedReturnDate: deal.agreedReturnDate,
			businessDaysIdle: verdict.businessDaysIdle,
			limitBusinessDays: verdict.limitBusinessDays,
			businessDaysOverdue: verdict.businessDaysOverdue,
			byAgreedReturnDate: verdict.byAgreedReturnDate,
			reason: verdict.reason
		});
	}
	return stalled.sort(
		(a, b) =>
			b.valueCents - a.valueCents ||
			b.businessDaysIdle - a.businessDaysIdle ||
			a.opportunityId - b.opportunityId
	);
}

/**
 * The latest of the three activity dates. A same-day activity does not displace the stage
 * change (it is usually the same event: the proposal e-mail, the CRM stamping the move); an
 * interaction wins a tie with the CRM's date.
 */
function latestActivity(deal: OpenDeal): { date: string; source: ActivitySource } {
	const stage = deal.stageChangedOn;
	const interaction = deal.lastInteractionOn ?? '';
	const crm = deal.lastCrmActivityOn ?? '';
	if (interaction > stage && interaction >= crm)
		return { date: interaction, source: 'interaction' };
	if (crm > stage) return { date: crm, source: 'crm_activity' };
	return { date: stage, source: 'stage_change' };
}
