/**
 * Orders (pedidos) from an ERP sales export, one row per order or one row per item ("with
 * items" when a product column is mapped). Money is exact: an item's value is its value column
 * or quantity × unit price rounded to cents once per line (as on an NF-e), and an order's total
 * is the sum of its items unless the file also gives an order total.
 *
 * A cancelled order keeps its values as positive amounts (exports write returns as negative
 * lines); a negative quantity or value on an order that is not cancelled is an error.
 */
import { fromScaled, toScaled } from '../parse-values.ts';
import type { EntitySpec } from './entity-spec.ts';
import { text } from './entity-spec.ts';
import type { FieldSpec } from './field-spec.ts';
import { ordersHandler } from './orders-handler.ts';
import { PRODUCT_NAME_SYNONYMS, SKU_SYNONYMS } from './products.ts';
import { customerField } from './references.ts';
import { ORDER_STATUS } from './vocabulary.ts';

const fields: FieldSpec[] = [
	{
		name: 'orderId',
		label: 'Nº do pedido',
		kind: 'code',
		required: true,
		synonyms: [
			'pedido',
			'nº pedido',
			'número do pedido',
			'num pedido',
			'nr pedido',
			'nota fiscal',
			'nf',
			'nº nf',
			'nf-e',
			'documento',
			'invoice',
			'invoiceno',
			'invoice no',
			'invoice number',
			'order id',
			'order number',
			'order'
		]
	},
	customerField,
	{
		name: 'date',
		label: 'Data',
		kind: 'date',
		required: true,
		synonyms: [
			'data',
			'data emissão',
			'data de emissão',
			'emissão',
			'dt emissão',
			'data do pedido',
			'data pedido',
			'data faturamento',
			'invoice date',
			'invoicedate',
			'order date',
			'date'
		]
	},
	{
		name: 'total',
		label: 'Valor total (R$)',
		kind: 'decimal',
		synonyms: [
			'vlr total',
			'valor total',
			'total',
			'valor',
			'valor do pedido',
			'total do pedido',
			'vl total',
			'valor nf',
			'vlr líquido',
			'amount',
			'total value',
			'order total',
			'sales'
		]
	},
	{
		name: 'volume',
		label: 'Volume (un/kg)',
		kind: 'decimal',
		synonyms: [
			'volume',
			'peso',
			'peso líquido',
			'peso bruto',
			'kg',
			'quantidade total',
			'qtd total',
			'cds'
		]
	},
	{
		name: 'status',
		label: 'Situação',
		kind: ORDER_STATUS,
		synonyms: ['situação', 'status', 'situação do pedido', 'status do pedido']
	},
	{
		name: 'sku',
		label: 'Produto (SKU)',
		kind: 'code',
		synonyms: [...SKU_SYNONYMS, 'produto', 'cód. item', 'item', 'product']
	},
	{
		name: 'productName',
		label: 'Descrição do produto',
		kind: 'text',
		synonyms: PRODUCT_NAME_SYNONYMS.filter((s) => s !== 'produto' && s !== 'product')
	},
	{
		name: 'quantity',
		label: 'Quantidade',
		kind: 'decimal',
		synonyms: ['quantidade', 'qtd', 'qtde', 'quant', 'quantity', 'qty']
	},
	{
		name: 'unitPrice',
		label: 'Preço unitário (R$)',
		kind: 'decimal',
		synonyms: [
			'preço unitário',
			'vlr unitário',
			'valor unitário',
			'vlr unit',
			'vl unit',
			'preço',
			'unit price',
			'unitprice',
			'price'
		]
	},
	{
		name: 'itemValue',
		label: 'Valor do item (R$)',
		kind: 'decimal',
		synonyms: [
			'valor do item',
			'vlr item',
			'total do item',
			'vlr total item',
			'line total',
			'item total'
		]
	},
	{
		name: 'customerName',
		label: 'Razão social do cliente',
		kind: 'text',
		synonyms: ['razão social', 'nome do cliente', 'nome cliente', 'customer name'],
		help: 'usada ao criar clientes que faltam'
	},
	{
		name: 'customerCountry',
		label: 'País do cliente',
		kind: 'text',
		synonyms: ['país', 'country']
	},
	{
		name: 'customerCity',
		label: 'Cidade do cliente',
		kind: 'text',
		synonyms: ['cidade', 'município', 'city']
	},
	{ name: 'customerUf', label: 'UF do cliente', kind: 'uf', synonyms: ['uf', 'estado', 'state'] }
];

/**
 * Item records carry these; header records carry the orders table's columns. Exact amounts are
 * integer strings (BigInt text) so records survive JSON on their way to the write pass.
 */
export interface OrderLine {
	order: string;
	customer: string;
	date: string;
	status: 'invoiced' | 'cancelled';
	sku: string;
	name: string | null;
	/** Quantity × 1000. */
	qty: string;
	/** Item value in cents. */
	cents: string;
	/** Order total from the file (× 100) when it gives one besides item values. */
	orderTotal: string | null;
	/** × 1000 */
	volume: string | null;
	newCustomer: {
		name: string | null;
		country: string | null;
		city: string | null;
		uf: string | null;
	} | null;
}

const abs = (n: bigint) => (n < 0n ? -n : n);

export const ordersSpec: EntitySpec = {
	name: 'orders',
	label: 'Pedidos',
	fields,
	needs: ['customers'],
	checkMapping(mapped) {
		if (mapped.has('sku')) {
			const problems = mapped.has('quantity')
				? []
				: ['pedidos com itens precisam da coluna de quantidade'];
			if (!mapped.has('unitPrice') && !mapped.has('itemValue') && !mapped.has('total')) {
				problems.push('pedidos com itens precisam do preço unitário ou do valor do item');
			}
			return problems;
		}
		return mapped.has('total')
			? []
			: [
					'falta a coluna de valor total do pedido (ou mapeie o produto e a quantidade para importar itens)'
				];
	},
	build(row, ctx) {
		const order = text(row, 'orderId')!;
		const customer = text(row, 'customerCode')!;
		if (!ctx.lookups.customers.has(customer) && !ctx.options.createMissingCustomers) {
			ctx.error(
				'customerCode',
				`cliente "${customer}" não cadastrado: importe os clientes antes ou peça para criar os que faltam (--create-missing-customers)`,
				customer
			);
		}
		const status = (text(row, 'status') ?? 'invoiced') as OrderLine['status'];
		const cancelled = status === 'cancelled';
		const amount = (field: string, scale: number, what: string): bigint | null => {
			const v = row.value(field) as string | null | undefined;
			if (v === null || v === undefined) return null;
			const n = toScaled(v, scale);
			if (n < 0n && !cancelled)
				ctx.error(field, `${what} negativo(a) (${v}) em pedido não cancelado`, v);
			return abs(n);
		};
		const newCustomer = ctx.lookups.customers.has(customer)
			? null
			: {
					name: text(row, 'customerName'),
					country: text(row, 'customerCountry'),
					city: text(row, 'customerCity'),
					uf: text(row, 'customerUf')
				};
		const date = text(row, 'date')!;
		if (!row.mapped('sku')) {
			const volume = amount('volume', 3, 'volume') ?? amount('quantity', 3, 'quantidade');
			return {
				erp_id: order,
				customer_code: customer,
				order_date: date,
				total_cents: Number(amount('total', 2, 'valor total') ?? 0n),
				volume: volume === null ? null : fromScaled(volume, 3),
				status,
				newCustomer
			};
		}
		const sku = text(row, 'sku');
		if (!sku) ctx.error('sku', 'produto vazio numa linha de item');
		const qtyText = row.value('quantity') as string | null | undefined;
		if (qtyText === null || qtyText === undefined) {
			ctx.error('quantity', 'quantidade vazia');
			return null;
		}
		const qty = amount('quantity', 3, 'quantidade')!;
		if (qty === 0n) ctx.error('quantity', 'quantidade zero', qtyText);
		const lineField = row.mapped('itemValue')
			? 'itemValue'
			: row.mapped('unitPrice')
				? null
				: 'total';
		let cents: bigint | null;
		if (lineField) cents = amount(lineField, 2, 'valor do item');
		else {
			const price = amount('unitPrice', 6, 'preço unitário');
			// qty has 3 decimals, price 6: the product has 9; round half up to cents once.
			cents = price === null ? null : (qty * price + 5_000_000n) / 10_000_000n;
		}
		if (cents === null) ctx.error(lineField ?? 'unitPrice', 'valor do item vazio');
		const line: OrderLine = {
			order,
			customer,
			date,
			status,
			sku: sku ?? '',
			name: text(row, 'productName'),
			qty: qty.toString(),
			cents: (cents ?? 0n).toString(),
			orderTotal: row.mapped('itemValue')
				? (amount('total', 2, 'valor total')?.toString() ?? null)
				: null,
			volume: amount('volume', 3, 'volume')?.toString() ?? null,
			newCustomer
		};
		return line as unknown as Record<string, unknown>;
	},
	handler: (mapped, options) => ordersHandler(mapped, options)
};
