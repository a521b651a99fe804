/**
 * The UCI Online Retail public data (../shared/data/online_retail/) loaded once per run by
 * `loadUciOnlineRetail` and shared: each test file that needs a period set gets its own copy of
 * the loaded database (a PGlite snapshot, see `sharedPglite`) and the loader's result. The first
 * file to ask runs the load — so the loader itself is still exercised, and checked by
 * backtest-uci.test.ts against the counts in ../shared/data/README.md.
 */
import type { GiroDatabase } from '#lib/server/db/client.ts';
import {
	loadUciOnlineRetail,
	type UciLoadResult,
	type UciPeriod
} from '#lib/server/datasets/uci-online-retail.ts';
import { sharedPglite } from './databases.ts';

export async function uciPglite(
	periods: readonly UciPeriod[] = ['2009-2010', '2010-2011']
): Promise<{ db: GiroDatabase; load: UciLoadResult }> {
	const { db, value } = await sharedPglite(`uci-${periods.join('+')}`, (db) =>
		loadUciOnlineRetail(db, { periods })
	);
	return { db, load: value };
}
