/**
 * SPEC "Backtest (quão confiável é o alerta)" as Markdown tables, in pt-BR (what managers read:
 * `0,812`, `37,5%`, `30/06/2011`) or English (repository reports): the rankings' AUC, the
 * alerts' precision and recall, and the non-buyers per state at T₀.
 */
import type {
	AlertRule,
	BacktestResult,
	PopulationName,
	PopulationResult,
	RankingSignal
} from '#lib/server/domain/portfolio/backtest.ts';
import type { RiskState } from '#lib/server/domain/portfolio/classify-customer.ts';

export type BacktestLocale = 'pt-BR' | 'en';

interface Words {
	population: (name: PopulationName, r: BacktestResult) => string;
	rule: (rule: AlertRule) => string;
	state: Record<RiskState, string>;
	ranking: (h: number) => string[];
	alerts: string[];
	states: (h: number) => string[];
	censored: string;
}

const SIGNAL_ORDER: RankingSignal[] = ['riskScore', 'recency', 'recencyCycle'];
const STATE_ORDER: RiskState[] = ['active', 'at_risk', 'inactive'];

const WORDS: Record<BacktestLocale, Words> = {
	'pt-BR': {
		population: (name, r) =>
			name === 'all'
				? 'Todos (exceto novos)'
				: `Engajados (compra ≤ ${r.engaged.maxRecencyDays} d, ≥ ${r.engaged.minOccasions} ocasiões)`,
		rule: (rule) =>
			rule.kind === 'states'
				? 'Estados em risco + inativo'
				: rule.kind === 'window'
					? `Sem compra há mais de ${rule.days} dias`
					: rule.kind === 'ratio'
						? `Recência / ciclo > ${num('pt-BR', rule.above)}`
						: `Risco > ${pct('pt-BR', rule.above, 0)}`,
		state: {
			prospect: 'prospect',
			new: 'novo',
			active: 'ativo',
			at_risk: 'em risco',
			inactive: 'inativo'
		},
		ranking: (h) => [
			'T₀',
			'População',
			'Clientes',
			`Não compraram em ${h} d`,
			'Risco médio previsto',
			'AUC risco (BG/NBD)',
			'AUC recência',
			'AUC recência / ciclo'
		],
		alerts: ['T₀', 'População', 'Alerta de “não vai comprar”', 'Sinalizados', 'Precisão', 'Recall'],
		states: (h) => [
			'T₀',
			'População',
			'Estado em T₀',
			'Clientes',
			'Ciclo mediano (d)',
			`Não compraram em ${h} d`
		],
		censored: '(dados terminam antes de T₀ + h)'
	},
	en: {
		population: (name, r) =>
			name === 'all'
				? 'All (non-new)'
				: `Engaged (bought ≤ ${r.engaged.maxRecencyDays} d, ≥ ${r.engaged.minOccasions} occasions)`,
		rule: (rule) =>
			rule.kind === 'states'
				? 'States at_risk + inactive'
				: rule.kind === 'window'
					? `No purchase for > ${rule.days} days`
					: rule.kind === 'ratio'
						? `Recency / cycle > ${num('en', rule.above)}`
						: `Risk score > ${pct('en', rule.above, 0)}`,
		state: {
			prospect: 'prospect',
			new: 'new',
			active: 'active',
			at_risk: 'at_risk',
			inactive: 'inactive'
		},
		ranking: (h) => [
			'T₀',
			'Population',
			'Customers',
			`Did not buy in ${h} d`,
			'Mean risk score',
			'AUC risk score (BG/NBD)',
			'AUC recency',
			'AUC recency / cycle'
		],
		alerts: ['T₀', 'Population', '“Will not buy” alert', 'Flagged', 'Precision', 'Recall'],
		states: (h) => [
			'T₀',
			'Population',
			'State at T₀',
			'Customers',
			'Median cycle (d)',
			`Did not buy in ${h} d`
		],
		censored: '(data ends before T₀ + h)'
	}
};

function num(locale: BacktestLocale, value: number, digits?: number): string {
	return value.toLocaleString(locale, {
		minimumFractionDigits: digits ?? 0,
		maximumFractionDigits: digits ?? 3
	});
}

function pct(locale: BacktestLocale, value: number | null, digits = 1): string {
	return value === null ? '—' : `${num(locale, value * 100, digits)}%`;
}

const auc3 = (locale: BacktestLocale, value: number | null) =>
	value === null ? '—' : num(locale, value, 3);

function date(locale: BacktestLocale, iso: string): string {
	return locale === 'pt-BR' ? iso.split('-').reverse().join('/') : iso;
}

function table(header: string[], rows: string[][]): string {
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	const rule = header.map((_, i) => (i < 3 ? '---' : '---:'));
	return [line(header), line(rule), ...rows.map(line)].join('\n');
}

function eachPopulation(results: readonly BacktestResult[]) {
	return results.flatMap((r) =>
		(['all', 'engaged'] as const).map((name) => ({ r, p: r.populations[name] as PopulationResult }))
	);
}

export function renderBacktestMarkdown(
	results: readonly BacktestResult[],
	locale: BacktestLocale = 'pt-BR'
): string {
	const w = WORDS[locale];
	const h = results[0]?.horizonDays ?? 90;
	const t0 = (r: BacktestResult) => date(locale, r.asOf) + (r.censored ? ` ${w.censored}` : '');
	const rows = eachPopulation(results);
	const ranking = table(
		w.ranking(h),
		rows.map(({ r, p }) => [
			t0(r),
			w.population(p.population, r),
			num(locale, p.customers),
			`${num(locale, p.didNotBuy)} (${pct(locale, p.baseRate)})`,
			pct(locale, p.meanRiskScore),
			...SIGNAL_ORDER.map((s) => auc3(locale, p.rankings[s].auc))
		])
	);
	const alerts = table(
		w.alerts,
		rows.flatMap(({ r, p }) =>
			p.alerts.map((a) => [
				t0(r),
				w.population(p.population, r),
				w.rule(a.rule),
				`${num(locale, a.flagged)} (${pct(locale, p.customers ? a.flagged / p.customers : null)})`,
				pct(locale, a.precision),
				pct(locale, a.recall)
			])
		)
	);
	const states = table(
		w.states(h),
		rows.flatMap(({ r, p }) =>
			STATE_ORDER.filter((s) => p.byState[s]).map((s) => {
				const { customers, didNotBuy, medianCycleDays } = p.byState[s]!;
				return [
					t0(r),
					w.population(p.population, r),
					w.state[s],
					num(locale, customers),
					medianCycleDays === null ? '—' : num(locale, medianCycleDays, 1),
					`${num(locale, didNotBuy)} (${pct(locale, didNotBuy / customers)})`
				];
			})
		)
	);
	return [ranking, alerts, states].join('\n\n') + '\n';
}
