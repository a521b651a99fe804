/**
 * A rep named in words ("o Bruno"): the reps whose name has a word equal to, or starting with,
 * what was typed (accents and case ignored).
 */
import { sql } from 'drizzle-orm';
import type { GiroDatabase } from '../../db/client.ts';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

export async function repsNamed(
	db: GiroDatabase,
	name: string
): Promise<{ id: number; name: string }[]> {
	const wanted = fold(name);
	if (!wanted) return [];
	const reps = await db.rows<{ id: number; name: string }>(sql`
		select id, name from users where role = 'rep' order by id`);
	const exact = reps.filter((r) => fold(r.name) === wanted);
	if (exact.length) return exact;
	return reps.filter((r) =>
		fold(r.name)
			.split(/\s+/)
			.some((w) => w.startsWith(wanted))
	);
}
