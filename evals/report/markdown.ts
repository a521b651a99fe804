/**
 * The report as Markdown, for the terminal and evals/results/latest.md: thresholds first, then
 * one table per suite by category, the conversation scorers, and every failing case with the
 * checks it failed.
 */
import type { CaseResult } from '../core/types.ts';
import type { Summary } from './summarize.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export interface RunInfo {
	date: string;
	commit: string;
	model: string;
	durationMs: number;
	cache?: { hits: number; misses: number };
}

export function renderMarkdown(
	summary: Summary,
	results: readonly CaseResult[],
	info: RunInfo
): string {
	const out: string[] = [];
	out.push(`# Giro evals — ${info.date}`, '');
	out.push(
		`Modelo: **${info.model}** · commit \`${info.commit}\` · ${(info.durationMs / 1000).toFixed(0)} s` +
			(info.cache
				? ` · cache: ${info.cache.hits} respostas reaproveitadas, ${info.cache.misses} chamadas ao modelo`
				: ''),
		''
	);
	out.push('| limite | resultado | mínimo | situação |', '| --- | ---: | ---: | --- |');
	for (const v of summary.verdicts) {
		const [rate, min] = v.count ? [String(v.rate), `máx. ${v.min}`] : [pct(v.rate), pct(v.min)];
		out.push(
			`| ${v.name} | ${v.judged ? rate : '—'} | ${min} | ${!v.judged ? 'não rodou' : v.pass ? 'ok' : '**FALHOU**'} |`
		);
	}
	if (Object.keys(summary.sets).length) {
		const names = {
			old: 'os 100 primeiros',
			dev: 'usuários — dev',
			held_out: 'usuários — held-out'
		};
		out.push('', '## Conversa, por conjunto', '', '| conjunto | casos | passaram | taxa |');
		out.push('| --- | ---: | ---: | ---: |');
		for (const [set, r] of Object.entries(summary.sets))
			out.push(
				`| ${names[set as keyof typeof names]} | ${r.cases} | ${r.passed} | ${pct(r.rate)} |`
			);
		out.push('', `Filtros descartados em silêncio: **${summary.droppedFilters}**.`);
	}
	for (const [suite, rate] of Object.entries(summary.suites)) {
		out.push('', `## ${suite}: ${rate.passed}/${rate.cases} (${pct(rate.rate)})`, '');
		out.push('| categoria | casos | passaram | taxa |', '| --- | ---: | ---: | ---: |');
		for (const [category, r] of Object.entries(
			summary.categories[suite as keyof Summary['categories']] ?? {}
		))
			out.push(`| ${category} | ${r.cases} | ${r.passed} | ${pct(r.rate)} |`);
	}
	if (Object.keys(summary.scorers).length) {
		out.push(
			'',
			'## Conversa, por avaliador',
			'',
			'| avaliador | casos | passaram | taxa |',
			'| --- | ---: | ---: | ---: |'
		);
		for (const [name, r] of Object.entries(summary.scorers))
			out.push(`| ${name} | ${r.cases} | ${r.passed} | ${pct(r.rate)} |`);
	}
	// The held-out half is judged by its rate alone: its failures are never shown, so no rule
	// can be tuned to them.
	const hidden = results.filter((r) => !r.pass && r.set === 'held_out').length;
	const failing = results.filter((r) => !r.pass && r.set !== 'held_out');
	if (hidden)
		out.push('', `${hidden} casos held-out falharam (não mostrados: só a taxa do conjunto conta).`);
	if (failing.length) {
		out.push(
			'',
			`## Casos que falharam (${failing.length})`,
			'',
			'| suíte | categoria | caso | pedido | o que falhou |',
			'| --- | --- | --- | --- | --- |'
		);
		for (const r of failing) {
			const why = r.checks
				.filter((c) => !c.pass)
				.map((c) => `${c.scorer}: ${c.detail ?? 'falhou'}`)
				.join('; ');
			out.push(
				`| ${r.suite} | ${r.category} | ${r.id} | ${cell(r.title.slice(0, 90))} | ${cell(why.slice(0, 300))} |`
			);
		}
	}
	return `${out.join('\n')}\n`;
}
