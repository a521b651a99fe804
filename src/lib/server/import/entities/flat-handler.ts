/**
 * The handler of entities that are one row per record with an external id (customers,
 * contacts, products, orders without items, interactions, opportunities, follow-ups): rejects a
 * key seen twice in the file — saying whether the two rows are identical — and writes through
 * a FlatWriter.
 */
import { FlatWriter, type FlatTarget } from '../flat-writer.ts';
import type { RowRef } from '../problems.ts';
import type { BuildContext, EntityHandler, EntityRecord, RowInput } from './entity-spec.ts';

export interface FlatHandlerOptions {
	target: FlatTarget;
	/** Record columns the file provides (others keep their database values). */
	columns: string[];
	/** The field shown when a key repeats. */
	keyField: string;
	keyLabel: string;
	extraCheck?: (record: EntityRecord, row: RowInput, ctx: BuildContext) => void;
	/** Runs before the rows are written (create missing customers). */
	before?: FlatHandlerBefore;
}

export type FlatHandlerBefore = (
	tx: Parameters<EntityHandler['start']>[0]
) => Promise<Record<string, import('../flat-writer.ts').TableCounts>>;

export function flatHandler(o: FlatHandlerOptions): EntityHandler {
	const seen = new Map<string, { line: number; file: string; signature: string }>();
	const writer = new FlatWriter(o.target, o.columns);
	let beforeCounts = {};
	return {
		check(record, row, ctx) {
			const key = String(record[o.target.key]);
			const signature = JSON.stringify(record);
			const earlier = seen.get(key);
			if (earlier) {
				const where =
					earlier.file === row.at.file
						? `linha ${earlier.line}`
						: `${earlier.file}, linha ${earlier.line}`;
				ctx.error(
					o.keyField,
					earlier.signature === signature
						? `linha repetida: igual à ${where}`
						: `${o.keyLabel} "${key}" repetido: já aparece na ${where} com outros valores`,
					key
				);
				return;
			}
			seen.set(key, { line: row.at.line, file: row.at.file, signature });
			o.extraCheck?.(record, row, ctx);
		},
		rejection: (_record: EntityRecord, _at: RowRef) => null,
		async start(tx) {
			if (o.before) beforeCounts = await o.before(tx);
		},
		write: (tx, record) => writer.add(tx, record),
		async finish(tx) {
			await writer.flush(tx);
			return { ...beforeCounts, [o.target.table]: writer.counts };
		},
		facts: () => ({})
	};
}
