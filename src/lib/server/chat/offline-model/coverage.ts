/**
 * The line every portfolio answer ends with (SPEC "Answers"): what it covered — the period,
 * the scope (rep, segment, UF or region) and the date of the figures — read from the tool's
 * output (`filters`, `period`, `asOf`), never from what was asked; and, when part of the
 * question could not be applied, which part ("não tenho filtro por produto").
 */
import { formatDate } from '#lib/format.ts';
import { regionOf, UF_NAMES } from '#lib/server/domain/portfolio/regions.ts';
import { joinAnd } from './answers/helpers.ts';
import type { ToolName } from '#lib/server/tools/registry.ts';
import { outputOf, type ToolRun } from './read-prompt.ts';

const COVERED = [
	'list_customers',
	'list_stopped_customers',
	'get_portfolio_health',
	'estimate_lost_revenue',
	'rank_portfolio',
	'get_sales_by_period',
	'list_stalled_opportunities'
] as const satisfies readonly ToolName[];

/** The run's typed output when it is one of the portfolio tools the line covers, else null. */
function coveredOutput(run: ToolRun) {
	for (const name of COVERED) {
		const s = outputOf(run, name);
		if (s) return s;
	}
	return null;
}

export interface CoverageEnv {
	team: readonly { id: number; name: string }[];
	rep: boolean;
	/** Parts of the question no tool applied, in pt-BR. */
	notes: readonly string[];
}

function scopeText(filters: Record<string, unknown>, env: CoverageEnv): string {
	const parts: string[] = [];
	const repName = (id: unknown) => env.team.find((m) => m.id === Number(id))?.name ?? 'um vendedor';
	if (env.rep) parts.push('sua carteira');
	else if (Array.isArray(filters.repIds) && filters.repIds.length)
		parts.push(`vendedores ${joinAnd(filters.repIds.map(repName))}`);
	else if (filters.repId !== undefined) parts.push(`carteira de ${repName(filters.repId)}`);
	else if (!filters.segment && !filters.uf && !(Array.isArray(filters.ufs) && filters.ufs.length))
		parts.push('toda a carteira');
	if (typeof filters.segment === 'string') parts.push(`segmento ${filters.segment}`);
	if (typeof filters.uf === 'string') parts.push(UF_NAMES[filters.uf] ?? filters.uf);
	if (Array.isArray(filters.ufs) && filters.ufs.length) {
		const region = regionOf(filters.ufs as string[]);
		parts.push(region ? `região ${region}` : joinAnd(filters.ufs as string[]));
	}
	return parts.join(', ');
}

/** The coverage line for a tool's answer, or '' for tools about one customer or a write. */
export function coverageLine(run: ToolRun, env: CoverageEnv): string {
	const notes = env.notes.length ? `\nNão apliquei: ${env.notes.join('; ')}.` : '';
	const s = coveredOutput(run);
	if (!s) return notes.trim();
	const filters: Record<string, unknown> = s.filters ?? {};
	const period = 'period' in s ? s.period : undefined;
	const parts = [
		scopeText(filters, env),
		...(period?.label ? [`período: ${period.label}`] : []),
		...(s.asOf ? [`dados de ${formatDate(s.asOf)}`] : [])
	];
	return `Cobertura: ${parts.join(' · ')}.${notes}`;
}
