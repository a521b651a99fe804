/**
 * Area under the ROC curve for SPEC "Backtest (quão confiável é o alerta)": the probability
 * that a random positive (did not buy) scores higher than a random negative (bought), ties
 * counted ½ — the Mann–Whitney U statistic over nPos × nNeg, computed from mid-ranks in
 * O(n log n). 1 = perfect ranking, 0.5 = no better than chance, 0 = perfectly inverted.
 */

export interface Scored {
	score: number;
	positive: boolean;
}

/** AUC of `score` for `positive`; null when either class is empty (undefined there). */
export function auc(items: readonly Scored[]): number | null {
	const nPos = items.reduce((n, item) => n + (item.positive ? 1 : 0), 0);
	const nNeg = items.length - nPos;
	if (nPos === 0 || nNeg === 0) return null;
	for (const item of items)
		if (Number.isNaN(item.score)) throw new RangeError('auc: a score is NaN');
	const sorted = [...items].sort((a, b) => a.score - b.score);
	let rankSumPos = 0;
	for (let i = 0; i < sorted.length;) {
		let j = i;
		while (j < sorted.length && sorted[j].score === sorted[i].score) j++;
		// Ranks i+1 … j share their mean; each positive in the tie gets it.
		const midRank = (i + 1 + j) / 2;
		for (let k = i; k < j; k++) if (sorted[k].positive) rankSumPos += midRank;
		i = j;
	}
	const u = rankSumPos - (nPos * (nPos + 1)) / 2;
	return u / (nPos * nNeg);
}
