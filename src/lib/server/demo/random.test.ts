import { describe, expect, it } from 'vitest';
import { createRandom, hashSeed } from './random.ts';

describe('createRandom', () => {
	it('gives the same sequence for the same label and another for another label', () => {
		const a = createRandom('20261123:x');
		const b = createRandom('20261123:x');
		const c = createRandom('20261123:y');
		const seqA = Array.from({ length: 20 }, () => a.next());
		expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
		expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
		expect(hashSeed('a')).toEqual(hashSeed('a'));
	});

	it('stays in range and is roughly uniform', () => {
		const rng = createRandom('range');
		const counts = [0, 0, 0, 0, 0];
		let outside = 0;
		for (let i = 0; i < 50_000; i++) {
			const x = rng.next();
			if (x < 0 || x >= 1) outside++;
			counts[rng.int(0, 4)]++;
		}
		expect(outside).toBe(0);
		for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(500);
	});

	it('picks by weight', () => {
		const rng = createRandom('weights');
		let a = 0;
		for (let i = 0; i < 20_000; i++)
			if (
				rng.weighted([
					['a', 3],
					['b', 1]
				]) === 'a'
			)
				a++;
		expect(a / 20_000).toBeGreaterThan(0.73);
		expect(a / 20_000).toBeLessThan(0.77);
	});

	it('draws normals with the asked mean and spread, lognormals around their median', () => {
		const rng = createRandom('normal');
		const xs = Array.from({ length: 40_000 }, () => rng.normal(10, 2));
		const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
		const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
		expect(mean).toBeCloseTo(10, 1);
		expect(sd).toBeCloseTo(2, 1);
		const logs = Array.from({ length: 20_001 }, () => rng.lognormal(Math.log(500), 0.5)).sort(
			(p, q) => p - q
		);
		expect(logs[10_000]).toBeGreaterThan(480);
		expect(logs[10_000]).toBeLessThan(520);
	});

	it('shuffles and samples without losing or repeating items', () => {
		const rng = createRandom('shuffle');
		const items = Array.from({ length: 50 }, (_, i) => i);
		expect([...rng.shuffle(items)].sort((a, b) => a - b)).toEqual(items);
		const sample = rng.sample(items, 10);
		expect(new Set(sample).size).toBe(10);
	});
});
