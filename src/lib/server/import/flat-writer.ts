/**
 * Batched upserts keyed by an external id (erp_code, erp_id, sku, external_id), counting what
 * is new, changed and unchanged. Each batch first asks which of its rows differ from what the
 * table holds, then writes only those: re-importing the same file issues no write at all, so
 * it does not even bump the data version that the portfolio caches key on.
 *
 * Rows travel as one JSON parameter per batch (`json_to_recordset`), which both drivers pass
 * the same way and which keeps statements far below PostgreSQL's 65,535-parameter limit.
 * Only the columns the file maps are compared and updated; the others keep their values.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { ImportTx } from './import-tx.ts';

export type SqlType = 'text' | 'int' | 'bigint' | 'numeric' | 'date' | 'timestamptz' | 'boolean';

export interface Reference {
	/** Column written in the target table ("customer_id"). */
	column: string;
	/** Record property holding the other table's key ("customer_code"). */
	from: string;
	table: string;
	/** Key column of the other table ("erp_code"). */
	by: string;
}

export interface FlatTarget {
	table: string;
	key: string;
	/** Record properties written as columns of the same name, with their SQL types. */
	columns: Record<string, SqlType>;
	references?: Reference[];
	/** Constant SQL expressions for new rows only (`created_by: "'import'"`). */
	insertOnly?: Record<string, string>;
	/** Columns set to now() whenever a row changes. */
	touch?: string[];
}

export interface TableCounts {
	inserted: number;
	updated: number;
	unchanged: number;
	/** Rows removed to be written again (order items of a changed order). */
	deleted?: number;
}

export const emptyCounts = (): TableCounts => ({ inserted: 0, updated: 0, unchanged: 0 });

const ident = (name: string) => {
	if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`identificador inválido: ${name}`);
	return `"${name}"`;
};

export class FlatWriter {
	readonly counts = emptyCounts();
	private readonly target: FlatTarget;
	private readonly columns: string[];
	private readonly batch: Record<string, unknown>[] = [];
	private readonly batchSize: number;
	/** Keys written as new rows or changes, for callers that act on them (order items). */
	readonly onWritten: ((keys: { key: string; isNew: boolean }[]) => void) | null;

	constructor(
		target: FlatTarget,
		columns: string[],
		options: {
			batchSize?: number;
			onWritten?: (keys: { key: string; isNew: boolean }[]) => void;
		} = {}
	) {
		this.target = target;
		this.columns = columns.filter((c) => c in target.columns);
		this.batchSize = options.batchSize ?? 2000;
		this.onWritten = options.onWritten ?? null;
	}

	async add(tx: ImportTx, record: Record<string, unknown>): Promise<void> {
		this.batch.push(record);
		if (this.batch.length >= this.batchSize) await this.flush(tx);
	}

	async flush(tx: ImportTx): Promise<void> {
		if (this.batch.length === 0) return;
		const rows = this.batch.splice(0, this.batch.length);
		const changed = await tx.rows<{ key: string; is_new: number }>(this.diffQuery(rows));
		this.counts.inserted += changed.filter((c) => c.is_new === 1).length;
		this.counts.updated += changed.filter((c) => c.is_new !== 1).length;
		this.counts.unchanged += rows.length - changed.length;
		if (changed.length === 0) return;
		const wanted = new Set(changed.map((c) => c.key));
		const key = this.target.key;
		await tx.rows(this.upsertQuery(rows.filter((r) => wanted.has(String(r[key])))));
		this.onWritten?.(changed.map((c) => ({ key: c.key, isNew: c.is_new === 1 })));
	}

	/** `json_to_recordset($1) as s(key text, col type, ref_from text, ...)` */
	private source(rows: Record<string, unknown>[]): SQL {
		const t = this.target;
		const defs = [
			`${ident(t.key)} text`,
			...this.columns.map((c) => `${ident(c)} ${t.columns[c]}`)
		];
		for (const ref of t.references ?? []) defs.push(`${ident(ref.from)} text`);
		const joins = (t.references ?? []).map(
			(ref, i) =>
				`left join ${ident(ref.table)} r${i} on r${i}.${ident(ref.by)} = s.${ident(ref.from)}`
		);
		return sql`json_to_recordset(${JSON.stringify(rows)}::json) as s(${sql.raw(defs.join(', '))}) ${sql.raw(joins.join(' '))}`;
	}

	private values(prefix: string): { target: string[]; source: string[] } {
		const refs = this.target.references ?? [];
		return {
			target: [
				...this.columns.map((c) => `${prefix}.${ident(c)}`),
				...refs.map((r) => `${prefix}.${ident(r.column)}`)
			],
			source: [...this.columns.map((c) => `s.${ident(c)}`), ...refs.map((_r, i) => `r${i}.id`)]
		};
	}

	private diffQuery(rows: Record<string, unknown>[]): SQL {
		const t = this.target;
		const { target, source } = this.values('t');
		const differs =
			target.length === 0
				? 'false'
				: `(${target.join(', ')}) is distinct from (${source.join(', ')})`;
		return sql`select s.${sql.raw(ident(t.key))} as key, (t.${sql.raw(ident(t.key))} is null)::int as is_new
			from ${this.source(rows)}
			left join ${sql.raw(ident(t.table))} t on t.${sql.raw(ident(t.key))} = s.${sql.raw(ident(t.key))}
			where t.${sql.raw(ident(t.key))} is null or ${sql.raw(differs)}`;
	}

	private upsertQuery(rows: Record<string, unknown>[]): SQL {
		const t = this.target;
		const refs = t.references ?? [];
		const insertOnly = Object.entries(t.insertOnly ?? {});
		const targetColumns = [
			t.key,
			...this.columns,
			...refs.map((r) => r.column),
			...insertOnly.map(([c]) => c)
		];
		const sourceValues = [
			`s.${ident(t.key)}`,
			...this.values('t').source,
			...insertOnly.map(([, v]) => v)
		];
		const updates = [...this.columns, ...refs.map((r) => r.column)].map(
			(c) => `${ident(c)} = excluded.${ident(c)}`
		);
		for (const c of t.touch ?? []) updates.push(`${ident(c)} = now()`);
		const onConflict = updates.length ? `do update set ${updates.join(', ')}` : 'do nothing';
		return sql`insert into ${sql.raw(ident(t.table))} (${sql.raw(targetColumns.map(ident).join(', '))})
			select ${sql.raw(sourceValues.join(', '))} from ${this.source(rows)}
			on conflict (${sql.raw(ident(t.key))}) ${sql.raw(onConflict)}`;
	}
}
