/**
 * The UCI reading rules (../shared/data/README.md) on hand-made excerpts in the two files'
 * formats: quoted fields with commas and "" inside, exact decimal sums, cancellations,
 * rows without a customer, and an invoice present in both files taken once.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseScaledDecimal, readUciFiles, splitCsvLine } from './uci-online-retail-read.ts';

describe('splitCsvLine', () => {
	test('quoted fields keep commas and doubled quotes', () => {
		expect(
			splitCsvLine('"536365","85123A","A, B",6,"2010-12-01 08:26:00",2.55,17850,"UK"')
		).toEqual(['536365', '85123A', 'A, B', '6', '2010-12-01 08:26:00', '2.55', '17850', 'UK']);
		expect(splitCsvLine('489434,22041,"RECORD FRAME 7"" SINGLE SIZE ",48,,x')).toEqual([
			'489434',
			'22041',
			'RECORD FRAME 7" SINGLE SIZE ',
			'48',
			'',
			'x'
		]);
	});

	test('an unterminated quote is an error', () => {
		expect(() => splitCsvLine('"abc,1')).toThrow(/unterminated/);
	});
});

describe('parseScaledDecimal', () => {
	test('exact integers at the given scale', () => {
		expect(parseScaledDecimal('2.55', 3)).toBe(2550);
		expect(parseScaledDecimal('0.001', 3)).toBe(1);
		expect(parseScaledDecimal('-11062.06', 3)).toBe(-11_062_060);
		expect(parseScaledDecimal('12', 0)).toBe(12);
		expect(parseScaledDecimal('-3', 0)).toBe(-3);
		expect(parseScaledDecimal('.5', 2)).toBe(50);
		expect(parseScaledDecimal('1.500', 1)).toBe(15);
	});

	test('refuses what it cannot represent exactly', () => {
		expect(() => parseScaledDecimal('1.0005', 3)).toThrow(/decimals/);
		expect(() => parseScaledDecimal('1e-5', 3)).toThrow(/not a decimal/);
		expect(() => parseScaledDecimal('', 0)).toThrow(/not a decimal/);
	});
});

describe('readUciFiles', () => {
	let dir: string;
	const older = [
		'Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country',
		'100,A,"X, Y",3,2010-12-01 08:00:00,0.1,12345,France',
		'100,B,Z,1,2010-12-01 08:00:00,0.005,12345,France',
		'101,A,Z,2,2010-12-01 09:00:00,1.5,,United Kingdom',
		'C102,A,Z,-1,2010-12-01 10:00:00,1.5,12345,France',
		'103,A,Z,5,2010-12-02 10:00:00,2,99999,Spain'
	];
	const newer = [
		'"InvoiceNo","StockCode","Description","Quantity","InvoiceDate","UnitPrice","CustomerID","Country"',
		'"103","A","Z (again)",5,"2010-12-02 10:00:00",2,99999,"Spain"',
		'"104","A","Z",-4,"2010-12-03 10:00:00",1,,"United Kingdom"',
		'"105","A","Z",1,"2011-01-05 10:00:00",3.25,12345,"Germany"'
	];
	beforeAll(async () => {
		dir = await mkdtemp(path.join(os.tmpdir(), 'giro-uci-'));
		await writeFile(path.join(dir, 'a.csv.gz'), gzipSync(older.join('\n') + '\n'));
		await writeFile(path.join(dir, 'b.csv.gz'), gzipSync(newer.join('\r\n') + '\r\n'));
	});
	afterAll(() => rm(dir, { recursive: true, force: true }));

	test('one order per invoice, duplicates and cancellations left out', async () => {
		const { counts, invoices } = await readUciFiles([
			path.join(dir, 'a.csv.gz'),
			path.join(dir, 'b.csv.gz')
		]);
		expect(counts).toEqual({
			rowsRead: 8,
			duplicateRows: 1,
			rowsWithoutCustomer: 2,
			cancellationRows: 1,
			negativeQuantityRows: 2,
			invoiceNumbers: 6,
			customerIds: 2,
			// 0.3 + 0.005 + 3 − 1.5 + 10 − 4 + 3.25 = 11.055
			lineValueMills: 11_055
		});
		expect(invoices).toEqual([
			{
				invoice: '100',
				customerId: '12345',
				country: 'France',
				date: '2010-12-01',
				valueMills: 305,
				volume: 4
			},
			{
				invoice: '103',
				customerId: '99999',
				country: 'Spain',
				date: '2010-12-02',
				valueMills: 10_000,
				volume: 5
			},
			{
				invoice: '105',
				customerId: '12345',
				country: 'Germany',
				date: '2011-01-05',
				valueMills: 3_250,
				volume: 1
			}
		]);
	});
});
