/**
 * Export of a Carteira table with the page's filters (`?tabela=equipe&formato=xlsx&…`): the
 * same loader and the same column definitions as the page, every row.
 */
import { error } from '@sveltejs/kit';
import { EXPORTS, sortRows, TEAM_COLUMNS, type ExportTable } from '#lib/carteira/table-columns.ts';
import { loadCarteira } from '#lib/server/web/carteira/load-carteira.ts';
import { tableCsv, tableXlsx } from '#lib/server/web/export/write-table.ts';
import { pageContext } from '#lib/server/web/page-context.ts';
import type { RequestHandler } from './$types';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const GET: RequestHandler = async ({ locals, url }) => {
	const table = url.searchParams.get('tabela') ?? '';
	const format = url.searchParams.get('formato');
	if (!(table in EXPORTS) || (format !== 'csv' && format !== 'xlsx'))
		error(400, 'Escolha uma tabela da Carteira e o formato (xlsx ou csv).');
	const data = await loadCarteira(await pageContext(locals), url, { full: true });
	const spec = EXPORTS[table as ExportTable];
	const rows =
		table === 'equipe'
			? sortRows(
					data.team ?? [],
					TEAM_COLUMNS,
					url.searchParams.get('equipe_ordem') ?? 'risk',
					url.searchParams.get('equipe_dir') === 'asc' ? 'asc' : 'desc'
				)
			: table === 'parados'
				? data.stopped.customers
				: table === 'recuperaveis'
					? data.atRisk.recoverable
					: table === 'perdidos'
						? data.atRisk.lostOverYear
						: data.list.customers;
	const columns = spec.columns as never;
	const name = `giro-${table}-${data.asOf}.${format}`;
	const headers = { 'content-disposition': `attachment; filename="${name}"` };
	if (format === 'csv')
		return new Response(tableCsv(columns, rows as never[]), {
			headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' }
		});
	return new Response(await tableXlsx(spec.title, columns, rows as never[]), {
		headers: { ...headers, 'content-type': XLSX }
	});
};
