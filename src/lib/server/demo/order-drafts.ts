/**
 * Orders and their items for a customer's purchase occasions. Money is exact: item values are
 * integer cents that sum to the order total to the cent, and the volume is the sum of the item
 * quantities (units or kg). Each customer has a stable basket (its cheapest-per-unit product is
 * always in the order, so the volume follows the value); now and then an occasion is split in
 * two orders on the same day, and about 2% of orders are cancelled extras that never count.
 */
import {
	PRODUCTS_BY_SEGMENT,
	type CatalogueItem,
	type Segment
} from '#lib/server/demo/catalogue.ts';
import type { BusinessCalendar } from '#lib/server/demo/business-calendar.ts';
import type { Random } from '#lib/server/demo/random.ts';

export interface ItemDraft {
	product: CatalogueItem;
	quantity: number;
	valueCents: number;
}

export interface OrderDraft {
	day: number;
	totalCents: number;
	volume: number;
	status: 'invoiced' | 'cancelled';
	items: ItemDraft[];
}

export interface Basket {
	/** products[0] is the core product (lowest unit price: it carries the volume). */
	products: CatalogueItem[];
	shares: number[];
	/** The customer's negotiated price level (list price × factor). */
	priceFactor: number;
}

const PRICE_GROWTH_PER_YEAR = 0.045;

export function drawBasket(rng: Random, segment: Segment): Basket {
	const size = rng.weighted([
		[1, 15],
		[2, 25],
		[3, 30],
		[4, 18],
		[5, 12]
	]);
	const products = rng
		.sample(PRODUCTS_BY_SEGMENT[segment], size)
		.sort((a, b) => a.priceCents - b.priceCents || a.id - b.id);
	return {
		products,
		shares: products.map(() => rng.real(0.5, 1.5)),
		priceFactor: rng.real(0.9, 1.1)
	};
}

/** Splits `total` cents by `weights`, exactly: the rounding remainder goes to the first part. */
export function splitCents(total: number, weights: readonly number[]): number[] {
	const sum = weights.reduce((a, b) => a + b, 0);
	const parts = weights.map((w) => Math.floor((total * w) / sum));
	parts[0] += total - parts.reduce((a, b) => a + b, 0);
	return parts;
}

export function orderDraft(
	rng: Random,
	basket: Basket,
	day: number,
	totalCents: number,
	status: OrderDraft['status'],
	historyStart: number
): OrderDraft {
	const chosen = basket.products
		.map((product, i) => ({ product, share: basket.shares[i] * rng.real(0.85, 1.15) }))
		.filter((_, i) => i === 0 || rng.chance(0.85));
	const values = splitCents(
		totalCents,
		chosen.map((c) => c.share)
	);
	const inflation = Math.pow(1 + PRICE_GROWTH_PER_YEAR, (day - historyStart) / 365.25);
	const items = chosen.map(({ product }, i) => {
		const unitPrice = product.priceCents * basket.priceFactor * inflation;
		return {
			product,
			valueCents: values[i],
			quantity: Math.max(1, Math.round(values[i] / unitPrice))
		};
	});
	const volume = items.reduce((sum, item) => sum + item.quantity, 0);
	return { day, totalCents, volume, status, items };
}

export interface OccasionValue {
	day: number;
	valueCents: number;
}

/**
 * The orders of a customer's occasions (in date order): 3% of occasions split in two orders on
 * the same day, and a cancelled extra order after 2% of them (before the next occasion).
 */
export function ordersForOccasions(
	rng: Random,
	basket: Basket,
	occasions: readonly OccasionValue[],
	calendar: BusinessCalendar,
	historyStart: number,
	asOfDay: number
): OrderDraft[] {
	const orders: OrderDraft[] = [];
	occasions.forEach(({ day, valueCents }, i) => {
		if (valueCents >= 20_000 && rng.chance(0.03)) {
			const [a, b] = splitCents(valueCents, [rng.real(0.3, 0.7), 1]);
			orders.push(orderDraft(rng, basket, day, a, 'invoiced', historyStart));
			orders.push(orderDraft(rng, basket, day, b, 'invoiced', historyStart));
		} else {
			orders.push(orderDraft(rng, basket, day, valueCents, 'invoiced', historyStart));
		}
		if (rng.chance(0.02)) {
			const next = occasions[i + 1]?.day ?? Math.min(asOfDay + 1, day + 8);
			const cancelDay = calendar.onOrAfter(day + rng.int(0, Math.max(0, next - day - 1)));
			if (cancelDay < next && cancelDay <= asOfDay) {
				const value = Math.round(valueCents * rng.real(0.5, 1.2));
				orders.push(orderDraft(rng, basket, cancelDay, value, 'cancelled', historyStart));
			}
		}
	});
	return orders.sort((a, b) => a.day - b.day);
}
