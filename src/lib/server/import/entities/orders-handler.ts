/**
 * Checks and writes orders. Without items, every row is an order (see flat-handler). With
 * items, the validation pass folds lines into one aggregate per order — customer, date and
 * status must agree between lines; total, volume and an item fingerprint are summed — and the
 * write pass upserts the order headers, then rewrites the items only of orders that are new or
 * whose items changed. Memory grows with the number of orders, never with the lines.
 *
 * With --skip-invalid an order with any invalid line is rejected whole: half an order would
 * be a wrong order.
 */
import { FlatWriter, emptyCounts, type FlatTarget, type TableCounts } from '../flat-writer.ts';
import type { ImportTx } from '../import-tx.ts';
import { fromScaled } from '../parse-values.ts';
import type { RowRef } from '../problems.ts';
import type { EntityHandler, ImportOptions, RowInput } from './entity-spec.ts';
import { flatHandler } from './flat-handler.ts';
import { MissingCustomers } from './missing-customers.ts';
import {
	addItem,
	deleteItems,
	emptyFingerprint,
	idsByKey,
	insertItems,
	itemRow,
	sameFingerprint,
	storedFingerprints,
	type Fingerprint,
	type ItemRow
} from './order-items.ts';
import type { OrderLine } from './orders.ts';

export const ORDERS_TARGET: FlatTarget = {
	table: 'orders',
	key: 'erp_id',
	columns: { order_date: 'date', total_cents: 'bigint', volume: 'numeric', status: 'text' },
	references: [{ column: 'customer_id', from: 'customer_code', table: 'customers', by: 'erp_code' }]
};

interface OrderAggregate {
	customer: string;
	date: string;
	status: OrderLine['status'];
	line: number;
	file: string;
	cents: bigint;
	orderTotal: string | null;
	qty: bigint;
	volume: bigint | null;
	items: Fingerprint;
}

/** An item line as the write pass needs it: order, SKU, name, quantity × 1000, cents. */
type SpilledLine = [string, string, string | null, string, string];

const STATUS_PT = { invoiced: 'faturado', cancelled: 'cancelado' };

export function ordersHandler(mapped: Set<string>, options: ImportOptions): EntityHandler {
	const missing = new MissingCustomers();
	if (mapped.has('sku')) return itemsHandler(options, missing);
	const codes = new Set<string>();
	const handler = flatHandler({
		target: ORDERS_TARGET,
		columns: [
			'order_date',
			'total_cents',
			'status',
			...(mapped.has('volume') || mapped.has('quantity') ? ['volume'] : [])
		],
		keyField: 'orderId',
		keyLabel: 'pedido',
		extraCheck(record) {
			const code = String(record.customer_code);
			codes.add(code);
			missing.note(code, String(record.order_date), record.newCustomer as OrderLine['newCustomer']);
		},
		before: async (tx) => ({ customers: await missing.create(tx, options, codes) })
	});
	return { ...handler, facts: () => ({ customers: codes.size, newCustomers: missing.size }) };
}

function itemsHandler(options: ImportOptions, missing: MissingCustomers): EntityHandler {
	const orders = new Map<string, OrderAggregate>();
	const invalidOrders = new Map<string, number>();
	const customers = new Set<string>();
	let orderIds = new Map<string, number>();
	let productIds = new Map<string, number>();
	const skus = new Set<string>();
	const batch: ItemRow[] = [];
	const counts: Record<string, TableCounts> = {};
	const items = { ...emptyCounts(), deleted: 0 };
	let cancelledLines = 0;

	// One insert may run while the next batch is prepared: a server works while JS reads on.
	let inFlight: Promise<void> = Promise.resolve();
	async function flush(tx: ImportTx) {
		const rows = batch.splice(0, batch.length);
		await inFlight;
		inFlight = insertItems(tx, rows);
		inFlight.catch(() => {}); // awaited by the next flush or finish(); never unhandled

		items.inserted += rows.length;
	}

	return {
		check(record, row, ctx) {
			const l = record as unknown as OrderLine;
			const agg = orders.get(l.order);
			if (agg) {
				const where =
					agg.file === row.at.file ? `na linha ${agg.line}` : `em ${agg.file}, linha ${agg.line}`;
				const what = `o pedido "${l.order}" aparece ${where}`;
				if (agg.customer !== l.customer)
					return ctx.error('customerCode', `${what} com o cliente "${agg.customer}"`, l.customer);
				if (agg.date !== l.date) return ctx.error('date', `${what} com a data ${agg.date}`, l.date);
				if (agg.status !== l.status)
					return ctx.error('status', `${what} como ${STATUS_PT[agg.status]}`, l.status);
				if (agg.orderTotal !== l.orderTotal)
					return ctx.error('total', `${what} com outro valor total`, l.orderTotal);
			}
			const a: OrderAggregate = agg ?? {
				customer: l.customer,
				date: l.date,
				status: l.status,
				line: row.at.line,
				file: row.at.file,
				cents: 0n,
				orderTotal: l.orderTotal,
				qty: 0n,
				volume: null,
				items: emptyFingerprint()
			};
			a.cents += BigInt(l.cents);
			a.qty += BigInt(l.qty);
			if (l.volume !== null) a.volume = (a.volume ?? 0n) + BigInt(l.volume);
			addItem(a.items, l.sku, l.name, l.qty, l.cents);
			orders.set(l.order, a);
			customers.add(l.customer);
			skus.add(l.sku);
			if (l.status === 'cancelled') cancelledLines++;
			missing.note(l.customer, l.date, l.newCustomer);
		},
		invalidated(at: RowRef, row: RowInput) {
			const order = row.value('orderId');
			if (typeof order === 'string' && order && !invalidOrders.has(order))
				invalidOrders.set(order, at.line);
		},
		spill: (record) => {
			const l = record as unknown as OrderLine;
			return [l.order, l.sku, l.name, l.qty, l.cents];
		},
		rejection(record) {
			const [order] = record as unknown as SpilledLine;
			const line = invalidOrders.get(order);
			return line === undefined
				? null
				: `pedido "${order}" rejeitado inteiro: a linha ${line} dele tem erro`;
		},
		async start(tx) {
			for (const order of invalidOrders.keys()) orders.delete(order);
			counts.customers = await missing.create(
				tx,
				options,
				new Set([...orders.values()].map((o) => o.customer))
			);
			const fresh: string[] = [];
			const updatedHeaders = new Set<string>();
			const headers = new FlatWriter(
				ORDERS_TARGET,
				['order_date', 'total_cents', 'volume', 'status'],
				{
					onWritten: (keys) =>
						keys.forEach((k) => (k.isNew ? fresh.push(k.key) : updatedHeaders.add(k.key)))
				}
			);
			for (const [order, a] of orders) {
				await headers.add(tx, {
					erp_id: order,
					customer_code: a.customer,
					order_date: a.date,
					total_cents: a.orderTotal ?? a.cents.toString(),
					volume: fromScaled(a.volume ?? a.qty, 3),
					status: a.status
				});
			}
			await headers.flush(tx);
			const isFresh = new Set(fresh);
			const existing = [...orders.keys()].filter((k) => !isFresh.has(k));
			const stored = await storedFingerprints(tx, existing);
			const changed = existing.filter((k) => {
				const s = stored.get(k);
				return !s || !sameFingerprint(s, orders.get(k)!.items);
			});
			items.deleted = await deleteItems(tx, changed);
			orderIds = await idsByKey(tx, 'orders', [...fresh, ...changed]);
			if (orderIds.size > 0) productIds = await idsByKey(tx, 'products', [...skus]);
			const c = headers.counts;
			const onlyItems = changed.filter((k) => !updatedHeaders.has(k)).length;
			counts.orders = {
				inserted: c.inserted,
				updated: c.updated + onlyItems,
				unchanged: c.unchanged - onlyItems
			};
		},
		needsRows: () => orderIds.size > 0,
		async write(tx, record) {
			const [order, sku, name, qty, cents] = record as unknown as SpilledLine;
			const id = orderIds.get(order);
			if (id === undefined) return;
			batch.push(itemRow(id, productIds.get(sku) ?? null, sku, name, BigInt(qty), cents));
			if (batch.length >= 5000) await flush(tx);
		},
		async finish(tx) {
			await flush(tx);
			await inFlight;
			return { ...counts, order_items: items };
		},
		facts: () => ({
			orders: orders.size,
			customers: customers.size,
			cancelledLines,
			newCustomers: missing.size
		})
	};
}
