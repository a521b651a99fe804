/**
 * The choices of the pages' filter selects, within what the user may see: the reps (for a
 * manager's "Vendedor" filter), and the segments and UFs present in the scope. Plain lookups
 * of names, not figures.
 */
import { sql } from 'drizzle-orm';
import type { SessionUser } from '../auth/session.ts';
import type { GiroDatabase } from '../db/client.ts';
import { scopeCondition, scopeFor, type PortfolioScope } from '../domain/portfolio/scope.ts';

export interface RepOption {
	id: number;
	name: string;
}

/** Active reps, for managers; a rep gets no rep filter (their scope is themselves). */
export async function repOptions(db: GiroDatabase, user: SessionUser): Promise<RepOption[]> {
	if (user.role !== 'manager') return [];
	return db.rows<RepOption>(
		sql`select id, name from users where role = 'rep' and active order by name, id`
	);
}

export async function segmentAndUfOptions(
	db: GiroDatabase,
	scope: PortfolioScope
): Promise<{ segments: string[]; ufs: string[] }> {
	const where = scopeCondition(scope, 'c');
	const [segments, ufs] = await Promise.all([
		db.rows<{ v: string }>(
			sql`select distinct c.segment as v from customers c where ${where} and c.segment is not null order by 1`
		),
		db.rows<{ v: string }>(
			sql`select distinct c.uf as v from customers c where ${where} and c.uf is not null order by 1`
		)
	]);
	return { segments: segments.map((s) => s.v), ufs: ufs.map((u) => u.v) };
}

/**
 * The rep a page is narrowed to: for a manager the `vendedor` query parameter when it names a
 * rep, for a rep always themselves (whatever the URL says).
 */
export function repFilter(
	user: SessionUser,
	param: string | null,
	reps: readonly RepOption[]
): number | undefined {
	const id = Number(param);
	const asked = Number.isInteger(id) && reps.some((r) => r.id === id) ? id : undefined;
	return scopeFor(user, { repId: asked }).repId;
}
