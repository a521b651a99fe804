/**
 * SQL fragments that turn São Paulo calendar dates into instants and back (SPEC "Domain":
 * business dates are calendar dates in America/Sao_Paulo; interactions are instants). Explicit
 * time zone, so the answer never depends on the session's `TimeZone`.
 */
import { sql, type SQL } from 'drizzle-orm';

/** The first instant of `date` ('YYYY-MM-DD') in São Paulo. */
export function startOfDaySql(date: string): SQL {
	return sql`(${date}::date::timestamp at time zone 'America/Sao_Paulo')`;
}

/** The first instant after `date` in São Paulo (use with `<`). */
export function endOfDaySql(date: string): SQL {
	return sql`((${date}::date + 1)::timestamp at time zone 'America/Sao_Paulo')`;
}

/** A `timestamptz` expression as its São Paulo date, 'YYYY-MM-DD' text. */
export function localDateSql(instant: SQL): SQL {
	return sql`(${instant} at time zone 'America/Sao_Paulo')::date::text`;
}
