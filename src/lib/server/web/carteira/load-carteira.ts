/**
 * Everything the Carteira shows, for one user, date and set of filters: the headline figures,
 * the per-rep table (managers), who stopped buying in the period, the at-risk list ranked by
 * what can still be recovered, the customer list, and the charts' series. Every figure comes
 * from the portfolio domain modules the tools use (`assessPortfolio`, `lossTotals`,
 * `stoppedBuying`), so Carteira, the chat and MCP agree to the cent; no SQL here.
 */
import { formatDate } from '#lib/format.ts';
import { addDays, startOfMonth } from '../../domain/calendar/iso-date.ts';
import {
	assessPortfolio,
	type CustomerAssessment
} from '../../domain/portfolio/assess-portfolio.ts';
import { monthlyRevenue } from '../../domain/portfolio/monthly-revenue.ts';
import {
	countsTowardLoss,
	lossTotals,
	shareAtRisk
} from '../../domain/portfolio/portfolio-totals.ts';
import { REGION_BY_KEY, REGION_KEYS, REGION_UFS } from '../../domain/portfolio/regions.ts';
import { repActivity } from '../../domain/portfolio/rep-activity.ts';
import type { PortfolioScope } from '../../domain/portfolio/scope.ts';
import { stoppedBuying } from '../../domain/portfolio/stopped-buying.ts';
import { FORMULAS } from '../../domain/portfolio/summarize-portfolio.ts';
import { teamOverview } from '../../domain/portfolio/team-overview.ts';
import { customerRow } from '../../tools/customer-row.ts';
import { repFilter, repOptions, segmentAndUfOptions } from '../filter-options.ts';
import { cachedHealthHistory } from '../health-history-cache.ts';
import type { PageContext } from '../page-context.ts';
import { CarteiraFilters, LIST_STATES } from './carteira-filters.ts';
import { sortCustomers } from './sort-customers.ts';

export const PAGE_SIZE = 25;
const AT_RISK_ROWS = 20;
const YEAR = 365;

export const STATE_DEFINITION =
	'Estado pelo ciclo de recompra de cada cliente: ativo até 1,5 ciclo sem comprar, em risco até 3 ciclos ' +
	'(e até 365 dias), inativo depois; novo = primeira compra nos últimos 90 dias e até 2 compras.';

function countsByState(list: readonly CustomerAssessment[]) {
	const counts = { new: 0, active: 0, at_risk: 0, inactive: 0 };
	for (const a of list) if (a.state !== 'prospect') counts[a.state] += 1;
	return counts;
}

export interface LoadOptions {
	/** Every row of every list (exports), not the page's first rows. */
	full?: boolean;
}

export async function loadCarteira(page: PageContext, url: URL, load: LoadOptions = {}) {
	const { db, user, asOf, tools } = page;
	const filters = CarteiraFilters.parse(Object.fromEntries(url.searchParams));
	const reps = await repOptions(db, user);
	const repId = repFilter(user, filters.vendedor ?? null, reps);
	const scope: PortfolioScope = {
		...(repId !== undefined && { repId }),
		...(filters.segmento && { segment: filters.segmento }),
		...(filters.regiao && { ufs: [...REGION_UFS[REGION_BY_KEY[filters.regiao]]] }),
		...(filters.uf && { uf: filters.uf })
	};
	const previousAsOf = addDays(startOfMonth(asOf), -1);
	const config = tools.config;
	const [now, before, stopped, activity, options] = await Promise.all([
		assessPortfolio(db, { asOf, scope, config }),
		assessPortfolio(db, { asOf: previousAsOf, scope, config }),
		stoppedBuying(db, { period: filters.periodo, asOf, scope, config }).catch(() =>
			stoppedBuying(db, { period: 'this_month', asOf, scope, config })
		),
		user.role === 'manager' ? repActivity(db, { asOf, scope }) : Promise.resolve(new Map()),
		segmentAndUfOptions(db, repId === undefined ? {} : { repId })
	]);
	const names = new Map(reps.map((r) => [r.id, r.name]));
	const totals = lossTotals(now);
	const totalsBefore = lossTotals(before);
	const counts = countsByState(now);
	const countsBefore = countsByState(before);
	const stoppedIds = new Set(stopped.customers.map((c) => c.after.customerId));

	const inLoss = now.filter(countsTowardLoss);
	const recoverable = inLoss
		.filter((a) => (a.recencyDays ?? 0) <= YEAR)
		.sort(
			(x, y) =>
				(y.riskScore ?? 1) * (y.usualMonthlyCents ?? 0) -
					(x.riskScore ?? 1) * (x.usualMonthlyCents ?? 0) || x.customerId - y.customerId
		);
	const lostOverYear = inLoss
		.filter((a) => (a.recencyDays ?? 0) > YEAR)
		.sort(
			(x, y) =>
				(y.usualMonthlyCents ?? 0) - (x.usualMonthlyCents ?? 0) || x.customerId - y.customerId
		);
	const atRiskRow = (a: CustomerAssessment) => ({
		...customerRow(a),
		repName: a.repId === null ? null : (names.get(a.repId) ?? null),
		revenueAtRiskCents: a.revenueAtRiskCents,
		lostRevenueCents: a.lostRevenueCents
	});

	const listed = sortCustomers(
		now.filter(
			(a) =>
				(filters.estado ? a.state === filters.estado : LIST_STATES.includes(a.state as 'new')) &&
				(!filters.queda || a.decline.declining)
		),
		filters.ordem
	);
	const pages = Math.max(1, Math.ceil(listed.length / PAGE_SIZE));
	const pageNumber = Math.min(filters.pagina, pages);
	const firstRows = <T>(rows: T[]) => (load.full ? rows : rows.slice(0, AT_RISK_ROWS));

	return {
		asOf,
		previousAsOf,
		role: user.role,
		reps,
		repId: repId ?? null,
		filters: { ...filters, vendedor: repId ?? null, pagina: pageNumber },
		options: {
			...options,
			regions: REGION_KEYS.map((key) => ({ key, label: REGION_BY_KEY[key] }))
		},
		headline: {
			customers: { now: now.length, before: before.length },
			counts,
			countsBefore,
			lossCustomers: { now: totals.customers, before: totalsBefore.customers },
			revenueAtRiskCents: {
				now: totals.revenueAtRiskCents,
				before: totalsBefore.revenueAtRiskCents
			},
			lostRevenueCents: { now: totals.lostRevenueCents, before: totalsBefore.lostRevenueCents },
			usualMonthlyCents: totals.usualMonthlyCents,
			shareAtRisk: shareAtRisk(totals),
			definitions: { ...FORMULAS, states: STATE_DEFINITION },
			comparison: `o fim do mês anterior (${formatDate(previousAsOf)})`
		},
		team:
			user.role === 'manager' && repId === undefined
				? teamOverview({ now, before, stoppedIds, activity, repNames: names })
				: null,
		stopped: {
			label: stopped.period.label,
			definition: stopped.definition,
			customers: stopped.customers.map(({ after }) => ({
				customerId: after.customerId,
				name: after.name,
				repName: after.repId === null ? null : (names.get(after.repId) ?? null),
				state: after.state,
				reason: after.reasons.join(' '),
				lastPurchase: after.lastOccasion,
				usualMonthlyCents: after.usualMonthlyCents
			}))
		},
		atRisk: {
			recoverableTotal: recoverable.length,
			recoverable: firstRows(recoverable).map(atRiskRow),
			lostOverYearTotal: lostOverYear.length,
			lostOverYearCents: lossTotals(lostOverYear).revenueAtRiskCents,
			lostOverYear: firstRows(lostOverYear).map(atRiskRow)
		},
		list: {
			total: listed.length,
			page: pageNumber,
			pages,
			customers: (load.full
				? listed
				: listed.slice((pageNumber - 1) * PAGE_SIZE, pageNumber * PAGE_SIZE)
			).map(customerRow)
		},
		// The charts' series are the slow part: streamed, so the page shows at once.
		history: load.full ? null : cachedHealthHistory(db, { asOf, months: 12, scope }),
		revenue: load.full ? null : monthlyRevenue(db, { asOf, months: 24, scope })
	};
}

export type CarteiraData = Awaited<ReturnType<typeof loadCarteira>>;
