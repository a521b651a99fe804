/**
 * An independent reading of SPEC "Definitions" on the raw UCI Online Retail files, for the
 * tool-output evals: plain JavaScript over the gzipped CSVs — no database, no SQL, no engine
 * code. It answers two questions at fixed dates: how many customers are in each risk state, and
 * who stopped buying in a month. Its answers are stored once in `uci-golden.json`
 * (`node evals/reference/make-uci-golden.ts`) and checked by hand on a few customers
 * (`uci-reference.test.ts`).
 *
 * Data rules (../shared/data/README.md): a purchase occasion is a calendar day with at least
 * one invoiced line of the customer — rows without a customer id, cancellation invoices
 * (numbers starting with "C") and rows with a negative quantity are not purchases; an invoice
 * already read from an earlier file is a duplicate (the files overlap on 2010-12-01..09).
 *
 * SPEC rules, with the decisions where SPEC leaves a choice (the engine documents the same in
 * classify-customer.ts; the demo's reference-rules.ts reads "within 90 days" as < 90):
 * - cycle: median of the last ≤ 12 intervals between occasions (mean of the middle two when
 *   even); one occasion: the median own cycle of the customers with ≥ 3 occasions (UCI has no
 *   segments, so always the whole portfolio's);
 * - new: at most 2 occasions and the first ≤ 90 days before asOf (checked first);
 * - inactive: recency > 365 days or r > 3; at risk: r > 1.5; active otherwise (r = recency/cycle);
 * - stopped in a month: active or new on the day before its first day, at risk or inactive on
 *   its last day.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

export type State = 'new' | 'active' | 'at_risk' | 'inactive';

/** Customer id → its purchase days, sorted, each once ('AAAA-MM-DD'). */
export type Occasions = Map<string, string[]>;

/** One CSV line: commas, fields optionally in double quotes ("" inside quotes is a quote). */
export function csvFields(line: string): string[] {
	const out: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i];
		if (quoted) {
			if (ch === '"' && line[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			out.push(field);
			field = '';
		} else field += ch;
	}
	out.push(field);
	return out;
}

/** Reads the files in order into each customer's purchase days. */
export async function readOccasions(files: readonly string[]): Promise<Occasions> {
	const days = new Map<string, Set<string>>();
	const earlier = new Set<string>();
	for (const file of files) {
		const seen = new Set<string>();
		let header: string[] | null = null;
		const lines = createInterface({
			input: createReadStream(file).pipe(createGunzip()),
			crlfDelay: Infinity
		});
		for await (const line of lines) {
			if (!line) continue;
			const f = csvFields(line);
			if (!header) {
				header = f;
				continue;
			}
			const [invoice, , , quantity, date, , customer] = f;
			if (earlier.has(invoice)) continue;
			seen.add(invoice);
			const id = customer.trim().replace(/\.0+$/, '');
			if (id === '' || invoice.startsWith('C') || Number(quantity) < 0) continue;
			let set = days.get(id);
			if (!set) days.set(id, (set = new Set()));
			set.add(date.slice(0, 10));
		}
		for (const invoice of seen) earlier.add(invoice);
	}
	return new Map([...days].map(([id, set]) => [id, [...set].sort()]));
}

const DAY = 86_400_000;
export const daysBetween = (from: string, to: string) =>
	Math.round((Date.parse(to) - Date.parse(from)) / DAY);

export function median(values: readonly number[]): number {
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The days on or before asOf. */
export const upTo = (days: readonly string[], asOf: string) => days.filter((d) => d <= asOf);

/** Median of the last (up to) 12 intervals; null below 2 occasions. */
export function ownCycle(days: readonly string[]): number | null {
	if (days.length < 2) return null;
	const intervals: number[] = [];
	for (let i = Math.max(1, days.length - 12); i < days.length; i++)
		intervals.push(daysBetween(days[i - 1], days[i]));
	return median(intervals);
}

/** The portfolio's median own cycle of customers with ≥ 3 occasions at asOf. */
export function peerCycle(all: Occasions, asOf: string): number {
	const cycles: number[] = [];
	for (const days of all.values()) {
		const mine = upTo(days, asOf);
		if (mine.length >= 3) cycles.push(ownCycle(mine)!);
	}
	return median(cycles);
}

/** The state at asOf, or null when the customer had not bought yet (a prospect). */
export function stateAt(days: readonly string[], asOf: string, peer: number): State | null {
	const mine = upTo(days, asOf);
	if (mine.length === 0) return null;
	if (mine.length <= 2 && daysBetween(mine[0], asOf) <= 90) return 'new';
	const recency = daysBetween(mine.at(-1)!, asOf);
	if (recency > 365) return 'inactive';
	const r = recency / (ownCycle(mine) ?? peer);
	return r > 3 ? 'inactive' : r > 1.5 ? 'at_risk' : 'active';
}

export function stateCounts(all: Occasions, asOf: string): Record<State, number> {
	const peer = peerCycle(all, asOf);
	const counts: Record<State, number> = { new: 0, active: 0, at_risk: 0, inactive: 0 };
	for (const days of all.values()) {
		const s = stateAt(days, asOf, peer);
		if (s) counts[s]++;
	}
	return counts;
}

/** 'AAAA-MM' → its first and last day. */
export function monthBounds(month: string): { dayBefore: string; last: string } {
	const [y, m] = month.split('-').map(Number);
	const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
	return { dayBefore: iso(Date.UTC(y, m - 1, 0)), last: iso(Date.UTC(y, m, 0)) };
}

/** Customer ids that stopped buying in a (complete) month, sorted as numbers. */
export function stoppedIn(all: Occasions, month: string): string[] {
	const { dayBefore, last } = monthBounds(month);
	const peerBefore = peerCycle(all, dayBefore);
	const peerAfter = peerCycle(all, last);
	const out: string[] = [];
	for (const [id, days] of all) {
		const before = stateAt(days, dayBefore, peerBefore);
		const after = stateAt(days, last, peerAfter);
		if ((before === 'active' || before === 'new') && (after === 'at_risk' || after === 'inactive'))
			out.push(id);
	}
	return out.sort((a, b) => Number(a) - Number(b));
}
