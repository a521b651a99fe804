/**
 * The offline model's memory of the conversation: it reads only earlier turns' tool outputs
 * (never their text as instructions), deterministically.
 *
 * - **A list** is the most recent earlier tool output that listed customers (find_customers'
 *   candidates, list_customers, stopped customers, the queue, follow-ups, deals, search hits).
 *   "o primeiro", "a segunda opção", "o último", "o 2" pick by position; "a de Joinville",
 *   "o de SP" pick the one row whose city or UF is named.
 * - **The customer in focus** is the customer of the most recent earlier call that named one
 *   (a customerId in its input: profile, draft, history…), else of a find_customers that found
 *   exactly one. "ele", "ela", "esse cliente", or a customer request without a name ("agora
 *   agenda o envio pra sexta") use it.
 * - **The last question** is the most recent earlier read-only call: "e no mês passado?", "e
 *   em SP?", "e o Delta Insumos?" repeat it with what changed (turn-plan.ts).
 */
import type { ToolRun, Turn } from './read-prompt.ts';
import { lightNormalize } from './normalize.ts';

export interface Row {
	customerId: number;
	name: string;
	city?: string | null;
	uf?: string | null;
}

const LIST_KEYS = [
	'candidates',
	'customers',
	'items',
	'followUps',
	'opportunities',
	'hits',
	'interactions',
	'topCustomers'
];

function rowsOf(run: ToolRun): Row[] {
	if (!run.output.ok) return [];
	const s = run.output.structured;
	const key = LIST_KEYS.find((k) => Array.isArray(s[k]) && (s[k] as unknown[]).length > 0);
	if (!key) return [];
	return (s[key] as Record<string, unknown>[])
		.filter((r) => typeof r.customerId === 'number')
		.map((r) => ({
			customerId: r.customerId as number,
			name: String(r.name ?? r.customerName ?? ''),
			city: (r.city as string | null) ?? null,
			uf: (r.uf as string | null) ?? null
		}));
}

const runsNewestFirst = (history: Turn[]) => history.flatMap((t) => t.runs).reverse();

export function lastList(history: Turn[]): Row[] {
	for (const run of runsNewestFirst(history)) {
		const rows = rowsOf(run);
		if (rows.length) return rows;
	}
	return [];
}

/** The customer in focus, with the run that named it. */
export function focusCustomer(history: Turn[]): { customerId: number; run: ToolRun } | undefined {
	for (const run of runsNewestFirst(history)) {
		if (typeof run.input.customerId === 'number') return { customerId: run.input.customerId, run };
		if (run.toolName === 'find_customers') {
			const rows = rowsOf(run);
			if (rows.length === 1) return { customerId: rows[0].customerId, run };
		}
	}
	return undefined;
}

/** Every customer name earlier outputs showed (the intent never reads them). */
export function knownNames(history: Turn[]): string[] {
	const names = history.flatMap((t) => t.runs.flatMap((r) => rowsOf(r).map((row) => row.name)));
	for (const t of history)
		for (const r of t.runs) {
			const c = r.output.ok ? (r.output.structured.customer as { name?: string }) : undefined;
			if (c?.name) names.push(c.name);
		}
	return [...new Set(names.filter((n) => n.length >= 4))];
}

const ORDINALS: [RegExp, number][] = [
	[/\b(primeir[oa]|1o|1a)\b/, 0],
	[/\b(segundo|2o)\b/, 1],
	[/\b(terceir[oa]|3o|3a)\b/, 2],
	[/\b(quarto|4o)\b/, 3],
	[/\b(quinto|5o)\b/, 4],
	[/\b(ultim[oa])\b/, -1],
	[/^(?:e )?(?:o|a|no|na|do|da|pro|pra) (\d)$/, NaN]
];
/** "segunda", "quarta", "quinta" are weekdays too: ordinals only in a short answer. */
const SHORT_ORDINALS: [RegExp, number][] = [
	[/^(?:e )?(?:o |a |no |na |do |da |pro |pra )?segunda(?: opcao| da lista)?$/, 1],
	[/^(?:e )?(?:o |a |no |na |do |da |pro |pra )?quarta(?: opcao| da lista)?$/, 3],
	[/^(?:e )?(?:o |a |no |na |do |da |pro |pra )?quinta(?: opcao| da lista)?$/, 4]
];

/** The row of the list an answer points at ("o primeiro", "a de Joinville"), or undefined. */
export function pickFromList(original: string, rows: Row[]): Row | undefined {
	if (!rows.length) return undefined;
	// Accents and punctuation out, no typo fixing ("segundo" is not "segunda").
	const text = lightNormalize(original)
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
	for (const [re, index] of [...ORDINALS, ...SHORT_ORDINALS]) {
		const m = re.exec(text);
		if (!m) continue;
		const i = Number.isNaN(index) ? Number(m[1]) - 1 : index;
		return i < 0 ? rows.at(i) : rows[i];
	}
	const byCity = rows.filter(
		(r) => r.city && new RegExp(`\\b${lightNormalize(r.city)}\\b`).test(text)
	);
	if (new Set(byCity.map((r) => r.customerId)).size === 1) return byCity[0];
	const uf = /\b(?:de|do|da|em|no|na) ([A-Z]{2})\b/.exec(original)?.[1];
	const byUf = uf ? rows.filter((r) => r.uf === uf) : [];
	return byUf.length === 1 ? byUf[0] : undefined;
}

/** "ele", "ela", "esse cliente", "o mesmo"…: the customer in focus. */
export const POINTS_AT_FOCUS =
	/\b(ele|ela|dele|dela|nele|nela|pra ele|pra ela|esse cliente|este cliente|essa cliente|esta cliente|mesmo cliente|o mesmo|a mesma)\b/;
