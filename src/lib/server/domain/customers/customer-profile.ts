/**
 * One customer's profile at `asOf` (the rules: SPEC "Ficha do cliente"): the engine's
 * assessment (cycle, state and reasons, scores, value estimates with their formulas) with what
 * the database holds about the customer — top products of the last 12 months, contacts with
 * WhatsApp consent, open deals (stalled ones marked), pending follow-ups, the last interactions
 * and the last purchase occasions for a chart. Compact enough to quote; lists capped at five.
 */
import { sql } from 'drizzle-orm';
import { formatMoney } from '#lib/format.ts';
import type { GiroDatabase } from '../../db/client.ts';
import { addMonths } from '../calendar/iso-date.ts';
import { assessPortfolio } from '../portfolio/assess-portfolio.ts';
import type { EngineConfig } from '../portfolio/engine-config.ts';
import { endOfDaySql } from '../portfolio/sao-paulo-sql.ts';
import { stalledOpportunities } from '../portfolio/stalled-opportunities.ts';
import { FORMULAS, STATE_LABEL } from '../portfolio/summarize-portfolio.ts';

const TOP_PRODUCTS = 5;
const LIST_LIMIT = 5;
const TIMELINE = 24;
const TEXT_MAX = 160;

const clip = (text: string) => (text.length > TEXT_MAX ? `${text.slice(0, TEXT_MAX - 1)}…` : text);
const round = (x: number | null, digits = 1) =>
	x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits;
const moneyOf = (cents: number | null) => ({
	cents,
	text: cents === null ? null : formatMoney(cents)
});

export function formatCnpj(cnpj: string | null): string | null {
	if (!cnpj || !/^\d{14}$/.test(cnpj)) return cnpj;
	return `${cnpj.slice(0, 2)}.${cnpj.slice(2, 5)}.${cnpj.slice(5, 8)}/${cnpj.slice(8, 12)}-${cnpj.slice(12)}`;
}

/** The profile of customer `id` (already checked to be in the caller's scope) at `asOf`. */
export async function customerProfile({
	db,
	id,
	asOf,
	config
}: {
	db: GiroDatabase;
	id: number;
	asOf: string;
	config: EngineConfig;
}) {
	const end = endOfDaySql(asOf);
	const [[a], [info], products, contacts, opportunities, followUps, interactions, timeline] =
		await Promise.all([
			assessPortfolio(db, {
				asOf,
				scope: { customerIds: [id] },
				config,
				includeProspects: true
			}),
			db.rows<{
				cnpj: string | null;
				city: string | null;
				repName: string | null;
			}>(sql`
					select c.cnpj, c.city, u.name as "repName"
					from customers c left join users u on u.id = c.rep_id where c.id = ${id}`),
			db.rows<{
				sku: string;
				name: string | null;
				quantity: number;
				unit: string | null;
				valueCents: number | null;
				orders: number;
				lastOrdered: string;
			}>(sql`
					select i.sku, coalesce(max(p.name), max(i.product_name)) as name,
						sum(i.quantity)::float8 as quantity, max(p.unit) as unit,
						sum(i.value_cents)::float8 as "valueCents",
						count(distinct o.id)::int as orders, max(o.order_date)::text as "lastOrdered"
					from order_items i
					join orders o on o.id = i.order_id
					left join products p on p.id = i.product_id
					where o.customer_id = ${id} and o.status = 'invoiced'
						and o.order_date <= ${asOf}::date and o.order_date > ${addMonths(asOf, -12)}::date
					group by i.sku
					order by sum(i.value_cents) desc nulls last, sum(i.quantity) desc, i.sku
					limit ${TOP_PRODUCTS}`),
			db.rows<{
				contactId: number;
				name: string;
				role: string | null;
				email: string | null;
				phone: string | null;
				whatsapp: string | null;
				whatsappConsent: boolean;
				preferredChannel: 'phone' | 'email' | 'whatsapp' | 'visit' | 'meeting' | null;
				isPrimary: boolean;
				total: number;
			}>(sql`
					select id as "contactId", name, role, email, phone, whatsapp,
						whatsapp_consent as "whatsappConsent", preferred_channel as "preferredChannel",
						is_primary as "isPrimary", (count(*) over ())::int as total
					from contacts where customer_id = ${id}
					order by is_primary desc, id limit ${LIST_LIMIT}`),
			db.rows<{
				opportunityId: number;
				title: string;
				stage: string;
				valueCents: number;
				expectedClose: string | null;
				total: number;
			}>(sql`
					select id as "opportunityId", title, stage, value_cents::float8 as "valueCents",
						expected_close::text as "expectedClose", (count(*) over ())::int as total
					from opportunities
					where customer_id = ${id} and stage not in ('won', 'lost') and stage_changed_at < ${end}
					order by value_cents desc, id limit ${LIST_LIMIT}`),
			db.rows<{
				followUpId: number;
				dueDate: string;
				channel: 'phone' | 'email' | 'whatsapp' | 'visit' | 'meeting';
				purpose: string;
				attempt: number;
				total: number;
			}>(sql`
					select id as "followUpId", due_date::text as "dueDate", channel, purpose, attempt,
						(count(*) over ())::int as total
					from follow_ups where customer_id = ${id} and status = 'pending'
					order by due_date, id limit ${LIST_LIMIT}`),
			db.rows<{
				interactionId: number;
				occurredAt: string;
				channel: 'phone' | 'email' | 'whatsapp' | 'visit' | 'meeting';
				direction: 'inbound' | 'outbound';
				summary: string;
				outcome: string | null;
			}>(sql`
					select id as "interactionId",
						to_char(occurred_at at time zone 'America/Sao_Paulo', 'YYYY-MM-DD"T"HH24:MI') as "occurredAt",
						channel, direction, summary, outcome
					from interactions where customer_id = ${id} and occurred_at < ${end}
					order by occurred_at desc, id desc limit ${LIST_LIMIT}`),
			db.rows<{ date: string; valueCents: number }>(sql`
					select order_date::text as date, sum(total_cents)::float8 as "valueCents"
					from orders where customer_id = ${id} and status = 'invoiced' and order_date <= ${asOf}::date
					group by order_date order by order_date desc limit ${TIMELINE}`)
		]);
	const stalled = new Map(
		(
			await stalledOpportunities(db, {
				asOf,
				scope: { customerIds: [id] },
				config
			})
		).map((s) => [s.opportunityId, s.reason])
	);
	const pct = (ratio: number | null) => (ratio === null ? null : round(ratio * 100));
	const state = a.state;
	const structured = {
		asOf,
		customer: {
			customerId: id,
			erpCode: a.erpCode,
			name: a.name,
			legalName: a.legalName,
			cnpj: formatCnpj(info.cnpj),
			segment: a.segment,
			city: info.city,
			uf: a.uf,
			repId: a.repId,
			repName: info.repName
		},
		state,
		stateLabel: STATE_LABEL[state],
		reasons: a.reasons,
		cycle: a.cycle
			? {
					days: round(a.cycle.days)!,
					confidence: a.cycle.confidence,
					source: a.cycle.source,
					madDays: round(a.cycle.mad)
				}
			: null,
		purchases: {
			occasions: a.occasions,
			first: a.firstOccasion,
			last: a.lastOccasion,
			recencyDays: a.recencyDays,
			expectedNext: a.expectedNext,
			overdueDays: round(a.overdueDays)
		},
		scores: {
			rfv: a.rfv,
			pAlive: round(a.pAlive, 3),
			expectedPurchases90: round(a.expectedPurchases90, 2),
			riskScore: round(a.riskScore, 3)
		},
		decline: {
			declining: a.decline.declining,
			revenuePercent: pct(a.decline.revenueRatio),
			volumePercent: pct(a.decline.volumeRatio),
			windowDays: round(a.decline.windowDays)!
		},
		value: {
			averageOccasion: moneyOf(a.averageOccasionCents),
			usualMonthly: moneyOf(a.usualMonthlyCents),
			revenueAtRisk: moneyOf(a.revenueAtRiskCents),
			lostRevenue: moneyOf(a.lostRevenueCents),
			missedOccasions: a.missedOccasions,
			formulas: { usualMonthly: FORMULAS.usualMonthly, lostRevenue: FORMULAS.lostRevenue }
		},
		topProducts: products.map((p) => ({
			...p,
			valueCents: p.valueCents === null ? null : Math.round(p.valueCents),
			value: p.valueCents === null ? null : formatMoney(p.valueCents)
		})),
		contacts: contacts.map(({ total: _total, ...c }) => c),
		contactsTotal: contacts[0]?.total ?? 0,
		openOpportunities: opportunities.map(({ total: _total, ...o }) => ({
			...o,
			value: formatMoney(o.valueCents),
			stalled: stalled.has(o.opportunityId),
			stalledReason: stalled.get(o.opportunityId) ?? null
		})),
		openOpportunitiesTotal: opportunities[0]?.total ?? 0,
		pendingFollowUps: followUps.map(({ total: _total, ...f }) => ({
			...f,
			overdue: f.dueDate < asOf
		})),
		pendingFollowUpsTotal: followUps[0]?.total ?? 0,
		recentInteractions: interactions.map((i) => ({ ...i, summary: clip(i.summary) })),
		timeline: timeline.reverse()
	};
	return { assessment: a, profile: structured };
}

export type CustomerProfile = Awaited<ReturnType<typeof customerProfile>>['profile'];
