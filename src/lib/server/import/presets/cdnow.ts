/**
 * CDNOW (../shared/data/cdnow, see its README): the purchases of the 1997 CDNOW cohort, one
 * row per purchase (customer, date aaaammdd, CDs, dollars), imported as orders without items:
 * total = dollars, volume = CDs. The files have no order number, so each purchase gets one that
 * a re-import reproduces: `CDNOW-<customer>-<date>-<n>`, n counting that customer's purchases
 * of that day in file order. The sample CSV (`cdnowElog.csv`) is the default; the
 * whitespace-separated text files (`CDNOW_master.txt`, `CDNOW_sample.txt`) work too.
 */
import path from 'node:path';
import { sharedDataPath } from '#lib/server/shared-data-path.ts';
import type { ImportPreset } from './preset.ts';

export const cdnow: ImportPreset = {
	name: 'cdnow',
	label: 'CDNOW',
	entity: 'orders',
	defaultFiles: () => [sharedDataPath('cdnow', 'cdnowElog.csv')],
	mapping: {
		masterid: 'customerCode',
		customer_id: 'customerCode',
		date: 'date',
		cds: 'volume',
		number_of_cds: 'volume',
		sales: 'total',
		dollar_value: 'total',
		sampleid: null
	},
	provides: ['orderId'],
	options: { createMissingCustomers: true, newCustomerName: (code) => `Cliente CDNOW ${code}` },
	format: { decimal: 'point' },
	readOptions(file) {
		// CDNOW_sample.txt has no header line: master id, sample id, date, CDs, dollars.
		return path.basename(file) === 'CDNOW_sample.txt'
			? { separator: 'whitespace', columns: ['masterid', 'sampleid', 'date', 'cds', 'sales'] }
			: {};
	},
	pass() {
		const perDay = new Map<string, number>();
		const customers = new Set<string>();
		let rows = 0;
		return {
			row(cells) {
				rows++;
				const customer = (cells.get('customerCode') ?? '').trim();
				const date = (cells.get('date') ?? '').trim();
				const day = `${customer}-${date}`;
				const n = (perDay.get(day) ?? 0) + 1;
				perDay.set(day, n);
				customers.add(customer);
				cells.set('orderId', `CDNOW-${day}-${n}`);
				return null;
			},
			facts: () => ({ 'linhas lidas': rows, clientes: customers.size })
		};
	}
};
