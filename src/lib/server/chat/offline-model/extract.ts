/**
 * Argument extraction for the intent table: periods (a month or a "de … a …" range), dates,
 * channels, outcomes, purposes and the customer name a request talks about. Everything reads
 * the normalised text; the customer name and the range are cut from the original message
 * (same positions, see `lightNormalize`). Weekday and month words come from the calendar's
 * `pt-br-words.ts`, never repeated here.
 */
import {
	MONTH_PATTERN,
	MONTH_WORDS,
	WEEKDAY_WORDS
} from '#lib/server/domain/calendar/pt-br-words.ts';
import { resolveDatePhrase } from '#lib/server/domain/calendar/resolve-date-phrase.ts';
import { lightNormalize } from './normalize.ts';

/** "este mês" → this_month, "mês passado" → last_month, "em março" → '2026-03' (the last March). */
export function extractPeriod(text: string, today: string): string | undefined {
	if (/\b(mes passado|mes anterior|ultimo mes)\b/.test(text)) return 'last_month';
	const month = MONTH_WORDS.findIndex((m) => new RegExp(`\\b${m}\\b`).test(text));
	if (month >= 0) {
		const [year, current] = today.split('-').map(Number);
		const y = month + 1 > current ? year - 1 : year;
		return `${y}-${String(month + 1).padStart(2, '0')}`;
	}
	if (/\b(este|esse|neste|nesse|deste|desse) mes\b/.test(text)) return 'this_month';
	return undefined;
}

const DAY_MONTH = String.raw`(\d{1,2})(?:/(\d{1,2})(?:/(\d{2}|\d{4}))?| de (${MONTH_PATTERN})(?: de (\d{4}))?)`;
const RANGE = new RegExp(
	String.raw`\b(?:entre|de|desde|do dia|dia) (?:o dia |dia )?${DAY_MONTH} (?:e|a|ate|ao) (?:o dia |dia )?${DAY_MONTH}(?![\d/])`
);

/**
 * "entre 01/10 e 15/11", "de 1º de outubro a 15 de novembro", "de 01/10/2026 até 15/11/2026"
 * → { from, to }. A date without a year is the last one on or before today (a question about
 * a period looks back); an impossible date is no range.
 */
export function extractRange(
	original: string,
	today: string
): { from: string; to: string } | undefined {
	const m = RANGE.exec(lightNormalize(original).replace(/º|°/g, ''));
	if (!m) return undefined;
	const [year] = today.split('-').map(Number);
	const day = (d: string, mm?: string, y?: string, word?: string, y2?: string) => {
		const month = mm ? Number(mm) : MONTH_WORDS.indexOf(word!) + 1;
		const stated = y ?? y2;
		const full = stated ? Number(stated.length === 2 ? `20${stated}` : stated) : year;
		const iso = (yy: number) =>
			`${yy}-${String(month).padStart(2, '0')}-${String(Number(d)).padStart(2, '0')}`;
		if (month < 1 || month > 12 || Number(d) < 1 || Number(d) > 31) return null;
		return { iso: stated || iso(full) <= today ? iso(full) : iso(full - 1), stated: !!stated };
	};
	const from = day(m[1], m[2], m[3], m[4], m[5]);
	const to = day(m[6], m[7], m[8], m[9], m[10]);
	if (!from || !to) return undefined;
	let fromIso = from.iso;
	if (fromIso > to.iso && !from.stated)
		fromIso = `${Number(fromIso.slice(0, 4)) - 1}${fromIso.slice(4)}`;
	return fromIso <= to.iso ? { from: fromIso, to: to.iso } : undefined;
}

/** The single day a request names ("quinta", "amanhã", "dia 5"), AAAA-MM-DD, or undefined. */
export function extractDate(original: string, today: string): string | undefined {
	const found = resolveDatePhrase(original, today);
	if (!found) return undefined;
	return 'date' in found ? found.date : found.range.from;
}

export function extractChannel(text: string): string | undefined {
	if (/\b(whatsapp|whats|zap|wpp)\b/.test(text)) return 'whatsapp';
	if (/\b(e ?mail|email)\b/.test(text)) return 'email';
	if (/\b(visita|visitei|visitar)\b/.test(text)) return 'visit';
	if (/\b(reuniao|meeting)\b/.test(text)) return 'meeting';
	if (/\b(liga|ligar|ligacao|liguei|telefone|telefonei|telefonema)\b/.test(text)) return 'phone';
	return undefined;
}

export function extractOutcome(text: string): string | undefined {
	if (/\b(fez|fechou|fechamos|tirou|mandou) (o |um )?pedido\b|\bcomprou\b/.test(text))
		return 'order_placed';
	if (/\bnao (atendeu|respondeu)\b|\bsem resposta\b|\bcaixa postal\b/.test(text))
		return 'no_answer';
	if (/\b(remarc|pediu (pra|para) (ligar|falar) depois|depois)\b/.test(text)) return 'rescheduled';
	if (/\b(perdemos a venda|perdido|desistiu)\b/.test(text)) return 'lost';
	if (/\b(atendeu|conversamos|falei|conversei)\b/.test(text)) return 'answered';
	return undefined;
}

/** Where a customer name starts, most specific marker first. */
const NAME_MARKERS: RegExp[] = [
	/\bclientes? /,
	/\bcom (?:o|a|os|as) /,
	/\b(?:como (?:esta|ta|anda|vai)|situacao|perfil|historico|contatos|interacoes|me fala|fala) (?:(?:de|do|da|d[oa]s|o|a|com) )?/,
	/\b(?:do|da|dos|das|pro|pra|para o|para a|pelo|pela|no|na|o|a) /,
	/\bcom /d
];

const WEEKDAYS = WEEKDAY_WORDS.map((w) => w.word).join('|');

/** Words that end a name: dates, fillers, the rest of the sentence. */
const NAME_END = new RegExp(
	String.raw` (?:pra|para|amanha|hoje|ontem|${WEEKDAYS}|semana|dia \d|daqui|mes|proxim[ao]|que|hj|agora|ai|por favor|pfv|pf)\b|[,.;:?!]| - `
);

/**
 * A verb in lower case after the name ends it ("por que o X parou de comprar?"); read on the
 * message as typed, so a capitalised word of a name ("Casa Tem Tudo") stays in it.
 */
const VERB_END =
	/ (?:parou|pararam|sumiu|costuma|deixou|comprou|compra|j[aá]|reclamou|disse|falou|est[aá]|t[aá]|tem|anda|vai)(?=[\s,.;:?!]|$)/;

/** Prepositions left at the end of a cut name ("Delta Insumos na" quarta). */
const TRAILING = /(?:\s+(?:na|no|nas|nos|em|de|do|da|dos|das|pra|pro|para|com|e|a|o|as|os|ate))+$/i;

/** A lower-case gerund ends a name ("pro Agro Azevedo oferecendo a reposição"). */
const GERUND = /\s[a-zà-ú]+(?:ando|endo|indo)\b/;

const NOT_A_NAME = new RegExp(
	String.raw`^(?:pra|para|amanha|hoje|ontem|${WEEKDAYS}|semana|dia|daqui|mes|proxima|proximo|carteira|fila|agenda|` +
		String.raw`minha|meu|meus|minhas|retorno|follow up|ligacao|visita|contato|contatos|historico|mim|` +
		String.raw`ele|ela|eles|elas|dele|dela|nele|nela|esse|essa|este|esta|isso|mesmo|mesma|cliente|clientes|um|uma|uns|` +
		String.raw`primeir[oa]|segundo|terceir[oa]|ultim[oa]|envio|mensagem|rascunho|ciclo|compra|vendedor|equipe|time|` +
		String.raw`que|q|quem|qual|quais|quando|onde|como)\b`
);

/** The customer a request names, as typed (accents kept), or undefined. */
export function extractCustomerName(original: string): string | undefined {
	const light = lightNormalize(original);
	for (const marker of NAME_MARKERS) {
		const re = new RegExp(marker.source, 'g');
		for (const m of light.matchAll(re)) {
			const start = m.index + m[0].length;
			const rest = light.slice(start);
			if (NOT_A_NAME.test(rest)) continue;
			const typed = original.slice(start);
			const ends = [rest.search(NAME_END), typed.search(VERB_END), typed.search(GERUND)].filter(
				(i) => i >= 0
			);
			const end = ends.length ? Math.min(...ends) : rest.length;
			const name = original
				.slice(start, start + end)
				.replace(/\s+/g, ' ')
				.trim()
				.replace(TRAILING, '');
			if (name.length >= 3 && /[a-zà-ú0-9]/i.test(name)) return name;
		}
	}
	return undefined;
}

const PURPOSES: [RegExp, string][] = [
	[/\bpos ?venda\b/, 'post_sale'],
	[/\b(reativa\w*|reativacao|voltar a comprar|parou de comprar|sumiu)\b/, 'reactivation'],
	[/\b(reclamacao|reclamou|atendimento|problema)\b/, 'service'],
	[/\b(proposta|negociacao|orcamento)\b/, 'commercial']
];

/** The purpose a request names: post_sale, reactivation, service, commercial, or undefined. */
export function extractPurpose(text: string): string | undefined {
	return PURPOSES.find(([re]) => re.test(text))?.[1];
}

/** What the person said after a colon or quotes ("liguei pro X: pediu tabela nova"). */
export function extractNote(original: string): string | undefined {
	const quoted = original.match(/["“](.+?)["”]/);
	if (quoted) return quoted[1].trim();
	const colon = original.indexOf(':');
	if (colon >= 0 && original.slice(colon + 1).trim().length >= 3)
		return original.slice(colon + 1).trim();
	return undefined;
}
