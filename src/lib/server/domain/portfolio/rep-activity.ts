/**
 * The work behind each rep's portfolio for the manager's per-rep table: follow-ups still
 * pending after their due date, and contacts (interactions) logged in the last 7 and 30 days
 * up to `asOf` (São Paulo days), counted on the customers of the scope.
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '../../db/client.ts';
import { addDays } from '../calendar/iso-date.ts';
import { endOfDaySql, startOfDaySql } from './sao-paulo-sql.ts';
import { scopeCondition, type PortfolioScope } from './scope.ts';

export interface RepActivity {
	repId: number;
	overdueFollowUps: number;
	contacts7: number;
	contacts30: number;
}

export async function repActivity(
	db: GiroDatabase,
	options: { asOf: string; scope: PortfolioScope }
): Promise<Map<number, RepActivity>> {
	const where = scopeCondition(options.scope, 'c');
	const [overdue, contacts] = await Promise.all([
		db.rows<{ rep_id: number; n: number }>(sql`
			select f.rep_id, count(*)::int as n
			from follow_ups f join customers c on c.id = f.customer_id
			where f.status = 'pending' and f.due_date < ${options.asOf}::date and ${where}
			group by f.rep_id`),
		db.rows<{ rep_id: number; d7: number; d30: number }>(sql`
			select i.rep_id,
				count(*) filter (where i.occurred_at >= ${startOfDaySql(addDays(options.asOf, -6))})::int as d7,
				count(*)::int as d30
			from interactions i join customers c on c.id = i.customer_id
			where i.rep_id is not null
				and i.occurred_at >= ${startOfDaySql(addDays(options.asOf, -29))}
				and i.occurred_at < ${endOfDaySql(options.asOf)} and ${where}
			group by i.rep_id`)
	]);
	const byRep = new Map<number, RepActivity>();
	const get = (repId: number) => {
		let a = byRep.get(repId);
		if (!a) byRep.set(repId, (a = { repId, overdueFollowUps: 0, contacts7: 0, contacts30: 0 }));
		return a;
	};
	for (const r of overdue) get(Number(r.rep_id)).overdueFollowUps = Number(r.n);
	for (const r of contacts) {
		const a = get(Number(r.rep_id));
		a.contacts7 = Number(r.d7);
		a.contacts30 = Number(r.d30);
	}
	return byRep;
}
