/**
 * Which customers a computation looks at (SPEC "Who sees what" and "scope"): a rep's own
 * portfolio, or the whole company narrowed by rep, segment, UF or explicit ids. The scope
 * filters what is *reported*; peer cycles and RFV quintiles are always computed over the
 * whole portfolio, so a customer's figures never change with who is asking.
 */
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { canonicalSegment, REGION_UFS, type Region } from './regions.ts';

export const PortfolioScope = z.object({
	repId: z.number().int().positive().optional().describe('Only this rep’s customers'),
	segment: z.string().min(1).optional().describe('Only this segment'),
	uf: z.string().length(2).optional().describe('Only this UF (state)'),
	ufs: z.array(z.string().length(2)).optional().describe('Only these UFs (a region)'),
	customerIds: z.array(z.number().int().positive()).optional().describe('Only these customers')
});
export type PortfolioScope = z.infer<typeof PortfolioScope>;

/** Who is asking (SPEC "Who sees what"): a rep or a manager. */
export interface Viewer {
	id: number;
	role: 'rep' | 'manager';
}

/**
 * The one scope rule, for tools and pages alike: a rep only their own customers (whatever they
 * asked for), a manager everything, optionally narrowed by the filters they passed (a segment
 * as people type it, a UF, or a region: its UFs).
 */
export function scopeFor(
	viewer: Viewer,
	requested: { repId?: number; segment?: string; uf?: string; region?: Region } = {}
): PortfolioScope {
	const scope: PortfolioScope = {};
	if (requested.segment) scope.segment = canonicalSegment(requested.segment);
	if (requested.uf) scope.uf = requested.uf.toUpperCase();
	if (requested.region) scope.ufs = [...REGION_UFS[requested.region]];
	if (viewer.role === 'rep') scope.repId = viewer.id;
	else if (requested.repId !== undefined) scope.repId = requested.repId;
	return scope;
}

/** SQL condition over a `customers` row aliased as `alias`. */
export function scopeCondition(scope: PortfolioScope, alias = 'c'): SQL {
	const c = sql.raw(alias);
	const parts: SQL[] = [sql`true`];
	if (scope.repId !== undefined) parts.push(sql`${c}.rep_id = ${scope.repId}`);
	// Segments compare without case: a company's data may say "varejo" where people type "Varejo".
	if (scope.segment !== undefined) parts.push(sql`lower(${c}.segment) = lower(${scope.segment})`);
	if (scope.uf !== undefined) parts.push(sql`${c}.uf = ${scope.uf}`);
	if (scope.ufs !== undefined)
		parts.push(
			scope.ufs.length === 0
				? sql`false`
				: sql`${c}.uf in (${sql.join(
						scope.ufs.map((uf) => sql`${uf}`),
						sql`, `
					)})`
		);
	if (scope.customerIds !== undefined) {
		if (scope.customerIds.length === 0) parts.push(sql`false`);
		else
			parts.push(
				sql`${c}.id in (${sql.join(
					scope.customerIds.map((id) => sql`${id}`),
					sql`, `
				)})`
			);
	}
	return sql.join(parts, sql` and `);
}

/** The same scope as a predicate over rows that carry the customer's fields. */
export function scopeFilter(
	scope: PortfolioScope
): (row: {
	customerId: number;
	repId: number | null;
	segment: string | null;
	uf: string | null;
}) => boolean {
	const ids = scope.customerIds ? new Set(scope.customerIds) : null;
	const ufs = scope.ufs ? new Set(scope.ufs) : null;
	const segment = scope.segment?.toLowerCase();
	return (row) =>
		(scope.repId === undefined || row.repId === scope.repId) &&
		(segment === undefined || row.segment?.toLowerCase() === segment) &&
		(scope.uf === undefined || row.uf === scope.uf) &&
		(ufs === null || (row.uf !== null && ufs.has(row.uf))) &&
		(ids === null || ids.has(row.customerId));
}
