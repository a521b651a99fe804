/** The forecast history's memo is bounded: a long-running server asked many distinct scopes
 * keeps at most MAX_MEMO_ENTRIES results, the newest. */
import { expect, it } from 'vitest';
import {
	MAX_MEMO_ENTRIES,
	memo,
	type PortfolioHistory
} from '#lib/server/domain/forecast/portfolio-forecast.ts';

it('keeps at most MAX_MEMO_ENTRIES entries, dropping the oldest', () => {
	const p = { memo: new Map() } as unknown as PortfolioHistory;
	let made = 0;
	for (let i = 0; i < MAX_MEMO_ENTRIES + 100; i++) memo(p, `k${i}`, () => ++made);
	expect(p.memo.size).toBe(MAX_MEMO_ENTRIES);
	expect(p.memo.has('k0')).toBe(false);
	expect(memo(p, `k${MAX_MEMO_ENTRIES + 99}`, () => -1)).toBe(MAX_MEMO_ENTRIES + 100);
});
