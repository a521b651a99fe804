/**
 * SPEC "Automatic follow-ups" (issue #15, item 5): once a day, a follow-up for each customer
 * that just became `at_risk`, started declining, or whose risk score crossed the alert
 * threshold — for its rep, with the reason in one sentence, due the next business day — at
 * most N per rep per day (settings, default 5) ranked by usual monthly revenue × risk score,
 * never when one is pending or the customer was contacted in the last 3 business days. Each
 * creation is audited with the door `automação` (`automation`).
 *
 * Decisions where SPEC is silent:
 * - "Just" = since the previous business day: the assessment at `asOf` is compared with the
 *   one at the business day before it (a Monday compares with Friday). A day the run did not
 *   happen is not caught up.
 * - Purpose: `reactivation` for a customer that left its cycle or crossed the risk threshold,
 *   `commercial` for one still buying but less (declining). Channel: the primary contact's
 *   suggested one (WhatsApp only with consent). `createdBy` is the copilot, no person.
 * - Once a day, on both databases: the run first inserts its date into `daily_runs` (primary
 *   key) inside the transaction that creates the follow-ups. A second run the same day — or a
 *   concurrent one on PostgreSQL, whose insert waits for the first transaction and then
 *   conflicts — finds the date taken and creates nothing.
 */
import { sql } from 'drizzle-orm';
import { formatDate, formatInteger, formatPercent } from '#lib/format.ts';
import type { GiroDatabase, Orm } from '../../db/client.ts';
import { resultRows } from '../../db/client.ts';
import { auditLog, followUps } from '../../db/schema.ts';
import {
	addBusinessDays,
	addDays,
	nextBusinessDay,
	previousBusinessDay
} from '../calendar/index.ts';
import { assessPortfolio, type CustomerAssessment } from '../portfolio/assess-portfolio.ts';
import type { EngineConfig } from '../portfolio/engine-config.ts';
import { primaryContacts } from '../portfolio/primary-contacts.ts';
import { contactedSince, priorityCents } from '../portfolio/queue-customers.ts';
import { suggestChannel } from '../portfolio/suggest-channel.ts';

export interface AutomationSettings {
	enabled: boolean;
	maxPerRep: number;
}

export type Trigger = 'became_at_risk' | 'started_declining' | 'risk_crossed';

export interface AutomaticFollowUp {
	followUpId: number;
	customerId: number;
	customerName: string;
	repId: number;
	trigger: Trigger;
	reason: string;
	dueDate: string;
}

export type DailyRunResult =
	| { ran: true; runDate: string; created: AutomaticFollowUp[] }
	| { ran: false; runDate: string; why: 'disabled' | 'already_ran' };

export async function automationSettings(db: GiroDatabase): Promise<AutomationSettings> {
	const [row] = await db.rows<AutomationSettings>(sql`
		select enabled, max_per_rep as "maxPerRep" from automation_settings where id = 1`);
	return row ?? { enabled: true, maxPerRep: 5 };
}

export async function saveAutomationSettings(
	db: GiroDatabase,
	settings: AutomationSettings,
	userId: number
): Promise<void> {
	await db.orm.execute(sql`
		insert into automation_settings (id, enabled, max_per_rep, updated_by, updated_at)
		values (1, ${settings.enabled}, ${settings.maxPerRep}, ${userId}, now())
		on conflict (id) do update set enabled = excluded.enabled, max_per_rep = excluded.max_per_rep,
			updated_by = excluded.updated_by, updated_at = now()`);
}

interface Candidate {
	a: CustomerAssessment;
	trigger: Trigger;
	reason: string;
	priority: number;
}

/** Why a customer gets an automatic follow-up today (the first trigger that holds), or null. */
export function triggerOf(
	now: CustomerAssessment,
	before: CustomerAssessment | undefined,
	threshold: number
): { trigger: Trigger; reason: string } | null {
	if (now.state === 'inactive' || now.state === 'prospect') return null;
	const wasFine = !before || before.state === 'active' || before.state === 'new';
	if (now.state === 'at_risk' && before && wasFine)
		return {
			trigger: 'became_at_risk',
			reason: `Saiu do ciclo de recompra: ${lower(now.reasons[0])}`
		};
	if (now.decline.declining && before && !before.decline.declining)
		return {
			trigger: 'started_declining',
			reason: `Começou a comprar menos: ${lower(now.reasons[now.reasons.length - 1])}`
		};
	if (
		now.riskScore !== null &&
		before?.riskScore !== null &&
		before?.riskScore !== undefined &&
		now.riskScore >= threshold &&
		before.riskScore < threshold
	)
		return {
			trigger: 'risk_crossed',
			reason:
				`O risco de não comprar nos próximos 90 dias passou de ${formatPercent(before.riskScore)} ` +
				`para ${formatPercent(now.riskScore)}, acima do limite de alerta de ${formatPercent(threshold)}.`
		};
	return null;
}

const lower = (s: string | undefined) => (s ? s.charAt(0).toLowerCase() + s.slice(1) : '');

/** The follow-ups the run would create at `asOf` (no write): ranked, capped, filtered. */
export async function plannedAutomaticFollowUps(
	db: GiroDatabase,
	options: { asOf: string; config: EngineConfig; maxPerRep: number }
): Promise<Candidate[]> {
	const { asOf, config } = options;
	const previous = previousBusinessDay(addDays(asOf, -1));
	const [now, before] = [
		await assessPortfolio(db, { asOf, config }),
		await assessPortfolio(db, { asOf: previous, config })
	];
	const beforeById = new Map(before.map((b) => [b.customerId, b]));
	const triggered: Candidate[] = [];
	for (const a of now) {
		if (a.repId === null) continue;
		const t = triggerOf(a, beforeById.get(a.customerId), config.risk.alertThreshold);
		if (t) triggered.push({ a, ...t, priority: priorityCents(a) });
	}
	const ids = triggered.map((c) => c.a.customerId);
	const since = addBusinessDays(asOf, -config.queue.skipContactedWithinBusinessDays);
	const contacted = await contactedSince(db, ids, since, asOf);
	const pending = await customersWithPending(db, ids);
	const kept = triggered
		.filter((c) => !contacted.has(c.a.customerId) && !pending.has(c.a.customerId))
		.sort((x, y) => y.priority - x.priority || x.a.customerId - y.a.customerId);
	const perRep = new Map<number, number>();
	return kept.filter((c) => {
		const n = perRep.get(c.a.repId!) ?? 0;
		if (n >= options.maxPerRep) return false;
		perRep.set(c.a.repId!, n + 1);
		return true;
	});
}

async function customersWithPending(db: GiroDatabase | Orm, ids: readonly number[]) {
	if (ids.length === 0) return new Set<number>();
	const list = sql.join(
		ids.map((id) => sql`${id}`),
		sql`, `
	);
	const query = sql`select distinct customer_id::int as id from follow_ups
		where status = 'pending' and customer_id in (${list})`;
	const rows =
		'rows' in db
			? await db.rows<{ id: number }>(query)
			: resultRows<{ id: number }>(await db.execute(query));
	return new Set(rows.map((r) => r.id));
}

/** The daily run: once per `asOf`, whatever runs it and however many at once. */
export async function runAutomaticFollowUps(
	db: GiroDatabase,
	options: { asOf: string; config: EngineConfig }
): Promise<DailyRunResult> {
	const { asOf } = options;
	const settings = await automationSettings(db);
	if (!settings.enabled) return { ran: false, runDate: asOf, why: 'disabled' };
	const [done] = await db.rows<{ d: string }>(
		sql`select run_date::text as d from daily_runs where run_date = ${asOf}::date`
	);
	if (done) return { ran: false, runDate: asOf, why: 'already_ran' };
	const planned = await plannedAutomaticFollowUps(db, {
		...options,
		maxPerRep: settings.maxPerRep
	});
	const contacts = await primaryContacts(
		db,
		planned.map((c) => c.a.customerId)
	);
	const dueDate = nextBusinessDay(addDays(asOf, 1));
	return db.orm.transaction(async (tx) => {
		const claimed = resultRows<{ d: string }>(
			await tx.execute(sql`insert into daily_runs (run_date) values (${asOf}::date)
				on conflict do nothing returning run_date::text as d`)
		);
		if (claimed.length === 0) return { ran: false, runDate: asOf, why: 'already_ran' } as const;
		// A follow-up scheduled by a person since the plan was made wins.
		const pendingNow = await customersWithPending(
			tx as unknown as Orm,
			planned.map((c) => c.a.customerId)
		);
		const created: AutomaticFollowUp[] = [];
		for (const c of planned) {
			if (pendingNow.has(c.a.customerId)) continue;
			const contact = contacts.get(c.a.customerId) ?? null;
			const [row] = await tx
				.insert(followUps)
				.values({
					customerId: c.a.customerId,
					repId: c.a.repId!,
					contactId: contact?.contactId ?? null,
					dueDate,
					channel: suggestChannel(contact).channel,
					purpose: c.trigger === 'started_declining' ? 'commercial' : 'reactivation',
					note: c.reason.slice(0, 500),
					reason: c.reason,
					createdBy: 'copilot'
				})
				.returning({ id: followUps.id });
			await tx.insert(auditLog).values({
				userId: null,
				door: 'automation',
				action: 'create_automatic_follow_up',
				entity: 'follow_up',
				entityId: String(row.id),
				payload: {
					customerId: c.a.customerId,
					repId: c.a.repId,
					trigger: c.trigger,
					reason: c.reason,
					dueDate,
					priorityCents: Math.round(c.priority)
				}
			});
			created.push({
				followUpId: row.id,
				customerId: c.a.customerId,
				customerName: c.a.name,
				repId: c.a.repId!,
				trigger: c.trigger,
				reason: c.reason,
				dueDate
			});
		}
		await tx.execute(
			sql`update daily_runs set created = ${created.length} where run_date = ${asOf}::date`
		);
		return { ran: true, runDate: asOf, created } as const;
	});
}

/** "3 follow-ups automáticos criados para 2 vendedores" — what a run did, in pt-BR. */
export function describeRun(result: DailyRunResult): string {
	if (!result.ran)
		return result.why === 'disabled'
			? 'Follow-ups automáticos desligados: nada foi criado.'
			: `A rotina diária de ${formatDate(result.runDate)} já rodou: nada foi criado de novo.`;
	const reps = new Set(result.created.map((c) => c.repId)).size;
	const n = result.created.length;
	return (
		`${formatInteger(n)} ${n === 1 ? 'follow-up automático criado' : 'follow-ups automáticos criados'}` +
		` em ${formatDate(result.runDate)} para ${formatInteger(reps)} ${reps === 1 ? 'vendedor' : 'vendedores'}.`
	);
}

export interface CreatedAutomatically {
	followUpId: number;
	createdOn: string;
	customerId: number;
	customerName: string;
	repName: string;
	dueDate: string;
	status: string;
	reason: string;
}

/** What the automation created in the last `days` days, newest first (managers' view). */
export async function recentAutomaticFollowUps(
	db: GiroDatabase,
	asOf: string,
	days = 14
): Promise<{ runs: { runDate: string; created: number }[]; followUps: CreatedAutomatically[] }> {
	const runs = await db.rows<{ runDate: string; created: number }>(sql`
		select run_date::text as "runDate", created from daily_runs
		where run_date > ${asOf}::date - ${days}::int order by run_date desc`);
	const rows = await db.rows<CreatedAutomatically>(sql`
		select f.id as "followUpId", (a.at at time zone 'America/Sao_Paulo')::date::text as "createdOn",
			c.id as "customerId", coalesce(c.trade_name, c.legal_name) as "customerName", u.name as "repName",
			f.due_date::text as "dueDate", f.status, coalesce(f.reason, '') as reason
		from audit_log a
		join follow_ups f on f.id = a.entity_id::int
		join customers c on c.id = f.customer_id
		join users u on u.id = f.rep_id
		where a.door = 'automation' and a.action = 'create_automatic_follow_up'
			and a.at >= (${asOf}::date - ${days}::int)::timestamp at time zone 'America/Sao_Paulo'
		order by a.id desc limit 200`);
	return { runs, followUps: rows };
}
