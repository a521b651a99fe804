/**
 * Every number a text shows, normalised so that the same figure matches whatever way it was
 * written: 'R$ 1.234,56' → '1234.56', '3,5' → '3.5', '12' → '12', '16/11/2026' and
 * '2026-11-16' → 'date:2026-11-16'. Used to check that an answer only quotes tool outputs.
 */
export function numbersIn(text: string): string[] {
	const found: string[] = [];
	const rest = text
		.replace(/\b(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/g, (_m, y, mo, d) => {
			found.push(`date:${y}-${mo}-${d}`);
			return ' ';
		})
		.replace(/\b(\d{2})\/(\d{2})\/(\d{4})\b/g, (_m, d, mo, y) => {
			found.push(`date:${y}-${mo}-${d}`);
			return ' ';
		});
	for (const m of rest.matchAll(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g))
		found.push(canonical(m[0].replace(/\./g, '').replace(',', '.')));
	return found;
}

function canonical(n: string): string {
	return String(Number(n));
}

/** Every number inside a tool output: numeric JSON values as they are, strings through numbersIn. */
export function numbersInOutput(value: unknown, into = new Set<string>()): Set<string> {
	if (typeof value === 'number') into.add(String(value));
	else if (typeof value === 'string') for (const n of numbersIn(value)) into.add(n);
	else if (Array.isArray(value)) for (const v of value) numbersInOutput(v, into);
	else if (value && typeof value === 'object')
		for (const v of Object.values(value)) numbersInOutput(v, into);
	return into;
}
