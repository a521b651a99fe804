/**
 * "Is this word one typo away?" — Damerau–Levenshtein distance ≤ 1.
 *
 * Rule (SPEC.md, "Follow-up cadence" and "Language"): reps schedule follow-ups
 * by typing pt-BR dates in a hurry; one slip ("quinat", "sgunda") must still
 * be understood. One edit is an insertion, a deletion, a substitution or a
 * swap of two neighbouring letters. Linear time, no matrix needed at ≤ 1.
 */

export function withinOneEdit(a: string, b: string): boolean {
	if (a === b) return true;
	if (Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	if (a.length === b.length) {
		if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution at i
		return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
	}
	const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
	return longer.slice(i + 1) === shorter.slice(i); // insertion or deletion at i
}
