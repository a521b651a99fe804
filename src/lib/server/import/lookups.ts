/**
 * What the database already holds that rows refer to, loaded once before the rows are read:
 * customer codes (and their CNPJs), reps, contacts and opportunities by external id. Checking a
 * row is then a map lookup, and "cliente 123 não cadastrado" is reported at the row's line.
 * Sizes follow the portfolio (thousands of customers), never the file.
 */
import { sql } from 'drizzle-orm';
import { normalizeKey } from './normalize-text.ts';
import type { ImportTx } from './import-tx.ts';

export type LookupName = 'customers' | 'users' | 'contacts' | 'opportunities';

export interface Lookups {
	/** erp_code → cnpj (or null). */
	customers: Map<string, string | null>;
	/** cnpj → erp_code. */
	customerByCnpj: Map<string, string>;
	/** Resolves a rep by ERP code, e-mail or name; null when nobody matches. */
	user(text: string): number | null;
	/** contact external_id → customer erp_code. */
	contacts: Map<string, string>;
	/** opportunity external_id → customer erp_code. */
	opportunities: Map<string, string>;
}

export async function loadLookups(db: ImportTx, needs: readonly LookupName[]): Promise<Lookups> {
	const lookups: Lookups = {
		customers: new Map(),
		customerByCnpj: new Map(),
		user: () => null,
		contacts: new Map(),
		opportunities: new Map()
	};
	if (needs.includes('customers')) {
		const rows = await db.rows<{ code: string; cnpj: string | null }>(
			sql`select erp_code::text as code, cnpj::text as cnpj from customers`
		);
		for (const r of rows) {
			lookups.customers.set(r.code, r.cnpj);
			if (r.cnpj) lookups.customerByCnpj.set(r.cnpj, r.code);
		}
	}
	if (needs.includes('users')) {
		const rows = await db.rows<{ id: number; ext: string | null; email: string; name: string }>(
			sql`select id::int as id, external_id::text as ext, email::text as email, name::text as name from users`
		);
		const byKey = new Map<string, number | null>();
		const add = (key: string, id: number) => {
			if (!key) return;
			// The same name for two reps is ambiguous: no match rather than the wrong one.
			byKey.set(key, byKey.has(key) && byKey.get(key) !== id ? null : id);
		};
		for (const r of rows) add(`n:${normalizeKey(r.name)}`, r.id);
		for (const r of rows) add(`e:${r.email.toLowerCase()}`, r.id);
		for (const r of rows) if (r.ext) add(`x:${r.ext.trim()}`, r.id);
		lookups.user = (text) => {
			const t = text.trim();
			return (
				byKey.get(`x:${t}`) ??
				byKey.get(`e:${t.toLowerCase()}`) ??
				byKey.get(`n:${normalizeKey(t)}`) ??
				null
			);
		};
	}
	if (needs.includes('contacts')) {
		const rows = await db.rows<{ ext: string; code: string }>(
			sql`select c.external_id::text as ext, k.erp_code::text as code
				from contacts c join customers k on k.id = c.customer_id where c.external_id is not null`
		);
		for (const r of rows) lookups.contacts.set(r.ext, r.code);
	}
	if (needs.includes('opportunities')) {
		const rows = await db.rows<{ ext: string; code: string }>(
			sql`select o.external_id::text as ext, k.erp_code::text as code
				from opportunities o join customers k on k.id = o.customer_id where o.external_id is not null`
		);
		for (const r of rows) lookups.opportunities.set(r.ext, r.code);
	}
	return lookups;
}
