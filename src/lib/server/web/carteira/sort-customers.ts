/** The Carteira list's orders (the same as list_customers'). */
import type { CustomerAssessment } from '../../domain/portfolio/assess-portfolio.ts';
import type { LIST_SORTS } from './carteira-filters.ts';

const value = (a: CustomerAssessment) => (a.usualMonthlyCents ?? 0) * (a.riskScore ?? 1);

const COMPARATORS: Record<
	(typeof LIST_SORTS)[number],
	(x: CustomerAssessment, y: CustomerAssessment) => number
> = {
	risk: (x, y) => value(y) - value(x),
	usual_monthly: (x, y) => (y.usualMonthlyCents ?? 0) - (x.usualMonthlyCents ?? 0),
	overdue: (x, y) => (y.overdueDays ?? -Infinity) - (x.overdueDays ?? -Infinity),
	recency: (x, y) => (y.recencyDays ?? -1) - (x.recencyDays ?? -1),
	name: (x, y) => x.name.localeCompare(y.name, 'pt-BR')
};

export function sortCustomers(
	list: CustomerAssessment[],
	order: (typeof LIST_SORTS)[number]
): CustomerAssessment[] {
	return list.sort((x, y) => COMPARATORS[order](x, y) || x.customerId - y.customerId);
}
