/**
 * The CDNOW cohort (Fader, Hardie & Lee 2005) as BG/NBD histories, following the literature's
 * convention (see ../shared/data/README.md): several purchases of a customer on one day are one
 * occasion; time in weeks (days / 7); calibration from the first purchase to 1997-09-30
 * inclusive (39 weeks), holdout the next 39 weeks to 1998-06-30.
 */
import { readFile } from 'node:fs/promises';
import { sharedDataPath } from '#lib/server/shared-data-path.ts';
import type { BgNbdCustomer } from './types.ts';

export interface CdnowPurchase {
	customerId: number;
	/** Days since 1970-01-01 (UTC). */
	day: number;
	cds: number;
	dollars: number;
}

export interface CdnowCustomer extends BgNbdCustomer {
	id: number;
	/** Purchase occasions in the holdout period (after the calibration end, up to the holdout end). */
	holdoutPurchases: number;
}

export interface CdnowPeriods {
	/** Last day of calibration, `YYYY-MM-DD`, inclusive. */
	calibrationEnd: string;
	/** Last day of the holdout, inclusive. */
	holdoutEnd: string;
}

export const CDNOW_PERIODS: CdnowPeriods = {
	calibrationEnd: '1997-09-30',
	holdoutEnd: '1998-06-30'
};

const MS_PER_DAY = 86_400_000;
const DAYS_PER_WEEK = 7;

function dayNumber(year: number, month: number, day: number): number {
	return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function isoDay(iso: string): number {
	const [year, month, day] = iso.split('-').map(Number);
	return dayNumber(year, month, day);
}

/**
 * Parses a raw CDNOW log: whitespace-separated, any line ending. The 1/10 sample has five
 * columns (master id, sample id, YYYYMMDD, CDs, dollars) and is keyed by the sample id, as in
 * `cdnow_customers_summary.csv`; the master file has four (no sample id) and a header line,
 * which is skipped like any line that does not start with a number.
 */
export function parseCdnowLog(text: string): CdnowPurchase[] {
	const purchases: CdnowPurchase[] = [];
	for (const line of text.split(/\r?\n/)) {
		const fields = line.trim().split(/\s+/);
		if (fields.length < 4 || !/^\d+$/.test(fields[0])) continue;
		const [id, date, cds, dollars] = fields.length >= 5 ? fields.slice(1) : fields;
		const ymd = Number(date);
		purchases.push({
			customerId: Number(id),
			day: dayNumber(Math.floor(ymd / 10_000), Math.floor(ymd / 100) % 100, ymd % 100),
			cds: Number(cds),
			dollars: Number(dollars)
		});
	}
	return purchases;
}

/**
 * One history per customer whose first purchase falls in calibration, in order of customer id:
 * x = calibration occasions − 1, tₓ = last − first calibration occasion, T = calibration end −
 * first occasion, all in weeks, plus the occasions of the holdout.
 */
export function summarizeCdnow(
	purchases: readonly CdnowPurchase[],
	periods: CdnowPeriods = CDNOW_PERIODS
): CdnowCustomer[] {
	const calibrationEnd = isoDay(periods.calibrationEnd);
	const holdoutEnd = isoDay(periods.holdoutEnd);
	const daysByCustomer = new Map<number, Set<number>>();
	for (const { customerId, day } of purchases) {
		let days = daysByCustomer.get(customerId);
		if (!days) daysByCustomer.set(customerId, (days = new Set()));
		days.add(day);
	}
	const customers: CdnowCustomer[] = [];
	for (const [id, daySet] of daysByCustomer) {
		const days = [...daySet].sort((p, q) => p - q);
		const first = days[0];
		if (first > calibrationEnd) continue;
		const calibration = days.filter((day) => day <= calibrationEnd);
		const last = calibration[calibration.length - 1];
		customers.push({
			id,
			x: calibration.length - 1,
			tx: (last - first) / DAYS_PER_WEEK,
			T: (calibrationEnd - first) / DAYS_PER_WEEK,
			holdoutPurchases: days.filter((day) => day > calibrationEnd && day <= holdoutEnd).length
		});
	}
	return customers.sort((p, q) => p.id - q.id);
}

/** Reads and summarises the CDNOW 1/10 sample (2,357 customers) from the shared data folder. */
export async function loadCdnowSample(
	file: string = sharedDataPath('cdnow', 'CDNOW_sample.txt')
): Promise<CdnowCustomer[]> {
	return summarizeCdnow(parseCdnowLog(await readFile(file, 'utf8')));
}
