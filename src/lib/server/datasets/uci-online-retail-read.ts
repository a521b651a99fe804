/**
 * Reads the UCI Online Retail exports (../shared/data/README.md, "online_retail/") into one
 * order per invoice — SPEC "Domain": an order has an ERP id, a customer, a date, an exact
 * total and a volume; only invoiced orders are purchase occasions.
 *
 * Rules, in the order they apply to each row:
 * - an invoice number already read from an earlier file is a duplicate (the two files overlap
 *   on 2010-12-01..2010-12-09 with the same lines; only descriptions differ) and is skipped;
 * - rows without a customer id are counted and skipped;
 * - invoices starting with `C` are cancellations (separate negative invoices): counted and
 *   left out of the order history;
 * - other rows with a negative quantity are skipped (stock adjustments, never with a customer
 *   in these files);
 * - the rest sum to one order per invoice: value = Σ quantity × price computed in integers
 *   (prices carry up to 3 decimals, so the sum is exact in tenths of a cent and rounded half
 *   up to cents once per invoice), volume = Σ quantity, date = the invoice's calendar date.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

export interface UciInvoice {
	invoice: string;
	customerId: string;
	country: string;
	date: string;
	/** Σ quantity × price in thousandths of the currency unit (exact). */
	valueMills: number;
	volume: number;
}

export interface UciReadCounts {
	/** Data rows in the files (headers excluded), duplicates included. */
	rowsRead: number;
	/** Rows of invoices already read from an earlier file. */
	duplicateRows: number;
	/** The counts below are over the rows that are not duplicates. */
	rowsWithoutCustomer: number;
	cancellationRows: number;
	negativeQuantityRows: number;
	/** Distinct invoice numbers, whatever their rows. */
	invoiceNumbers: number;
	/** Distinct customer ids on any row, cancellations included. */
	customerIds: number;
	/** Σ quantity × price over every row read, thousandths (the README's checksum). */
	lineValueMills: number;
}

export interface UciRead {
	counts: UciReadCounts;
	/** Orders (non-cancelled invoices with a customer), in file order. */
	invoices: UciInvoice[];
}

const COLUMNS = {
	invoice: ['InvoiceNo', 'Invoice'],
	quantity: ['Quantity'],
	date: ['InvoiceDate'],
	price: ['UnitPrice', 'Price'],
	customer: ['CustomerID', 'Customer ID'],
	country: ['Country']
} as const;

type Column = keyof typeof COLUMNS;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Splits one CSV line: `,` separators, `"` quoting, `""` for a quote inside quotes. */
export function splitCsvLine(line: string): string[] {
	const fields: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i];
		if (quoted && ch === '"' && line[i + 1] === '"') {
			field += '"';
			i++;
		} else if (ch === '"') quoted = !quoted;
		else if (ch === ',' && !quoted) {
			fields.push(field);
			field = '';
		} else field += ch;
	}
	if (quoted) throw new Error(`unterminated quoted field in: ${line.slice(0, 80)}`);
	fields.push(field);
	return fields;
}

/** A decimal string as an integer scaled by 10^scale ("2.55", 3 → 2550); exact, or throws. */
export function parseScaledDecimal(text: string, scale: number): number {
	const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
	if (!match || (match[2] === '' && !match[3])) throw new Error(`not a decimal: "${text}"`);
	const fraction = match[3] ?? '';
	if (fraction.replace(/0+$/, '').length > scale)
		throw new Error(`"${text}" has more than ${scale} decimals`);
	const digits = (match[2] || '0') + fraction.padEnd(scale, '0').slice(0, scale);
	const value = Number(digits);
	if (!Number.isSafeInteger(value)) throw new Error(`"${text}" is out of range`);
	return match[1] ? -value : value;
}

function columnIndexes(header: string[]): Record<Column, number> {
	const names = header.map((h) => h.replace(/^\uFEFF/, '').trim());
	const entries = (Object.keys(COLUMNS) as Column[]).map((column) => {
		const index = names.findIndex((n) => (COLUMNS[column] as readonly string[]).includes(n));
		if (index < 0) throw new Error(`column ${COLUMNS[column].join(' / ')} missing in header`);
		return [column, index] as const;
	});
	return Object.fromEntries(entries) as Record<Column, number>;
}

/** "17850" and "17850.0" are the same customer. */
const customerKey = (text: string) => text.trim().replace(/\.0+$/, '');

/** Reads gzipped UCI CSVs in order; an invoice is taken from the first file that has it. */
export async function readUciFiles(paths: readonly string[]): Promise<UciRead> {
	const counts: UciReadCounts = {
		rowsRead: 0,
		duplicateRows: 0,
		rowsWithoutCustomer: 0,
		cancellationRows: 0,
		negativeQuantityRows: 0,
		invoiceNumbers: 0,
		customerIds: 0,
		lineValueMills: 0
	};
	const earlierFiles = new Set<string>();
	const invoiceNumbers = new Set<string>();
	const customerIds = new Set<string>();
	const orders = new Map<string, UciInvoice>();
	for (const file of paths) {
		const thisFile = new Set<string>();
		const lines = createInterface({
			input: createReadStream(file).pipe(createGunzip()),
			crlfDelay: Infinity
		});
		let col: Record<Column, number> | null = null;
		let lineNo = 0;
		for await (const line of lines) {
			lineNo++;
			if (line === '') continue;
			const f = splitCsvLine(line);
			if (!col) {
				col = columnIndexes(f);
				continue;
			}
			counts.rowsRead++;
			const invoice = f[col.invoice].trim();
			if (earlierFiles.has(invoice)) {
				counts.duplicateRows++;
				continue;
			}
			thisFile.add(invoice);
			invoiceNumbers.add(invoice);
			let quantity: number, price: number;
			try {
				quantity = parseScaledDecimal(f[col.quantity], 0);
				price = parseScaledDecimal(f[col.price], 3);
			} catch (error) {
				throw new Error(`${file}:${lineNo}: ${(error as Error).message}`, { cause: error });
			}
			counts.lineValueMills += quantity * price;
			if (quantity < 0) counts.negativeQuantityRows++;
			const cancelled = invoice.startsWith('C');
			if (cancelled) counts.cancellationRows++;
			const customer = customerKey(f[col.customer]);
			if (customer === '') {
				counts.rowsWithoutCustomer++;
				continue;
			}
			customerIds.add(customer);
			if (cancelled || quantity < 0) continue;
			const date = f[col.date].trim().slice(0, 10);
			if (!ISO_DATE.test(date)) throw new Error(`${file}:${lineNo}: date "${f[col.date]}"`);
			let order = orders.get(invoice);
			if (!order) {
				order = { invoice, customerId: customer, country: '', date, valueMills: 0, volume: 0 };
				orders.set(invoice, order);
			}
			if (order.customerId !== customer)
				throw new Error(`${file}:${lineNo}: invoice ${invoice} has two customers`);
			order.country = f[col.country].trim();
			order.valueMills += quantity * price;
			order.volume += quantity;
		}
		for (const invoice of thisFile) earlierFiles.add(invoice);
	}
	counts.invoiceNumbers = invoiceNumbers.size;
	counts.customerIds = customerIds.size;
	return { counts, invoices: [...orders.values()] };
}
