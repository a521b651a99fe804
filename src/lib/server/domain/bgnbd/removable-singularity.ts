/**
 * Evaluating a function that is smooth in s but whose formula breaks down at one point s0
 * (0/0, or two infinite terms that cancel): near s0 the formula still works but loses about
 * log10(1/|s − s0|) digits. Within `delta` of s0 we evaluate at s0 ± δ and s0 ± 2δ instead and
 * interpolate with the cubic through those four points (error O(δ⁴)).
 */
export function acrossRemovableSingularity(
	f: (s: number) => number,
	s: number,
	s0: number,
	delta: number
): number {
	const u = (s - s0) / delta;
	if (Math.abs(u) >= 1) return f(s);
	// Lagrange weights for the nodes u = −2, −1, 1, 2.
	const weightM2 = ((u + 1) * (u - 1) * (u - 2)) / -12;
	const weightM1 = ((u + 2) * (u - 1) * (u - 2)) / 6;
	const weightP1 = ((u + 2) * (u + 1) * (u - 2)) / -6;
	const weightP2 = ((u + 2) * (u + 1) * (u - 1)) / 12;
	return (
		weightM2 * f(s0 - 2 * delta) +
		weightM1 * f(s0 - delta) +
		weightP1 * f(s0 + delta) +
		weightP2 * f(s0 + 2 * delta)
	);
}
