/**
 * Where the team's public data sets live (`../shared/data` beside the repository).
 * Tests, evals and benchmarks read them from there and never copy the big files in.
 * `GIRO_SHARED_DATA` points elsewhere when the checkout is laid out differently.
 */
import path from 'node:path';

export function sharedDataPath(...parts: string[]): string {
	const root = process.env.GIRO_SHARED_DATA ?? path.resolve(process.cwd(), '../shared/data');
	return path.join(root, ...parts);
}
