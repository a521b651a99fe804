/**
 * Loads the UCI Online Retail order history (../shared/data/README.md, "online_retail/") into
 * a migrated Giro database, for backtests, evals and benchmarks — not the ERP importer.
 * SPEC "Domain": one customer per customer id (ERP code = the id, legal name
 * `Customer <id>`, country of its latest invoice, no segment, no rep) and one `invoiced` order
 * per invoice (ERP id = the invoice number, total in integer cents, volume = units). Reading
 * rules (duplicates, cancellations, exact sums) are in `uci-online-retail-read.ts`.
 *
 * Everything goes in one transaction, in multi-row inserts of at most 60,000 parameters per
 * statement. Meant for an empty database: an ERP code or invoice already there is a
 * unique-constraint error and nothing is written.
 */
import type { GiroDatabase } from '#lib/server/db/client.ts';
import { customers, orders } from '#lib/server/db/schema.ts';
import { sharedDataPath } from '#lib/server/shared-data-path.ts';
import { readUciFiles, type UciInvoice, type UciReadCounts } from './uci-online-retail-read.ts';

export const UCI_FILES = {
	'2009-2010': 'online_retail_II_2009-2010.csv.gz',
	'2010-2011': 'online_retail_2010-2011.csv.gz'
} as const;

export type UciPeriod = keyof typeof UCI_FILES;

export interface UciLoadOptions {
	/** Which files, read in this order (default both: two years, 2009-12-01..2011-12-09). */
	periods?: readonly UciPeriod[];
	/** Absolute paths instead (tests of excerpts); wins over `periods`. */
	paths?: readonly string[];
}

export interface UciLoadCounts extends UciReadCounts {
	/** Orders inserted: invoices with a customer that are not cancellations. */
	invoices: number;
	/** Customers inserted: customer ids with at least one order. */
	customers: number;
	firstDate: string | null;
	lastDate: string | null;
}

export interface UciLoadResult {
	files: string[];
	counts: UciLoadCounts;
}

const MAX_PARAMETERS = 60_000;

export function uciFilePaths(periods: readonly UciPeriod[] = ['2009-2010', '2010-2011']): string[] {
	return periods.map((p) => sharedDataPath('online_retail', UCI_FILES[p]));
}

/** Rounds tenths of a cent to cents, half up (the totals are never negative). */
function millsToCents(invoice: UciInvoice): number {
	if (invoice.valueMills < 0) throw new Error(`invoice ${invoice.invoice} has a negative total`);
	return Math.floor((invoice.valueMills + 5) / 10);
}

function chunks<T>(rows: readonly T[], parametersPerRow: number): T[][] {
	const size = Math.floor(MAX_PARAMETERS / parametersPerRow);
	const out: T[][] = [];
	for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
	return out;
}

/** The customers of the orders, each with the country of its latest invoice, by id. */
function customerRows(invoices: readonly UciInvoice[]) {
	const latest = new Map<string, UciInvoice>();
	for (const inv of invoices) {
		const seen = latest.get(inv.customerId);
		if (!seen || inv.date >= seen.date) latest.set(inv.customerId, inv);
	}
	return [...latest.values()]
		.map((inv) => ({
			erpCode: inv.customerId,
			legalName: `Customer ${inv.customerId}`,
			country: inv.country
		}))
		.sort((a, b) => Number(a.erpCode) - Number(b.erpCode) || a.erpCode.localeCompare(b.erpCode));
}

export async function loadUciOnlineRetail(
	db: GiroDatabase,
	options: UciLoadOptions = {}
): Promise<UciLoadResult> {
	const files = [...(options.paths ?? uciFilePaths(options.periods))];
	const { counts, invoices } = await readUciFiles(files);
	const people = customerRows(invoices);
	const sorted = [...invoices].sort(
		(a, b) => a.date.localeCompare(b.date) || a.invoice.localeCompare(b.invoice)
	);
	await db.orm.transaction(async (tx) => {
		const ids = new Map<string, number>();
		for (const batch of chunks(people, 3)) {
			const inserted = await tx
				.insert(customers)
				.values(batch)
				.returning({ id: customers.id, erpCode: customers.erpCode });
			for (const row of inserted) ids.set(row.erpCode, row.id);
		}
		const rows = sorted.map((inv) => ({
			erpId: inv.invoice,
			customerId: ids.get(inv.customerId)!,
			orderDate: inv.date,
			totalCents: millsToCents(inv),
			volume: inv.volume,
			status: 'invoiced' as const
		}));
		for (const batch of chunks(rows, 6)) await tx.insert(orders).values(batch);
	});
	return {
		files,
		counts: {
			...counts,
			invoices: invoices.length,
			customers: people.length,
			firstDate: sorted[0]?.date ?? null,
			lastDate: sorted.at(-1)?.date ?? null
		}
	};
}
