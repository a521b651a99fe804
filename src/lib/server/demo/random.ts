/**
 * Seeded randomness for the demo portfolio. Same seed ⇒ same numbers, on every machine, so the
 * demo, the tests and the benchmarks all see byte-identical rows. Nothing here may touch
 * `Math.random()` or the clock.
 *
 * sfc32 (Chris Doty-Humphrey's Small Fast Counter, PractRand-clean) seeded by cyrb128, a
 * 128-bit string hash: a string label per concern ("seed:customer:42:0") gives independent,
 * reproducible streams without threading one generator through the whole program.
 */

export interface Random {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform integer in [min, max] (both inclusive). */
	int(min: number, max: number): number;
	/** Uniform real in [min, max). */
	real(min: number, max: number): number;
	chance(probability: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** Picks by relative weight: `weighted([['a', 3], ['b', 1]])` gives 'a' three times as often. */
	weighted<T>(entries: readonly (readonly [T, number])[]): T;
	/** Standard normal (Box–Muller), scaled: mean + sd × z. */
	normal(mean?: number, sd?: number): number;
	/** exp(normal(mu, sigma)): `lognormal(Math.log(median), 0.3)` has that median. */
	lognormal(mu: number, sigma: number): number;
	/** A new array in random order (Fisher–Yates). */
	shuffle<T>(items: readonly T[]): T[];
	/** `count` distinct items, in random order. */
	sample<T>(items: readonly T[], count: number): T[];
}

/** cyrb128: four 32-bit words from a string. */
export function hashSeed(text: string): [number, number, number, number] {
	let h1 = 1779033703;
	let h2 = 3144134277;
	let h3 = 1013904242;
	let h4 = 2773480762;
	for (let i = 0; i < text.length; i++) {
		const k = text.charCodeAt(i);
		h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
		h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
		h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
		h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
	}
	h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
	h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
	h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
	h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

function sfc32(seed: [number, number, number, number]): () => number {
	let [a, b, c, d] = seed;
	return () => {
		a >>>= 0;
		b >>>= 0;
		c >>>= 0;
		d >>>= 0;
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	};
}

/** A generator for one labelled stream: `createRandom(`${seed}:customer:${i}`)`. */
export function createRandom(label: string): Random {
	const next = sfc32(hashSeed(label));
	// Warm up: the first outputs of sfc32 still echo the seed words.
	for (let i = 0; i < 12; i++) next();
	let spare: number | null = null;

	const random: Random = {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		real: (min, max) => min + next() * (max - min),
		chance: (probability) => next() < probability,
		pick: (items) => {
			if (items.length === 0) throw new Error('pick: empty list');
			return items[Math.floor(next() * items.length)];
		},
		weighted: (entries) => {
			let total = 0;
			for (const [, weight] of entries) total += weight;
			let x = next() * total;
			for (const [value, weight] of entries) {
				x -= weight;
				if (x < 0) return value;
			}
			return entries[entries.length - 1][0];
		},
		normal: (mean = 0, sd = 1) => {
			if (spare !== null) {
				const z = spare;
				spare = null;
				return mean + sd * z;
			}
			const u = 1 - next(); // (0, 1]: log(u) stays finite
			const v = next();
			const radius = Math.sqrt(-2 * Math.log(u));
			spare = radius * Math.sin(2 * Math.PI * v);
			return mean + sd * radius * Math.cos(2 * Math.PI * v);
		},
		lognormal: (mu, sigma) => Math.exp(random.normal(mu, sigma)),
		shuffle: (items) => {
			const out = items.slice();
			for (let i = out.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[out[i], out[j]] = [out[j], out[i]];
			}
			return out;
		},
		sample: (items, count) => random.shuffle(items).slice(0, Math.min(count, items.length))
	};
	return random;
}
