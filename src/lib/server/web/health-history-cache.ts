/**
 * The Carteira chart's 12 month-ends (`healthHistory`) cost one whole-portfolio assessment per
 * month, more than the engine's own memo keeps; the answer only changes with the date, the
 * scope or the data (orders/customers, see `data-version.ts`). So the web door keeps the last
 * few answers, keyed by exactly those.
 */
import type { GiroDatabase } from '../db/client.ts';
import { dataVersion } from '../db/data-version.ts';
import { healthHistory, type HealthPoint } from '../domain/portfolio/health-history.ts';
import type { PortfolioScope } from '../domain/portfolio/scope.ts';

const MAX_ENTRIES = 32;
const cache = new WeakMap<GiroDatabase, Map<string, Promise<HealthPoint[]>>>();

export async function cachedHealthHistory(
	db: GiroDatabase,
	options: { asOf: string; months: number; scope: PortfolioScope }
): Promise<HealthPoint[]> {
	const key = `${options.asOf}|${options.months}|${await dataVersion(db)}|${JSON.stringify(options.scope)}`;
	let entries = cache.get(db);
	if (!entries) cache.set(db, (entries = new Map()));
	let hit = entries.get(key);
	if (!hit) {
		hit = healthHistory(db, options);
		hit.catch(() => entries.delete(key));
		entries.set(key, hit);
		while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
	}
	return hit;
}
