/**
 * Writes `uci-golden.json`: the UCI reference's answers at the fixed dates the evals ask about
 * (`node evals/reference/make-uci-golden.ts`). Run once; the file is committed (one list per
 * line, so a diff shows which month changed), and uci-reference.test.ts checks it still
 * matches the reference.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { uciGolden, type UciGolden } from './uci-golden.ts';

export function renderGolden(golden: UciGolden): string {
	const block = (o: Record<string, unknown>) =>
		Object.entries(o)
			.map(([k, v]) => `\t\t${JSON.stringify(k)}: ${JSON.stringify(v)}`)
			.join(',\n');
	return (
		`{\n\t"files": ${JSON.stringify(golden.files)},\n` +
		`\t"stateCounts": {\n${block(golden.stateCounts)}\n\t},\n` +
		`\t"stopped": {\n${block(golden.stopped)}\n\t}\n}\n`
	);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const file = fileURLToPath(new URL('./uci-golden.json', import.meta.url));
	await writeFile(file, renderGolden(await uciGolden()));
	console.log(`escrevi ${file}`);
}
