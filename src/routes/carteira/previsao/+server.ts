/**
 * The forecast panel's data (Carteira): monthly revenue of the scope for the last 12 months,
 * the running month and the next two, from the same forecast as the forecast_revenue tool.
 * A rep always gets her own portfolio; a manager the team or one rep (?vendedor=id).
 */
import { json } from '@sveltejs/kit';
import { monthlySeries, portfolioHistory } from '#lib/server/domain/forecast/portfolio-forecast.ts';
import { pageContext } from '#lib/server/web/page-context.ts';
import { scopeFor } from '#lib/server/tools/tool-context.ts';
import { METHOD } from '#lib/server/tools/portfolio/forecast-revenue.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
	const { db, asOf, tools } = await pageContext(locals);
	const requested = Number(url.searchParams.get('vendedor'));
	const scope = scopeFor(
		tools,
		Number.isInteger(requested) && requested > 0 ? { repId: requested } : {}
	);
	const history = await portfolioHistory(db, asOf);
	const points = monthlySeries(history, scope);
	const running = points.find((p) => p.kind === 'running');
	const typicalError =
		running && running.highCents !== null && running.forecastCents > 0
			? (running.highCents - running.actualCents - running.forecastCents) / running.forecastCents
			: null;
	return json({ points, typicalError, method: METHOD });
};
