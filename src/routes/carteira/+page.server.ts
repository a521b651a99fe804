import { z } from 'zod';
import { formatDate } from '#lib/format.ts';
import { monthLabel } from '#lib/labels.ts';
import { callTool } from '#lib/server/web/call-tool.ts';
import { cachedHealthHistory } from '#lib/server/web/health-history-cache.ts';
import { repFilter, repOptions, segmentAndUfOptions } from '#lib/server/web/filter-options.ts';
import { pageContext } from '#lib/server/web/page-context.ts';
import { getPortfolioHealth } from '#lib/server/tools/portfolio/get-portfolio-health.ts';
import { listCustomers } from '#lib/server/tools/portfolio/list-customers.ts';
import type { PageServerLoad } from './$types';

const STATES = ['new', 'active', 'at_risk', 'inactive'] as const;
const SORTS = ['risk', 'usual_monthly', 'overdue', 'recency', 'name'] as const;
const PAGE_SIZE = 25;

/** The list's filters, from the URL; a value that makes no sense is ignored, not an error. */
const Filters = z.object({
	estado: z.enum(STATES).optional().catch(undefined),
	queda: z.literal('1').optional().catch(undefined),
	segmento: z.string().trim().min(1).max(60).optional().catch(undefined),
	uf: z
		.string()
		.regex(/^[A-Za-z]{2}$/)
		.transform((v) => v.toUpperCase())
		.optional()
		.catch(undefined),
	ordem: z.enum(SORTS).default('risk').catch('risk'),
	pagina: z.string().max(200).optional().catch(undefined)
});

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db, user, asOf, tools } = await pageContext(locals);
	const filters = Filters.parse(Object.fromEntries(url.searchParams));
	const reps = await repOptions(db, user);
	const repId = repFilter(user, url.searchParams.get('vendedor'), reps);
	// A rep's scope is themselves whatever is asked (the tools enforce it too).
	const scope = repId === undefined ? {} : { repId };
	const byRep = user.role === 'manager' && repId === undefined;

	// The chart's 12 month-ends are the slow part: streamed, so the page shows at once.
	const history = cachedHealthHistory(db, { asOf, months: 12, scope }).then((points) =>
		points.map((p) => ({
			label: monthLabel(p.month),
			title: formatDate(p.asOf),
			counts: Object.fromEntries(STATES.map((s) => [s, p.byState[s].customers])),
			revenueAtRiskCents: p.all.revenueAtRiskCents
		}))
	);
	const [health, list, options] = await Promise.all([
		callTool(
			getPortfolioHealth,
			{ ...scope, breakdown: byRep ? 'rep' : undefined, maxGroups: 50 },
			tools
		),
		callTool(
			listCustomers,
			{
				...scope,
				states: filters.estado ? [filters.estado] : undefined,
				declining: filters.queda ? true : undefined,
				segment: filters.segmento,
				uf: filters.uf,
				sort: filters.ordem,
				limit: PAGE_SIZE,
				cursor: filters.pagina
			},
			tools
		),
		segmentAndUfOptions(db, scope)
	]);
	return {
		asOf,
		role: user.role,
		reps,
		repId: repId ?? null,
		filters: { ...filters, vendedor: repId ?? null },
		options,
		health,
		list,
		history
	};
};
