/**
 * UCI Online Retail (../shared/data/online_retail, see its README): every invoice line of a UK
 * gift-ware wholesaler, imported as orders with items through the generic importer.
 *
 * - Both files (2009-2010, then 2010-2011) can be combined: they overlap from 2010-12-01 to
 *   2010-12-09 with the same invoices, so an invoice already read from an earlier file is a
 *   duplicate and skipped (counted).
 * - Invoices starting with "C" are cancellations: imported as cancelled orders (positive
 *   amounts), never as purchases.
 * - Rows without a customer id are counted and skipped (they cannot belong to a portfolio).
 * - Customers are created from the orders: code = the id ("17850.0" is "17850"), name
 *   "Cliente UCI <id>", and Country goes to the customer's country (never to its segment).
 */
import { sharedDataPath } from '#lib/server/shared-data-path.ts';
import type { ImportPreset } from './preset.ts';

export const UCI_FILES = {
	'2009-2010': 'online_retail_II_2009-2010.csv.gz',
	'2010-2011': 'online_retail_2010-2011.csv.gz'
} as const;

export const uciFile = (period: keyof typeof UCI_FILES) =>
	sharedDataPath('online_retail', UCI_FILES[period]);

export const uciOnlineRetail: ImportPreset = {
	name: 'uci-online-retail',
	label: 'UCI Online Retail',
	entity: 'orders',
	defaultFiles: () => [uciFile('2009-2010'), uciFile('2010-2011')],
	mapping: {
		InvoiceNo: 'orderId',
		Invoice: 'orderId',
		StockCode: 'sku',
		Description: 'productName',
		Quantity: 'quantity',
		InvoiceDate: 'date',
		UnitPrice: 'unitPrice',
		Price: 'unitPrice',
		CustomerID: 'customerCode',
		'Customer ID': 'customerCode',
		Country: 'customerCountry'
	},
	provides: ['status'],
	options: { createMissingCustomers: true, newCustomerName: (code) => `Cliente UCI ${code}` },
	format: { decimal: 'point', dateOrder: 'dmy' },
	pass() {
		const earlierFiles = new Set<string>();
		let thisFile = new Set<string>();
		let fileIndex = 0;
		const customerIds = new Set<string>();
		const facts = { rows: 0, duplicateRows: 0, rowsWithoutCustomer: 0, cancellationRows: 0 };
		return {
			row(cells, at) {
				if (at.fileIndex !== fileIndex) {
					for (const invoice of thisFile) earlierFiles.add(invoice);
					thisFile = new Set();
					fileIndex = at.fileIndex;
				}
				facts.rows++;
				const invoice = (cells.get('orderId') ?? '').trim();
				if (earlierFiles.has(invoice)) {
					facts.duplicateRows++;
					return 'fatura já lida de um arquivo anterior (períodos sobrepostos)';
				}
				thisFile.add(invoice);
				if (invoice.startsWith('C')) {
					facts.cancellationRows++;
					cells.set('status', 'cancelado');
				}
				const customer = (cells.get('customerCode') ?? '').trim().replace(/\.0+$/, '');
				if (customer === '') {
					facts.rowsWithoutCustomer++;
					return 'linha sem cliente (CustomerID vazio)';
				}
				customerIds.add(customer);
				cells.set('customerCode', customer);
				return null;
			},
			facts: () => ({
				'linhas lidas': facts.rows,
				'ids de cliente': customerIds.size,
				'linhas sem cliente': facts.rowsWithoutCustomer,
				'linhas de cancelamento': facts.cancellationRows,
				'linhas repetidas entre arquivos': facts.duplicateRows
			})
		};
	}
};
