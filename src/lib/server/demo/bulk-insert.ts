/**
 * Fast multi-row inserts that work the same on PGlite and on a server: one bind parameter per
 * column (a PostgreSQL array literal) unnested into rows, instead of one parameter per value.
 * Measured on PGlite, a drizzle `insert().values()` of the demo spends more time building and
 * binding ~1 million parameters than the database spends storing the rows; this keeps every
 * statement to a handful of parameters (far under PostgreSQL's 65,535) and still never puts a
 * value into the SQL text.
 */
import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { GiroDatabase } from '#lib/server/db/client.ts';

type Executor = Pick<GiroDatabase['orm'], 'execute'>;

export const ROWS_PER_STATEMENT = 5_000;

/** One element of an array literal: always quoted, so text needs only `\` and `"` escaped. */
function element(value: unknown): string {
	if (value === null || value === undefined) return 'NULL';
	const text = value instanceof Date ? value.toISOString() : String(value);
	return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

function castOf(sqlType: string): string {
	if (sqlType === 'serial') return 'integer';
	if (sqlType === 'bigserial') return 'bigint';
	return sqlType;
}

/** Inserts `rows` (drizzle insert objects keyed by property name) into `table`. */
export async function bulkInsert(
	db: Executor,
	table: PgTable,
	rows: readonly Record<string, unknown>[]
): Promise<void> {
	if (rows.length === 0) return;
	const columns = getTableColumns(table);
	const keys = Object.keys(rows[0]);
	const names = keys.map((key) => {
		const column = columns[key];
		if (!column) throw new Error(`bulkInsert: ${getTableName(table)} não tem a coluna ${key}`);
		return column;
	});
	for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
		const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
		const arrays = keys.map((key, i) => {
			const literal = `{${chunk.map((row) => element(row[key])).join(',')}}`;
			return sql`${literal}::${sql.raw(castOf(names[i].getSQLType()))}[]`;
		});
		await db.execute(
			sql`insert into ${table} (${sql.join(
				names.map((c) => sql.identifier(c.name)),
				sql`, `
			)}) select * from unnest(${sql.join(arrays, sql`, `)})`
		);
	}
}
