/**
 * Slot reading: what a question narrows, independent of what it asks — a period ("nos últimos
 * 15 dias", "no semestre", "desde março", "de 01/03 a 15/04"), a place (a UF by code or name,
 * a region → its UFs), a segment ("agro" → Agronegócio), reps by name (fuzzy: "juliena" is
 * Juliana; a name that is no rep of the team is kept to be named as not found), a ranking (top
 * N, mais/menos, sort) — and what Giro cannot filter by (a product, a channel, a city), so the
 * answer can name it instead of dropping it. Slots combine freely; turn-plan.ts merges them
 * into the arguments of whichever tool the intent picked.
 */
import { addDays, addMonths, dayOfWeek } from '#lib/server/domain/calendar/iso-date.ts';
import { MONTH_WORDS, NUMBER_WORDS } from '#lib/server/domain/calendar/pt-br-words.ts';
import {
	REGION_UFS,
	SEGMENT_WORDS,
	UF_NAMES,
	type Region
} from '#lib/server/domain/portfolio/regions.ts';
import { extractRange } from './extract.ts';
import { lightNormalize, oneEditApart } from './normalize.ts';

export type PeriodSlot = 'this_month' | 'last_month' | string | { from: string; to: string };

export interface Slots {
	region?: Region;
	/** One UF, or several ("SP vs PR"). */
	ufs?: string[];
	segment?: string;
	segments?: string[];
	repIds?: number[];
	/** A person's name that is no rep of the team ("carteira do Roberto"). */
	unknownRep?: string;
	/** A rep of the team that a rep (who sees only her own portfolio) asked about. */
	otherRepName?: string;
	period?: PeriodSlot;
	/** A past day the figures are asked at ("como estava a carteira em 30/06?"). */
	asOf?: string;
	limit?: number;
	sort?: 'usual_monthly' | 'overdue' | 'recency' | 'risk';
	order?: 'asc' | 'desc';
	/** Parts of the question no tool can filter by, in pt-BR ("produto (cimento)"). */
	unsupported: string[];
}

const STATE_WORDS: [RegExp, string][] = [
	[/\brio grande do sul\b|\bgaucho/, 'RS'],
	[/\brio grande do norte\b/, 'RN'],
	[/\bmato grosso do sul\b/, 'MS'],
	[/\bmato grosso\b(?! do sul)/, 'MT'],
	[/\bsanta catarina\b/, 'SC'],
	[/\bparana\b/, 'PR'],
	[/\b(estado de )?sao paulo\b/, 'SP'],
	[/\brio de janeiro\b|\b(no|do|o) rio\b(?! (grande|verde|preto))/, 'RJ'],
	[/\bminas( gerais)?\b/, 'MG'],
	[/\bespirito santo\b/, 'ES'],
	[/\bbahia\b/, 'BA'],
	[/\bpernambuco\b/, 'PE'],
	[/\bceara\b/, 'CE'],
	[/\bparaiba\b/, 'PB'],
	[/\balagoas\b/, 'AL'],
	[/\bsergipe\b/, 'SE'],
	[/\bmaranhao\b/, 'MA'],
	[/\bpiaui\b/, 'PI'],
	[/\bgoias\b/, 'GO'],
	[/\bdistrito federal\b|\bbrasilia\b/, 'DF'],
	[/\bamazonas\b/, 'AM'],
	[/\btocantins\b/, 'TO'],
	[/\brondonia\b/, 'RO']
];

/** UF codes that are not also everyday words ("se", "to", "es", "am", "pa", "al", "ma"). */
const SAFE_LOWER_UFS = new Set(
	'sp rj mg pr sc rs ba pe ce go df mt ms pb rn pi ac rr ap ro'.split(' ')
);

const REGION_WORDS: [RegExp, Region][] = [
	[/\bnordeste\b/, 'Nordeste'],
	[/\bcentro oeste\b/, 'Centro-Oeste'],
	[/\bsudeste\b/, 'Sudeste'],
	[/(?<!(grande|grosso|caxias|jorge|jaragua|rio) do )\bsul\b/, 'Sul'],
	[/(?<!grande do )\b(regiao )?norte\b/, 'Norte']
];

/** First names that are people, not companies: a name of these that is no rep is "not found". */
const FIRST_NAMES = new Set(
	(
		'roberto carlos joao jose marcos paulo pedro lucas mateus rodrigo ricardo fernando eduardo ' +
		'marcelo andre felipe thiago tiago gabriel leonardo luiz luis antonio francisco sergio ' +
		'alexandre vinicius renato fabio marcio daniel maria mariana juliana patricia aline amanda ' +
		'bruna carla claudia daniela fernanda gabriela jessica larissa leticia luciana marcia natalia ' +
		'priscila renata sandra simone tatiana vanessa beatriz camila rafaela rita paula sonia vera ' +
		'diego bruno gustavo rafael ana julia joana silvia helena cristina adriana roberta igor otavio'
	).split(' ')
);

const NUMBER = String.raw`(\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
const toNumber = (w: string) => (/^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w]);

function monday(date: string): string {
	return addDays(date, -((dayOfWeek(date) + 6) % 7));
}

function monthStartOf(word: string, today: string): string {
	const month = MONTH_WORDS.indexOf(word) + 1;
	const [year, current] = today.split('-').map(Number);
	const y = month > current ? year - 1 : year;
	return `${y}-${String(month).padStart(2, '0')}-01`;
}

/** The period a question names, relative to `today`; undefined when it names none. */
export function readPeriod(original: string, text: string, today: string): PeriodSlot | undefined {
	const range = extractRange(original, today);
	if (range) return range;
	const months = MONTH_WORDS.join('|');
	const since = text.match(new RegExp(`\\b(desde|a partir de) (${months})\\b`));
	if (since) return { from: monthStartOf(since[2], today), to: today };
	const sinceDay = original.match(/\b(?:desde|a partir de) (\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/);
	if (sinceDay) {
		const y = sinceDay[3] ?? today.slice(0, 4);
		const from = `${y}-${sinceDay[2].padStart(2, '0')}-${sinceDay[1].padStart(2, '0')}`;
		if (from <= today) return { from, to: today };
	}
	const lastN = text.match(new RegExp(`\\bultim[oa]s ${NUMBER} (dias|semanas|meses)\\b`));
	if (lastN) {
		const n = toNumber(lastN[1]);
		const unit = lastN[2];
		if (n) {
			const from =
				unit === 'dias'
					? addDays(today, -(n - 1))
					: unit === 'semanas'
						? addDays(today, -(7 * n - 1))
						: addDays(addMonths(today, -n), 1);
			return { from, to: today };
		}
	}
	if (/\b(hoje|hj)\b/.test(text)) return { from: today, to: today };
	if (/\bontem\b/.test(text)) {
		const d = addDays(today, -1);
		return { from: d, to: d };
	}
	if (/\b(semana passad[ao]|ultima semana|semana anterior)\b/.test(text)) {
		const from = addDays(monday(today), -7);
		return { from, to: addDays(from, 6) };
	}
	if (/\b(esta|essa|nesta|nessa|desta|dessa|na) semana\b/.test(text))
		return { from: monday(today), to: today };
	const quarterStart = (d: string) => {
		const [y, m] = d.split('-').map(Number);
		return `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
	};
	if (/\b(ultimo trimestre|trimestre passad[ao]|trimestre anterior)\b/.test(text)) {
		const from = addMonths(quarterStart(today), -3);
		return { from, to: addDays(quarterStart(today), -1) };
	}
	if (/\btrimestre\b/.test(text)) return { from: quarterStart(today), to: today };
	const halfStart = (d: string) =>
		`${d.slice(0, 4)}-${Number(d.slice(5, 7)) <= 6 ? '01' : '07'}-01`;
	if (/\b(ultimo semestre|semestre passad[ao]|semestre anterior)\b/.test(text)) {
		const from = addMonths(halfStart(today), -6);
		return { from, to: addDays(halfStart(today), -1) };
	}
	if (/\bsemestre\b/.test(text)) return { from: halfStart(today), to: today };
	if (/\b(ano passado|ultimo ano)\b/.test(text)) {
		const y = Number(today.slice(0, 4)) - 1;
		return { from: `${y}-01-01`, to: `${y}-12-31` };
	}
	if (/\b(este|esse|neste|nesse|no|deste|desse) ano\b/.test(text))
		return { from: `${today.slice(0, 4)}-01-01`, to: today };
	if (/\b(mes passado|mes anterior|ultimo mes)\b/.test(text)) return 'last_month';
	const month = MONTH_WORDS.findIndex((m) => new RegExp(`\\b${m}\\b`).test(text));
	if (month >= 0) return monthStartOf(MONTH_WORDS[month], today).slice(0, 7);
	if (/\b(este|esse|neste|nesse|deste|desse) mes\b/.test(text)) return 'this_month';
	return undefined;
}

/** "como estava … em 30/06", "no fim de setembro": the day a snapshot is asked at. */
export function readAsOf(original: string, text: string, today: string): string | undefined {
	if (!/\b(estava|estavam|era|eram|tinha|tinham|tinhamos|fim de|final de)\b/.test(text))
		return undefined;
	const day = original.match(
		/\b(?:em|no dia|dia|até|ate) (\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/
	);
	if (day) {
		const y = day[3] ?? today.slice(0, 4);
		let iso = `${y}-${day[2].padStart(2, '0')}-${day[1].padStart(2, '0')}`;
		if (!day[3] && iso > today) iso = `${Number(y) - 1}${iso.slice(4)}`;
		return iso <= today ? iso : undefined;
	}
	const months = MONTH_WORDS.join('|');
	const end = text.match(new RegExp(`\\b(?:fim|final) de (${months})\\b`));
	if (end) {
		const from = monthStartOf(end[1], today);
		const last = addDays(addMonths(from, 1), -1);
		return last <= today ? last : today;
	}
	return undefined;
}

function readPlaces(original: string, text: string): { region?: Region; ufs?: string[] } {
	const ufs: string[] = [];
	for (const [re, uf] of STATE_WORDS) if (re.test(text) && !ufs.includes(uf)) ufs.push(uf);
	const light = lightNormalize(original);
	for (const m of original.matchAll(/\b([A-Z]{2})\b/g))
		if (UF_NAMES[m[1]] && !ufs.includes(m[1])) ufs.push(m[1]);
	for (const m of light.matchAll(/\b(?:em|no|na|do|da|de|uf) ([a-z]{2})\b/g))
		if (SAFE_LOWER_UFS.has(m[1]) && !ufs.includes(m[1].toUpperCase())) ufs.push(m[1].toUpperCase());
	if (ufs.length) return { ufs };
	const region = REGION_WORDS.find(([re]) => re.test(text))?.[1];
	return region ? { region } : {};
}

function readSegments(text: string): string[] {
	const found: string[] = [];
	const words = text.split(' ');
	for (let i = 0; i < words.length; i++)
		for (const candidate of [`${words[i]} ${words[i + 1] ?? ''}`.trim(), words[i]]) {
			const seg = SEGMENT_WORDS.find(([re]) => re.test(candidate))?.[1];
			if (seg && !found.includes(seg)) found.push(seg);
		}
	return found;
}

export interface TeamMember {
	id: number;
	name: string;
}

/** Team reps named in the text (first or full name, one typo allowed), and a stranger's name. */
function readReps(
	text: string,
	team: readonly TeamMember[],
	self?: string
): { repIds: number[]; unknown?: string; names: string[] } {
	const words = text.split(' ');
	const repIds: number[] = [];
	const names: string[] = [];
	let unknown: string | undefined;
	for (const [i, w] of words.entries()) {
		if (w.length < 3) continue;
		const member = team.find((m) => {
			const first = lightNormalize(m.name).split(' ')[0];
			return first === w || (w.length >= 5 && oneEditApart(first, w));
		});
		if (member) {
			if (!repIds.includes(member.id)) repIds.push(member.id);
			names.push(member.name.split(' ')[0]);
			continue;
		}
		const before = words[i - 1] ?? '';
		if (
			FIRST_NAMES.has(w) &&
			w !== self &&
			/^(do|da|o|a|pro|pra|com|e|x|vs)$/.test(before) &&
			!unknown
		)
			unknown = w;
	}
	return { repIds, unknown, names };
}

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * Every slot of the message. `text`: normalize(original) with customer names masked; `team`:
 * the reps the system prompt lists (a manager's); `selfName`: who is asking.
 */
export function readSlots(
	original: string,
	text: string,
	today: string,
	team: readonly TeamMember[],
	selfName?: string
): Slots {
	const slots: Slots = { unsupported: [] };
	const asOf = readAsOf(original, text, today);
	if (asOf) slots.asOf = asOf;
	const period = asOf ? undefined : readPeriod(original, text, today);
	if (period) slots.period = period;
	Object.assign(slots, readPlaces(original, text));
	const segments = readSegments(text);
	if (segments.length === 1) slots.segment = segments[0];
	else if (segments.length > 1) slots.segments = segments;
	const self = selfName ? lightNormalize(selfName).split(' ')[0] : undefined;
	const reps = readReps(text, team, self);
	if (reps.repIds.length) slots.repIds = reps.repIds;
	if (reps.unknown) {
		// A rep sees no team list: a colleague's first name is "another rep", not "no such rep".
		if (!team.length) slots.otherRepName = capital(reps.unknown);
		else slots.unknownRep = capital(reps.unknown);
	}
	const top = text.match(new RegExp(`\\b(?:top|os|as|meus|minhas) ${NUMBER}\\b`));
	if (top && toNumber(top[1]) && toNumber(top[1])! <= 100) slots.limit = toNumber(top[1]);
	if (/\b(maiores|mais compram|compram mais|maior faturamento)\b/.test(text))
		slots.sort = 'usual_monthly';
	if (/\b(por|pelo) atraso\b|\bmais atrasad/.test(text)) slots.sort = 'overdue';
	if (/\bmenos\b/.test(text) && !/\bcomprando menos|compram menos|comprou menos\b/.test(text))
		slots.order = 'asc';
	const product = text.match(
		/\b(?:comprar|compram|compra|comprou|levar|levam) (cimento|parafusos?|tinta|aco|areia|racao|adubo|[a-z]{4,} \d+)\b/
	);
	if (/\bpor produto\b|\bproduto\b/.test(text) || product)
		slots.unsupported.push(`produto${product ? ` (${product[1]})` : ''}`);
	const channel = text.match(/\b(e ?commerce|loja virtual|site|marketplace|televendas)\b/);
	if (channel) slots.unsupported.push(`canal de venda (${channel[1]})`);
	const city = original.match(/\bem ([A-ZÀ-Ú][a-zà-ú]+(?: [A-ZÀ-Ú][a-zà-ú]+)?)\b/);
	if (city && !UF_NAMES[city[1].toUpperCase()] && !readPlaces(city[1], lightNormalize(city[1])).ufs)
		if (!/^(Minas|Rio|Sul|Norte)/.test(city[1]) && !segments.length)
			slots.unsupported.push(`cidade (${city[1]})`);
	return slots;
}

/** The UFs a slot set filters by, one list. */
export function slotUfs(s: Slots): string[] | undefined {
	if (s.ufs) return s.ufs;
	if (s.region) return [...REGION_UFS[s.region]];
	return undefined;
}
