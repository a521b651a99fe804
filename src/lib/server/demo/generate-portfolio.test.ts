import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { isBusinessDay } from '#lib/server/domain/calendar/business-days.ts';
import { isValidCnpj } from './cnpj.ts';
import type { DemoRows } from './demo-rows.ts';
import type { DemoTruth } from './demo-truth.ts';
import { collectDemoPortfolio, generateDemoPortfolio } from './generate-portfolio.ts';
import { ACTIVE_MARGIN } from './signal-check.ts';
import {
	daysBetween,
	decliningVolume,
	occasionsUpTo,
	ownCycle,
	purchaseOccasions,
	riskState,
	stoppedInPeriod,
	type Occasion
} from './reference-rules.ts';

const OPTIONS = { seed: 20261123, asOf: '2026-11-23', customers: 600 } as const;

function hashOf(value: unknown): string {
	return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

function addDays(iso: string, n: number): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + n);
	return d.toISOString().slice(0, 10);
}

function monthEnd(month: string, asOf: string): string {
	const [y, m] = month.split('-').map(Number);
	const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
	return last < asOf ? last : asOf;
}

function occasionsByCustomer(rows: DemoRows): Map<number, Occasion[]> {
	const orders = new Map<number, typeof rows.orders>();
	for (const order of rows.orders) {
		const list = orders.get(order.customerId) ?? [];
		list.push(order);
		orders.set(order.customerId, list);
	}
	const out = new Map<number, Occasion[]>();
	for (const customer of rows.customers) {
		const list = orders.get(customer.id!) ?? [];
		out.set(
			customer.id!,
			purchaseOccasions(
				list.map((o) => ({
					orderDate: o.orderDate,
					totalCents: o.totalCents,
					volume: o.volume ?? null,
					status: o.status ?? 'invoiced'
				}))
			)
		);
	}
	return out;
}

describe('demo portfolio (600 customers)', () => {
	let rows: DemoRows;
	let truth: DemoTruth;
	let occasions: Map<number, Occasion[]>;

	beforeAll(() => {
		({ rows, truth } = collectDemoPortfolio(OPTIONS));
		occasions = occasionsByCustomer(rows);
	}, 60_000);

	it('is byte-identical for the same seed and asOf, and differs for another seed', () => {
		const again = collectDemoPortfolio(OPTIONS);
		expect(hashOf(again.rows)).toBe(hashOf(rows));
		expect(hashOf(again.truth)).toBe(hashOf(truth));
		const small = { ...OPTIONS, customers: 100 };
		const other = collectDemoPortfolio({ ...small, seed: 7 });
		expect(hashOf(other.rows)).not.toBe(hashOf(collectDemoPortfolio(small).rows));
	}, 60_000);

	it('streams in bounded batches with the truth last', () => {
		const steps = [...generateDemoPortfolio({ ...OPTIONS, customers: 300 })];
		const batches = steps.filter((s) => s.kind === 'rows');
		expect(batches.length).toBeGreaterThan(1);
		expect(steps.at(-1)?.kind).toBe('done');
		for (const step of batches) {
			const count = Object.values(step.rows).reduce((n, list) => n + list.length, 0);
			expect(count).toBeLessThan(25_000);
		}
	});

	it('has the expected sizes', () => {
		expect(rows.users).toHaveLength(10);
		expect(rows.users.filter((u) => u.role === 'manager')).toHaveLength(2);
		expect(rows.products.length).toBeGreaterThanOrEqual(60);
		expect(rows.products.length).toBeLessThanOrEqual(100);
		expect(rows.customers).toHaveLength(600);
		expect(rows.contacts.length).toBeGreaterThanOrEqual(600);
		expect(rows.contacts.length).toBeLessThanOrEqual(1800);
		expect(rows.orders.length).toBeGreaterThan(15_000);
		expect(rows.orders.length).toBeLessThan(40_000);
		expect(rows.interactions.length).toBeGreaterThan(12_000);
		expect(rows.interactions.length).toBeLessThan(30_000);
		expect(rows.opportunities.length).toBeGreaterThan(300);
		expect(rows.followUps.length).toBeGreaterThan(1_000);
		const cancelled =
			rows.orders.filter((o) => o.status === 'cancelled').length / rows.orders.length;
		expect(cancelled).toBeGreaterThan(0.01);
		expect(cancelled).toBeLessThan(0.03);
		const consent = rows.contacts.filter((c) => c.whatsappConsent).length / rows.contacts.length;
		expect(consent).toBeGreaterThan(0.5);
		expect(consent).toBeLessThan(0.7);
	});

	it('gives every customer a valid unique CNPJ, a unique ERP code, a real UF and a rep of its region', () => {
		const reps = new Map(rows.users.map((u) => [u.id, u]));
		expect(rows.customers.filter((c) => !isValidCnpj(c.cnpj!))).toEqual([]);
		expect(new Set(rows.customers.map((c) => c.cnpj)).size).toBe(600);
		expect(new Set(rows.customers.map((c) => c.erpCode)).size).toBe(600);
		expect(new Set(rows.customers.map((c) => c.legalName)).size).toBe(600);
		for (const c of rows.customers) {
			expect(c.erpCode).toMatch(/^C\d{6}$/);
			expect(c.uf).toMatch(/^[A-Z]{2}$/);
			expect(reps.get(c.repId!)?.role).toBe('rep');
		}
		expect(rows.users.map((u) => u.email)).toContain('ana.souza@giro.demo');
	});

	it('plants look-alike names for the find-customer feature', () => {
		const byQuery = Object.fromEntries(truth.similarNames.map((s) => [s.query, s.customerIds]));
		expect(byQuery['bom preco'].length).toBeGreaterThanOrEqual(3);
		expect(byQuery['sao jorge'].length).toBeGreaterThanOrEqual(2);
		const names = rows.customers.map((c) => c.legalName);
		expect(names).toContain('Mercado Bom Preço Ltda');
		expect(names).toContain('Metalurgica Sao Jorge do Sul Ltda');
	});

	it('keeps money exact: items sum to the order total, volume is the sum of quantities', () => {
		const items = new Map<number, { value: number; quantity: number; n: number }>();
		expect(rows.orderItems.every((item) => Number.isInteger(item.valueCents))).toBe(true);
		for (const item of rows.orderItems) {
			const sum = items.get(item.orderId) ?? { value: 0, quantity: 0, n: 0 };
			sum.value += item.valueCents!;
			sum.quantity += item.quantity;
			sum.n++;
			items.set(item.orderId, sum);
		}
		const wrong = rows.orders.filter((o) => {
			const sum = items.get(o.id!);
			return !sum || sum.value !== o.totalCents || sum.quantity !== o.volume || sum.n > 5;
		});
		expect(wrong).toEqual([]);
		expect(rows.orders.every((o) => Number.isInteger(o.totalCents) && o.totalCents > 0)).toBe(true);
	});

	it('orders on business days only, never on Carnaval, within the history', () => {
		const bad = rows.orders.filter(
			(o) => !isBusinessDay(o.orderDate) || o.orderDate > OPTIONS.asOf
		);
		expect(bad).toEqual([]);
		expect(
			rows.orders.some((o) => o.orderDate === '2026-02-16' || o.orderDate === '2026-02-17')
		).toBe(false);
		expect(rows.orders.some((o) => o.orderDate === '2026-02-18')).toBe(true);
		const first = rows.orders.reduce((min, o) => (o.orderDate < min ? o.orderDate : min), '9999');
		expect(first >= '2023-11-24').toBe(true);
	});

	it('plants stoppers that cross to at_risk on their day, in every tracked month', () => {
		const [m0, m1, m2, m3, previous, current] = truth.trackedMonths;
		expect(current).toBe('2026-11');
		expect(truth.stoppedByMonth[current].length).toBeGreaterThanOrEqual(6);
		expect(truth.stoppedByMonth[previous].length).toBeGreaterThanOrEqual(6);
		for (const month of [m0, m1, m2, m3]) {
			expect(truth.stoppedByMonth[month].length).toBeGreaterThanOrEqual(3);
			expect(truth.stoppedByMonth[month].length).toBeLessThanOrEqual(6);
		}
		for (const s of truth.stoppers) {
			const occ = occasions.get(s.customerId)!;
			expect(occ.length).toBeGreaterThanOrEqual(6);
			expect(occ.at(-1)!.date).toBe(s.lastOccasion);
			expect(ownCycle(occ)!.days).toBe(s.cycleDays);
			expect(riskState(occ, addDays(s.atRiskFrom, -1))).toBe('active');
			expect(riskState(occ, s.atRiskFrom)).toBe('at_risk');
			expect(s.atRiskFrom.slice(0, 7)).toBe(s.month);
			expect(s.atRiskFrom <= OPTIONS.asOf).toBe(true);
		}
	});

	it('plants decliners that the declining rule flags with the recorded ratios', () => {
		expect(truth.decliners.length).toBeGreaterThanOrEqual(15);
		for (const d of truth.decliners) {
			const occ = occasions.get(d.customerId)!;
			const result = decliningVolume(occ, OPTIONS.asOf, ownCycle(occ)!.days);
			expect(result.declining).toBe(true);
			expect(result.baselineOccasions).toBeGreaterThanOrEqual(3);
			expect(result.revenueRatio!).toBeCloseTo(d.revenueRatio, 3);
			expect(result.volumeRatio!).toBeCloseTo(d.volumeRatio, 3);
			expect(d.revenueRatio).toBeGreaterThanOrEqual(0.3);
			expect(d.revenueRatio).toBeLessThanOrEqual(0.6);
			expect(d.volumeRatio).toBeLessThanOrEqual(0.7);
			expect(truth.decliningAtAsOf).toContain(d.customerId);
		}
	});

	it('fires no rule that was not planted', () => {
		const stoppers = new Set(truth.stoppers.map((s) => s.customerId));
		const decliners = new Set(truth.decliners.map((d) => d.customerId));
		const regular = new Set(rows.customers.map((c) => c.id!));
		for (const list of [
			truth.newCustomers,
			truth.reactivations,
			truth.longInactive,
			truth.prospects
		]) {
			for (const c of list) regular.delete(c.customerId);
		}
		for (const [customerId, occ] of occasions) {
			for (const month of truth.trackedMonths) {
				const fired = stoppedInPeriod(
					occ,
					addDays(`${month}-01`, -1),
					monthEnd(month, OPTIONS.asOf)
				);
				expect(fired).toBe(truth.stoppedByMonth[month].includes(customerId));
			}
			const cycle = ownCycle(occ)?.days;
			const declining = cycle !== undefined && decliningVolume(occ, OPTIONS.asOf, cycle).declining;
			expect(declining).toBe(truth.decliningAtAsOf.includes(customerId));
			if (!stoppers.has(customerId)) expect(declining).toBe(decliners.has(customerId));
			if (regular.has(customerId) && !stoppers.has(customerId)) {
				for (const day of truth.checkDays) {
					const upTo = occasionsUpTo(occ, day);
					expect(riskState(occ, day)).toBe('active');
					const recency = daysBetween(upTo.at(-1)!.date, day);
					expect(recency / ownCycle(upTo)!.days).toBeLessThanOrEqual(ACTIVE_MARGIN);
				}
			}
		}
	});

	it('plants new, reactivated, long-inactive customers and prospects', () => {
		expect(truth.newCustomers.length).toBeGreaterThanOrEqual(3);
		for (const c of truth.newCustomers) {
			expect(riskState(occasions.get(c.customerId)!, OPTIONS.asOf)).toBe('new');
			expect(c.occasions).toBeLessThanOrEqual(2);
		}
		expect(truth.reactivations.length).toBeGreaterThanOrEqual(3);
		for (const r of truth.reactivations) {
			const occ = occasions.get(r.customerId)!;
			expect(riskState(occ, OPTIONS.asOf)).toBe('active');
			expect(r.gapDays).toBeGreaterThan(3 * r.cycleDays);
			expect(daysBetween(r.gapStart, r.reactivatedOn)).toBe(r.gapDays);
			expect(occ.some((o) => o.date > r.gapStart && o.date < r.reactivatedOn)).toBe(false);
		}
		for (const c of truth.longInactive) {
			const occ = occasions.get(c.customerId)!;
			expect(daysBetween(occ.at(-1)!.date, OPTIONS.asOf)).toBeGreaterThan(365);
		}
		expect(truth.prospects.length).toBeGreaterThanOrEqual(9);
		for (const p of truth.prospects) expect(occasions.get(p.customerId)).toEqual([]);
		expect(Object.values(truth.stateCountsAtAsOf).reduce((a, b) => a + b, 0)).toBe(600);
	});
});

describe.each([
	{ seed: 'carnaval', asOf: '2026-03-02', customers: 150, years: 2 },
	{ seed: 'ano-novo', asOf: '2027-01-01', customers: 120, years: 3 },
	{ seed: 99, asOf: '2025-07-31', customers: 100, years: 4 }
])('demo portfolio for asOf $asOf ($customers customers, $years years)', (options) => {
	it('plants exactly the signals in its truth', () => {
		const { rows, truth } = collectDemoPortfolio(options);
		const occasions = occasionsByCustomer(rows);
		expect(truth.stoppers.length).toBeGreaterThanOrEqual(24);
		expect(truth.decliners.length).toBeGreaterThanOrEqual(15);
		for (const [customerId, occ] of occasions) {
			for (const month of truth.trackedMonths) {
				const fired = stoppedInPeriod(
					occ,
					addDays(`${month}-01`, -1),
					monthEnd(month, options.asOf)
				);
				expect(fired).toBe(truth.stoppedByMonth[month].includes(customerId));
			}
			const cycle = ownCycle(occ)?.days;
			const declining = cycle !== undefined && decliningVolume(occ, options.asOf, cycle).declining;
			expect(declining).toBe(truth.decliningAtAsOf.includes(customerId));
		}
		for (const s of truth.stoppers) {
			const occ = occasions.get(s.customerId)!;
			expect(riskState(occ, addDays(s.atRiskFrom, -1))).toBe('active');
			expect(riskState(occ, s.atRiskFrom)).toBe('at_risk');
		}
		expect(rows.orders.every((o) => isBusinessDay(o.orderDate))).toBe(true);
	}, 30_000);
});

describe('options', () => {
	it('refuses bad options with a pt-BR message before generating anything', () => {
		const run = (options: Parameters<typeof generateDemoPortfolio>[0]) => () =>
			generateDemoPortfolio(options).next();
		expect(run({ ...OPTIONS, asOf: '23/11/2026' })).toThrow(/Data de referência inválida/);
		expect(run({ ...OPTIONS, asOf: '2026-02-30' })).toThrow(/AAAA-MM-DD/);
		expect(run({ ...OPTIONS, customers: 10 })).toThrow(/Número de clientes inválido/);
		expect(run({ ...OPTIONS, years: 1 })).toThrow(/Anos de histórico/);
		expect(run({ ...OPTIONS, seed: ' ' })).toThrow(/Semente/);
	});
});
