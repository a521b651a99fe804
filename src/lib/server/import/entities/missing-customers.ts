/**
 * Customers that orders refer to but Giro does not have yet, created when the person asks for
 * it (--create-missing-customers, or a preset such as UCI Online Retail). Each gets the name,
 * country, city and UF of its most recent order line that has them, or "Cliente <código>".
 * Customers that already exist are never touched by an orders import.
 */
import { FlatWriter, type TableCounts } from '../flat-writer.ts';
import type { ImportTx } from '../import-tx.ts';
import { CUSTOMERS_TARGET } from './customers.ts';
import type { ImportOptions } from './entity-spec.ts';

export interface NewCustomerFacts {
	name: string | null;
	country: string | null;
	city: string | null;
	uf: string | null;
}

export class MissingCustomers {
	private readonly found = new Map<string, NewCustomerFacts & { date: string }>();

	note(code: string, date: string, facts: NewCustomerFacts | null): void {
		if (!facts) return;
		const seen = this.found.get(code);
		if (!seen || date >= seen.date) {
			this.found.set(code, {
				date,
				name: facts.name ?? seen?.name ?? null,
				country: facts.country ?? seen?.country ?? null,
				city: facts.city ?? seen?.city ?? null,
				uf: facts.uf ?? seen?.uf ?? null
			});
		}
	}

	get size(): number {
		return this.found.size;
	}

	/** Creates the missing customers that `needed` (the customers of the rows written) holds. */
	async create(tx: ImportTx, options: ImportOptions, needed: Set<string>): Promise<TableCounts> {
		const writer = new FlatWriter(CUSTOMERS_TARGET, ['legal_name', 'country', 'city', 'uf']);
		for (const [code, f] of this.found) {
			if (!needed.has(code)) continue;
			await writer.add(tx, {
				erp_code: code,
				legal_name: f.name ?? options.newCustomerName(code),
				country: f.country ?? 'BR',
				city: f.city,
				uf: f.uf
			});
		}
		await writer.flush(tx);
		return writer.counts;
	}
}
