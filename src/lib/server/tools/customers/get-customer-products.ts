/**
 * get_customer_products: what a customer buys (its product mix over the last 12 months, by
 * value) and the products it stopped buying — "o que o X compra?", "o que ele deixou de levar?".
 */
import { z } from 'zod';
import { formatDate, formatMoney, plural } from '#lib/format.ts';
import {
	customerProducts,
	STOPPED_PRODUCT_DAYS
} from '../../domain/customers/customer-products.ts';
import { accessibleCustomer } from '../customer-access.ts';
import { defineTool, READ_ONLY, type ToolOutput } from '../define-tool.ts';
import { AsOfInput, AsOfOutput } from '../filters.ts';

const Input = z.object({
	...AsOfInput,
	customerId: z
		.number()
		.int()
		.positive()
		.describe('Id do cliente (use find_customers para achar pelo nome, CNPJ ou código)'),
	limit: z.number().int().min(1).max(50).default(10).describe('Máximo de produtos por lista (1–50)')
});

const Line = z.object({
	sku: z.string().describe('Código do produto'),
	name: z.string().describe('Produto'),
	orders: z.number().int().describe('Pedidos com o produto nos últimos 12 meses'),
	quantity: z.number().describe('Quantidade nos últimos 12 meses'),
	valueCents: z.number().describe('Valor nos últimos 12 meses, centavos'),
	value: z.string().describe('O mesmo em R$'),
	lastOrder: z.string().describe('Última compra do produto (AAAA-MM-DD)')
});

const Output = z.object({
	...AsOfOutput,
	customerId: z.number().int().describe('Id do cliente'),
	customerName: z.string().describe('Cliente'),
	definition: z.string().describe('Como o mix e "parou de comprar" são calculados'),
	mixTotal: z.number().int().describe('Quantos produtos comprou nos últimos 12 meses'),
	mix: z.array(Line).describe('O mix, maior valor primeiro'),
	stoppedTotal: z.number().int().describe('Quantos produtos deixou de comprar'),
	stopped: z.array(Line).describe('Produtos que deixou de comprar, o mais recente primeiro')
});

export const getCustomerProducts = defineTool({
	name: 'get_customer_products',
	title: 'Produtos de um cliente',
	description:
		'O mix de produtos de um cliente nos últimos 12 meses (valor, quantidade, pedidos, última compra) e ' +
		`os produtos que ele deixou de comprar (em 2+ pedidos no ano anterior e nenhum nos últimos ${STOPPED_PRODUCT_DAYS} dias). ` +
		'Use para "o que o X compra?", "o que ele parou de comprar?", "qual produto ele mais leva?".',
	inputSchema: Input,
	outputSchema: Output,
	annotations: READ_ONLY,
	writes: false,
	async run(input, ctx) {
		const customer = await accessibleCustomer(ctx, input.customerId);
		const { mix, stopped } = await customerProducts(ctx.db, customer.id, ctx.asOf);
		const line = (l: (typeof mix)[number]) => ({ ...l, value: formatMoney(l.valueCents) });
		return {
			structured: {
				asOf: ctx.asOf,
				customerId: customer.id,
				customerName: customer.name,
				definition:
					`Mix: itens dos pedidos faturados nos 12 meses até ${formatDate(ctx.asOf)}, por valor. ` +
					`Deixou de comprar: produto em 2 ou mais pedidos no ano anterior e em nenhum dos últimos ${STOPPED_PRODUCT_DAYS} dias.`,
				mixTotal: mix.length,
				mix: mix.slice(0, input.limit).map(line),
				stoppedTotal: stopped.length,
				stopped: stopped.slice(0, input.limit).map(line)
			},
			summary:
				`${customer.name}: ${plural(mix.length, 'produto', 'produtos')} nos últimos 12 meses; ` +
				`${plural(stopped.length, 'produto deixou', 'produtos deixaram')} de ser comprado${stopped.length === 1 ? '' : 's'}.`
		};
	}
});

export type GetCustomerProductsOutput = ToolOutput<typeof getCustomerProducts>;
