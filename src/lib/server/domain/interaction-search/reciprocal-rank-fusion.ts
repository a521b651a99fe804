/**
 * Reciprocal rank fusion (Cormack, Clarke & Büttcher, 2009): each ranked list gives an item
 * 1 / (k + rank), the item's score is the sum over the lists that found it. k = 60, the
 * paper's value: it damps the top ranks so an item found by both methods beats one found near
 * the top of only one. Ranks only — no score of one method is compared with the other's.
 * Ties: the better single rank first, then the larger id (newer) first, so the order is total.
 */

export const RRF_K = 60;

export interface Fused<M extends string> {
	id: number;
	score: number;
	/** The 1-based rank of the item in each list that found it. */
	ranks: Partial<Record<M, number>>;
}

export function reciprocalRankFusion<M extends string>(
	lists: Record<M, readonly number[]>,
	k = RRF_K
): Fused<M>[] {
	const byId = new Map<number, Fused<M>>();
	for (const method of Object.keys(lists) as M[]) {
		lists[method].forEach((id, index) => {
			const item: Fused<M> = byId.get(id) ?? { id, score: 0, ranks: {} };
			if (item.ranks[method] !== undefined) return; // a list names each id once
			item.ranks[method] = index + 1;
			item.score += 1 / (k + index + 1);
			byId.set(id, item);
		});
	}
	const best = (f: Fused<M>) => Math.min(...(Object.values(f.ranks) as number[]));
	return [...byId.values()].sort((a, b) => b.score - a.score || best(a) - best(b) || b.id - a.id);
}
