/**
 * Reads the context of a follow-up draft from the database at `asOf` (nothing after it
 * exists): the customer and its state (the engine's assessment), the contact (asked, else the
 * primary one), the rep, the last invoiced order and its products, the open deal most worth
 * following (proposal/negotiation/evaluation first, then the latest stage change), the last
 * interactions, and from those a promise and an open complaint; then the purpose (asked, else
 * `inferPurpose`). Access is the caller's job: call it for a customer the user may see.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '../../../db/client.ts';
import { addDays } from '../../calendar/index.ts';
import { assessPortfolio } from '../../portfolio/assess-portfolio.ts';
import type { EngineConfig } from '../../portfolio/engine-config.ts';
import { endOfDaySql } from '../../portfolio/sao-paulo-sql.ts';
import type {
	DraftContact,
	DraftContext,
	DraftInteraction,
	DraftPurpose
} from './draft-context.ts';
import { inferPurpose, isComplaint, isPromise, RECENT_DAYS } from './infer-purpose.ts';

export class DraftContactNotFound extends Error {
	constructor(contactId: number) {
		super(`contactId: o contato ${contactId} não é deste cliente.`);
		this.name = 'DraftContactNotFound';
	}
}

export interface GatherOptions {
	customerId: number;
	contactId?: number;
	purpose?: DraftPurpose;
	asOf: string;
	config: EngineConfig;
}

const SUMMARY_MAX = 120;
const clip = (text: string) =>
	text.length > SUMMARY_MAX ? `${text.slice(0, SUMMARY_MAX - 1)}…` : text;
const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/** The context of a draft, or null when the customer does not exist. */
export async function gatherDraftContext(
	db: GiroDatabase,
	options: GatherOptions
): Promise<DraftContext | null> {
	const { customerId: id, asOf } = options;
	const end = endOfDaySql(asOf);
	const [customer] = await db.rows<{
		name: string;
		legalName: string;
		city: string | null;
		uf: string | null;
		repId: number | null;
		repName: string | null;
	}>(sql`
		select coalesce(c.trade_name, c.legal_name) as name, c.legal_name as "legalName", c.city, c.uf,
			c.rep_id as "repId", u.name as "repName"
		from customers c left join users u on u.id = c.rep_id where c.id = ${id}`);
	if (!customer) return null;
	const [[assessment], contacts, [order], opportunities, interactions, [laterOrder]] =
		await Promise.all([
			assessPortfolio(db, {
				asOf,
				scope: { customerIds: [id] },
				config: options.config,
				includeProspects: true
			}),
			db.rows<Omit<DraftContact, 'firstName'>>(sql`
				select id as "contactId", name, role, email, phone, whatsapp,
					whatsapp_consent as "whatsappConsent", preferred_channel as "preferredChannel"
				from contacts where customer_id = ${id}
				order by is_primary desc, id`),
			db.rows<{ id: number; date: string; totalCents: number }>(sql`
				select id, order_date::text as date, total_cents::float8 as "totalCents"
				from orders where customer_id = ${id} and status = 'invoiced' and order_date <= ${asOf}::date
				order by order_date desc, id desc limit 1`),
			db.rows<{
				opportunityId: number;
				title: string;
				stage: string;
				valueCents: number;
				stageSince: string;
			}>(sql`
				select id as "opportunityId", title, stage, value_cents::float8 as "valueCents",
					(stage_changed_at at time zone 'America/Sao_Paulo')::date::text as "stageSince"
				from opportunities
				where customer_id = ${id} and stage not in ('won', 'lost') and stage_changed_at < ${end}
				order by (stage in ('proposal', 'negotiation', 'evaluation')) desc, stage_changed_at desc, id desc
				limit 1`),
			db.rows<DraftInteraction>(sql`
				select (occurred_at at time zone 'America/Sao_Paulo')::date::text as date, channel,
					direction, summary, outcome
				from interactions
				where customer_id = ${id} and occurred_at < ${end}
					and occurred_at >= ${addDays(asOf, -RECENT_DAYS * 4)}::date
				order by occurred_at desc, id desc limit 10`),
			// The last invoiced order, to close complaints made before it.
			db.rows<{ date: string | null }>(sql`
				select max(order_date)::text as date from orders
				where customer_id = ${id} and status = 'invoiced' and order_date <= ${asOf}::date`)
		]);
	const wanted = options.contactId
		? contacts.find((c) => c.contactId === options.contactId)
		: contacts[0];
	if (options.contactId && !wanted) throw new DraftContactNotFound(options.contactId);
	const items = order
		? await db.rows<{ name: string }>(sql`
				select coalesce(max(p.name), max(i.product_name), i.sku) as name
				from order_items i left join products p on p.id = i.product_id
				where i.order_id = ${order.id}
				group by i.sku order by sum(i.value_cents) desc nulls last, i.sku limit 3`)
		: [];
	const since = addDays(asOf, -RECENT_DAYS);
	const recent = interactions
		.filter((i) => i.date >= since)
		.map((i) => ({ ...i, summary: clip(i.summary) }));
	const complaint =
		recent.find((i) => isComplaint(i) && (!laterOrder?.date || laterOrder.date <= i.date)) ?? null;
	const cycle =
		assessment?.cycle && assessment.expectedNext
			? {
					days: Math.round(assessment.cycle.days),
					expectedNext: assessment.expectedNext,
					lateDays: Math.max(0, Math.floor(assessment.overdueDays ?? 0))
				}
			: null;
	const base = {
		asOf,
		customer: {
			customerId: id,
			name: customer.name,
			legalName: customer.legalName,
			city: customer.city,
			uf: customer.uf,
			state: assessment?.state ?? 'prospect',
			repId: customer.repId
		},
		rep: customer.repName
			? { name: customer.repName, firstName: firstName(customer.repName) }
			: null,
		contact: wanted ? { ...wanted, firstName: firstName(wanted.name) } : null,
		lastOrder: order
			? {
					date: order.date,
					totalCents: Math.round(order.totalCents),
					products: items.map((i) => i.name)
				}
			: null,
		cycle,
		opportunity: opportunities[0]
			? { ...opportunities[0], valueCents: Math.round(opportunities[0].valueCents) }
			: null,
		lastInteractions: interactions.slice(0, 3).map((i) => ({ ...i, summary: clip(i.summary) })),
		promise: recent.find(isPromise) ?? null,
		complaint
	} satisfies Omit<DraftContext, 'purpose' | 'purposeInferred' | 'purposeWhy'>;
	if (options.purpose)
		return {
			...base,
			purpose: options.purpose,
			purposeInferred: false,
			purposeWhy: 'Objetivo pedido.'
		};
	const inferred = inferPurpose(base);
	return { ...base, purpose: inferred.purpose, purposeInferred: true, purposeWhy: inferred.why };
}
