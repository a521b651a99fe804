/**
 * Every import that wrote something leaves an audit entry (issue #13): who, which file, and the
 * counts per table — never the file's rows.
 */
import type { GiroDatabase } from '../db/client.ts';
import { auditLog } from '../db/schema.ts';
import type { ImportSummary } from './import-summary.ts';

export async function auditImport(
	db: GiroDatabase,
	userId: number,
	file: { id: string; name: string },
	summary: ImportSummary
): Promise<void> {
	if (!summary.written) return;
	await db.orm.insert(auditLog).values({
		userId,
		door: 'import',
		action: 'import',
		entity: summary.entity,
		entityId: file.id,
		payload: {
			file: file.name,
			rows: summary.rows,
			validRows: summary.validRows,
			invalidRows: summary.invalidRows,
			tables: summary.tables
		}
	});
}
