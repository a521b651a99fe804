/**
 * Collapses customers with the same (x, tₓ, T) into one weighted row: real histories are dated
 * by day, so a portfolio of 50,000 customers holds far fewer distinct triples, and the BG/NBD
 * likelihood is a weighted sum over them. Each row also points at its distinct x, tₓ and T
 * values, so a likelihood evaluation computes ln Γ and ln(α + ·) once per value, not per row.
 */
import type { BgNbdCustomer } from './types.ts';

export interface GroupedCustomers {
	/** Number of distinct (x, tₓ, T) rows. */
	readonly size: number;
	readonly x: Float64Array;
	readonly tx: Float64Array;
	readonly T: Float64Array;
	/** How many customers share the row (or the sum of their weights). */
	readonly weight: Float64Array;
	readonly totalWeight: number;
	readonly xValues: Float64Array;
	readonly txValues: Float64Array;
	readonly TValues: Float64Array;
	/** Position of each row's x in `xValues`; likewise for tₓ and T. */
	readonly xIndex: Int32Array;
	readonly txIndex: Int32Array;
	readonly TIndex: Int32Array;
	/** Total weight of the rows at each distinct x, for the terms that depend on x alone. */
	readonly weightByX: Float64Array;
}

function validate(customer: BgNbdCustomer): void {
	const { x, tx, T } = customer;
	if (!(Number.isInteger(x) && x >= 0 && Number.isFinite(T) && tx >= 0 && tx <= T)) {
		throw new RangeError(
			`BG/NBD needs an integer x ≥ 0 and 0 ≤ tx ≤ T; got x=${x}, tx=${tx}, T=${T}`
		);
	}
}

/** Interns values in first-seen order; returns each input's index. */
class Levels {
	readonly values: number[] = [];
	readonly #index = new Map<number, number>();
	indexOf(value: number): number {
		let i = this.#index.get(value);
		if (i === undefined) {
			i = this.values.length;
			this.values.push(value);
			this.#index.set(value, i);
		}
		return i;
	}
}

/**
 * Groups customers by identical (x, tₓ, T). `weights[i]`, when given, counts customer i that
 * many times. A customer without repeat purchases has its tₓ set to 0 (the likelihood ignores it).
 */
export function groupCustomers(
	customers: readonly BgNbdCustomer[],
	weights?: readonly number[]
): GroupedCustomers {
	if (customers.length === 0) throw new RangeError('BG/NBD needs at least one customer');
	const xs = new Levels();
	const txs = new Levels();
	const Ts = new Levels();
	const levels = new Int32Array(customers.length * 3);
	customers.forEach((customer, i) => {
		validate(customer);
		levels[3 * i] = xs.indexOf(customer.x);
		levels[3 * i + 1] = txs.indexOf(customer.x === 0 ? 0 : customer.tx);
		levels[3 * i + 2] = Ts.indexOf(customer.T);
	});

	const rowOf = new Map<number, number>();
	const rowLevels: number[] = [];
	const rowWeights: number[] = [];
	for (let i = 0; i < customers.length; i++) {
		const xi = levels[3 * i];
		const txi = levels[3 * i + 1];
		const Ti = levels[3 * i + 2];
		const key = (xi * txs.values.length + txi) * Ts.values.length + Ti;
		const weight = weights?.[i] ?? 1;
		const row = rowOf.get(key);
		if (row === undefined) {
			rowOf.set(key, rowWeights.length);
			rowLevels.push(xi, txi, Ti);
			rowWeights.push(weight);
		} else {
			rowWeights[row] += weight;
		}
	}

	const size = rowWeights.length;
	const grouped = {
		size,
		x: new Float64Array(size),
		tx: new Float64Array(size),
		T: new Float64Array(size),
		weight: Float64Array.from(rowWeights),
		totalWeight: rowWeights.reduce((sum, w) => sum + w, 0),
		xValues: Float64Array.from(xs.values),
		txValues: Float64Array.from(txs.values),
		TValues: Float64Array.from(Ts.values),
		xIndex: new Int32Array(size),
		txIndex: new Int32Array(size),
		TIndex: new Int32Array(size),
		weightByX: new Float64Array(xs.values.length)
	};
	for (let row = 0; row < size; row++) {
		const xi = rowLevels[3 * row];
		const txi = rowLevels[3 * row + 1];
		const Ti = rowLevels[3 * row + 2];
		grouped.xIndex[row] = xi;
		grouped.txIndex[row] = txi;
		grouped.TIndex[row] = Ti;
		grouped.x[row] = xs.values[xi];
		grouped.tx[row] = txs.values[txi];
		grouped.T[row] = Ts.values[Ti];
		grouped.weightByX[xi] += rowWeights[row];
	}
	return grouped;
}
