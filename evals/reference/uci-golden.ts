/**
 * The UCI questions the evals ask, and the reference's answers to them: state counts on the
 * day before and the last day of three months of 2011, and who stopped buying in each.
 */
import { sharedDataPath } from '#lib/server/shared-data-path.ts';
import { monthBounds, readOccasions, stateCounts, stoppedIn, type State } from './uci-reference.ts';

export const UCI_MONTHS = ['2011-03', '2011-06', '2011-09'] as const;
/** Both files, older first (the loader's default order). */
export const UCI_FILES = ['online_retail_II_2009-2010.csv.gz', 'online_retail_2010-2011.csv.gz'];

export interface UciGolden {
	files: string[];
	/** asOf → customers per state (prospects left out). */
	stateCounts: Record<string, Record<State, number>>;
	/** month → customer ids (the ERP code in Giro) that stopped buying in it. */
	stopped: Record<string, string[]>;
}

export async function uciGolden(): Promise<UciGolden> {
	const all = await readOccasions(UCI_FILES.map((f) => sharedDataPath('online_retail', f)));
	const golden: UciGolden = { files: UCI_FILES, stateCounts: {}, stopped: {} };
	for (const month of UCI_MONTHS) {
		const { dayBefore, last } = monthBounds(month);
		golden.stateCounts[dayBefore] = stateCounts(all, dayBefore);
		golden.stateCounts[last] = stateCounts(all, last);
		golden.stopped[month] = stoppedIn(all, month);
	}
	return golden;
}
