/**
 * Builders for the users' cases: one-line cases, the demo's periods as a person names them
 * (asOf is Monday 23/11/2026), and the tools the answers need — some written after these cases
 * (rankings, sales by period, a customer's products and contacts): a case says what a correct
 * answer is and fails until Giro can give it.
 */
import type { Period } from '../../../scorers/applied-filters.ts';
import type { Category, ConversationCase, Expectation, Turn } from '../../case-types.ts';
import type { Entities } from '../../entities.ts';

export const T = {
	list: 'list_customers',
	health: 'get_portfolio_health',
	lost: 'estimate_lost_revenue',
	stopped: 'list_stopped_customers',
	rank: 'rank_portfolio',
	sales: 'get_sales_by_period',
	products: 'get_customer_products',
	contacts: 'get_customer_contacts',
	find: 'find_customers',
	profile: 'get_customer_profile',
	followUps: 'list_follow_ups',
	queue: 'get_rep_queue',
	stalled: 'list_stalled_opportunities',
	interactions: 'list_interactions',
	search: 'search_interactions',
	schedule: 'schedule_follow_up'
} as const;

type Say = string | ((e: Entities) => string);
type Expect = Expectation | ((e: Entities) => Expectation);

/** A one-turn case. */
export function c(
	id: string,
	category: Category,
	as: 'rep' | 'manager',
	say: Say,
	expect: Expect,
	style?: string
): ConversationCase {
	return {
		id: `u-${id}`,
		category,
		as,
		...(style && { style }),
		turns: (e) => [
			{
				say: typeof say === 'function' ? say(e) : say,
				expect: typeof expect === 'function' ? expect(e) : expect
			}
		]
	};
}

/** A several-turn case. */
export function multi(
	id: string,
	category: Category,
	as: 'rep' | 'manager',
	turns: (e: Entities) => Turn[],
	style?: string
): ConversationCase {
	return { id: `u-${id}`, category, as, ...(style && { style }), turns };
}

const ASOF = '2026-11-23';
const p = (from: string, to: string): Period => ({ from, to });
const minus = (days: number) => {
	const d = new Date(`${ASOF}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() - days);
	return d.toISOString().slice(0, 10);
};
/** "últimos N dias": N days up to today (today counted or not). */
export const lastDays = (n: number) =>
	Object.defineProperty(
		(x: Period) => x.to === ASOF && (x.from === minus(n - 1) || x.from === minus(n)),
		'name',
		{ value: `últimos ${n} dias` }
	);
/** "últimos N meses": N months up to today, or the N-1 whole months before plus this one. */
export const lastMonths = (n: number) =>
	Object.defineProperty(
		(x: Period) => {
			const back = new Date(`${ASOF}T12:00:00Z`);
			back.setUTCMonth(back.getUTCMonth() - n);
			const day = back.toISOString().slice(0, 10);
			const firstOfMonth = `${day.slice(0, 7)}-01`;
			const nextFirst = new Date(`${firstOfMonth}T12:00:00Z`);
			nextFirst.setUTCMonth(nextFirst.getUTCMonth() + 1);
			const ok = [day, firstOfMonth, nextFirst.toISOString().slice(0, 10)];
			const plusOne = new Date(`${day}T12:00:00Z`);
			plusOne.setUTCDate(plusOne.getUTCDate() + 1);
			ok.push(plusOne.toISOString().slice(0, 10));
			return x.to === ASOF && ok.includes(x.from);
		},
		'name',
		{ value: `últimos ${n} meses` }
	);

export const P = {
	today: p(ASOF, ASOF),
	yesterday: p('2026-11-22', '2026-11-22'),
	thisWeek: p('2026-11-23', ASOF),
	lastWeek: p('2026-11-16', '2026-11-22'),
	thisMonth: p('2026-11-01', ASOF),
	lastMonth: p('2026-10-01', '2026-10-31'),
	october: p('2026-10-01', '2026-10-31'),
	september: p('2026-09-01', '2026-09-30'),
	march: p('2026-03-01', '2026-03-31'),
	thisQuarter: p('2026-10-01', ASOF),
	lastQuarter: p('2026-07-01', '2026-09-30'),
	semester: p('2026-07-01', ASOF),
	thisYear: p('2026-01-01', ASOF),
	sinceMarch: p('2026-03-01', ASOF),
	marchToMidApril: p('2026-03-01', '2026-04-15')
};

export const UF = {
	sul: ['PR', 'RS', 'SC'],
	nordeste: ['AL', 'BA', 'CE', 'MA', 'PB', 'PE', 'PI', 'RN', 'SE'],
	sudeste: ['ES', 'MG', 'RJ', 'SP'],
	centroOeste: ['DF', 'GO', 'MS', 'MT'],
	norte: ['AC', 'AM', 'AP', 'PA', 'RO', 'RR', 'TO']
};

/** The rep's id by first name. */
export const rep = (e: Entities, firstName: string) => e.team[firstName].id;

/** The answer leads with a short greeting and says what Giro can do. */
export const GREETING: Expectation = {
	tools: [],
	facts: [/cliente|carteira|follow/],
	maxChars: 500
};
