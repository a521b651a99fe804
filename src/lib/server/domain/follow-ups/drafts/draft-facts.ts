/**
 * The exact strings a draft may use, from its context and formatted as a person reads them
 * (SPEC "Language"): names (customer, legal name, contact and its first name, role, rep, city,
 * UF), money as `R$ 1.234,56`, dates as `dd/mm/aaaa`, whole numbers of days, product names,
 * the deal's title and stage label. Templates take their values from here, and
 * `ungroundedFacts` accepts a draft only when every figure and proper name it contains is in
 * this list — nothing invented.
 */
import { formatDate, formatInteger, formatMoney } from '#lib/format.ts';
import { STAGE_LABEL } from '#lib/labels.ts';
import { daysBetween } from '../../calendar/index.ts';
import type { DraftContext } from './draft-context.ts';

/** Values the templates use, already formatted. */
export interface FormattedFacts {
	customer: string;
	contactFirstName: string | null;
	contactName: string | null;
	repName: string | null;
	repFirstName: string | null;
	lastOrderDate: string | null;
	lastOrderTotal: string | null;
	/** Whole days from the last order to `asOf`. */
	daysSinceLastOrder: string | null;
	products: string[];
	cycleDays: string | null;
	expectedNext: string | null;
	lateDays: string | null;
	opportunityTitle: string | null;
	opportunityStage: string | null;
	opportunityValue: string | null;
	opportunitySince: string | null;
	promiseDate: string | null;
	complaintDate: string | null;
	lastContactDate: string | null;
}

export function formatFacts(c: DraftContext): FormattedFacts {
	const o = c.opportunity;
	return {
		customer: c.customer.name,
		contactFirstName: c.contact?.firstName ?? null,
		contactName: c.contact?.name ?? null,
		repName: c.rep?.name ?? null,
		repFirstName: c.rep?.firstName ?? null,
		lastOrderDate: c.lastOrder ? formatDate(c.lastOrder.date) : null,
		lastOrderTotal: c.lastOrder ? formatMoney(c.lastOrder.totalCents) : null,
		daysSinceLastOrder: c.lastOrder ? formatInteger(daysBetween(c.lastOrder.date, c.asOf)) : null,
		products: c.lastOrder?.products ?? [],
		cycleDays: c.cycle ? formatInteger(c.cycle.days) : null,
		expectedNext: c.cycle ? formatDate(c.cycle.expectedNext) : null,
		lateDays: c.cycle && c.cycle.lateDays > 0 ? formatInteger(c.cycle.lateDays) : null,
		opportunityTitle: o?.title ?? null,
		opportunityStage: o ? (STAGE_LABEL[o.stage] ?? o.stage) : null,
		opportunityValue: o ? formatMoney(o.valueCents) : null,
		opportunitySince: o ? formatDate(o.stageSince) : null,
		promiseDate: c.promise ? formatDate(c.promise.date) : null,
		complaintDate: c.complaint ? formatDate(c.complaint.date) : null,
		lastContactDate: c.lastInteractions[0] ? formatDate(c.lastInteractions[0].date) : null
	};
}

/** Every string a draft may cite, deduplicated. */
export function draftFacts(c: DraftContext): string[] {
	const f = formatFacts(c);
	const values: (string | null | undefined)[] = [
		...Object.values(f).flat(),
		c.customer.legalName,
		c.customer.city,
		c.customer.uf,
		c.contact?.role,
		formatDate(c.asOf),
		...c.lastInteractions.flatMap((i) => [formatDate(i.date), i.summary])
	];
	return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.length > 0))];
}
