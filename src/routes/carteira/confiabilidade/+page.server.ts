/**
 * "Quão confiável é o alerta" (SPEC "Backtest": managers see it for their own portfolio): the
 * get_alert_accuracy tool's answer, as is, for the scope on screen — a rep sees her own.
 */
import { callTool } from '#lib/server/web/call-tool.ts';
import { repFilter, repOptions } from '#lib/server/web/filter-options.ts';
import { pageContext } from '#lib/server/web/page-context.ts';
import { getAlertAccuracy } from '#lib/server/tools/portfolio/get-alert-accuracy.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { db, user, tools } = await pageContext(locals);
	const reps = await repOptions(db, user);
	const repId = repFilter(user, url.searchParams.get('vendedor'), reps);
	const accuracy = await callTool(getAlertAccuracy, repId === undefined ? {} : { repId }, tools);
	return { accuracy, reps, repId: repId ?? null, role: user.role };
};
