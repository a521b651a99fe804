/**
 * The ground truth as a pretty JSON file beside the embedded database, for people and evals
 * that want to read it without a database client. "./data/pglite" → "./data/pglite-demo-truth.json":
 * a sibling of the folder (PGlite owns everything inside it), named after it.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DemoTruth } from '#lib/server/demo/demo-truth.ts';

export function truthFilePath(dataDir: string): string {
	const dir = path.resolve(dataDir);
	return path.join(path.dirname(dir), `${path.basename(dir)}-demo-truth.json`);
}

export async function writeTruthFile(file: string, truth: DemoTruth): Promise<void> {
	await fs.mkdir(path.dirname(file), { recursive: true });
	await fs.writeFile(file, `${JSON.stringify(truth, null, 2)}\n`, 'utf8');
}

export async function readTruthFile(file: string): Promise<DemoTruth> {
	return JSON.parse(await fs.readFile(file, 'utf8')) as DemoTruth;
}
