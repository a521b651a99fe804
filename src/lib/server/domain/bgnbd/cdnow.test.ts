import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { sharedDataPath } from '#lib/server/shared-data-path.ts';
import { loadCdnowSample, parseCdnowLog, summarizeCdnow } from './cdnow.ts';

const customers = await loadCdnowSample();

describe('loadCdnowSample', () => {
	it('reproduces the published calibration and holdout counts', () => {
		expect(customers).toHaveLength(2357);
		expect(customers.reduce((sum, c) => sum + c.x, 0)).toBe(2457);
		expect(customers.reduce((sum, c) => sum + c.holdoutPurchases, 0)).toBe(1882);
	});

	it('matches cdnow_customers_summary.csv for every customer', async () => {
		const csv = await readFile(sharedDataPath('cdnow', 'cdnow_customers_summary.csv'), 'utf8');
		const rows = csv
			.trim()
			.split(/\r?\n/)
			.slice(1)
			.map((line) => line.split(',').map(Number));
		expect(rows).toHaveLength(customers.length);
		const mismatches = rows.filter(([id, frequency, recency, T], i) => {
			const c = customers[i];
			return (
				c.id !== id ||
				c.x !== frequency ||
				Math.abs(c.tx - recency) > 0.005 ||
				Math.abs(c.T - T) > 0.005
			);
		});
		expect(mismatches).toEqual([]);
	});
});

describe('summarizeCdnow', () => {
	it('merges purchases on one day and splits calibration from holdout', () => {
		const log = [
			'00001 00001 19970101 1 10.00',
			'00001 00001 19970108 2 20.00',
			'00001 00001 19970108 1 5.00',
			'00001 00001 19970930 1 5.00',
			'00001 00001 19971001 1 5.00',
			'00001 00001 19980630 1 5.00',
			'00001 00001 19980701 1 5.00',
			'00002 00002 19971015 1 5.00'
		].join('\r\n');
		const [customer, ...others] = summarizeCdnow(parseCdnowLog(log));
		expect(others).toEqual([]);
		expect(customer).toEqual({ id: 1, x: 2, tx: 272 / 7, T: 272 / 7, holdoutPurchases: 2 });
	});

	it('reads the four-column master layout and skips its header', () => {
		const purchases = parseCdnowLog('ID DATE CDS DOLLARS\n1 19970101 1 9.99\n');
		expect(purchases).toEqual([{ customerId: 1, day: 9862, cds: 1, dollars: 9.99 }]);
	});
});
