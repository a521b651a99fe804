/**
 * Argument extraction for the intent table: periods, dates, channels, outcomes and the
 * customer name a request talks about. Everything reads the normalised text; the customer
 * name is cut from the original message (same positions, see `lightNormalize`).
 */
import { resolveDatePhrase } from '#lib/server/domain/calendar/resolve-date-phrase.ts';
import { lightNormalize } from './normalize.ts';

const MONTHS = [
	'janeiro',
	'fevereiro',
	'marco',
	'abril',
	'maio',
	'junho',
	'julho',
	'agosto',
	'setembro',
	'outubro',
	'novembro',
	'dezembro'
];

/** "este mês" → this_month, "mês passado" → last_month, "em março" → '2026-03' (the last March). */
export function extractPeriod(text: string, today: string): string | undefined {
	if (/\b(mes passado|mes anterior|ultimo mes)\b/.test(text)) return 'last_month';
	const month = MONTHS.findIndex((m) => new RegExp(`\\b${m}\\b`).test(text));
	if (month >= 0) {
		const [year, current] = today.split('-').map(Number);
		const y = month + 1 > current ? year - 1 : year;
		return `${y}-${String(month + 1).padStart(2, '0')}`;
	}
	if (/\b(este|esse|neste|nesse|deste|desse) mes\b/.test(text)) return 'this_month';
	return undefined;
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

/** Words that end a name: dates, fillers, the rest of the sentence. */
const NAME_END =
	/ (?:pra|para|amanha|hoje|ontem|segunda|terca|quarta|quinta|sexta|sabado|domingo|semana|dia \d|daqui|mes|que|hj|agora|ai|por favor|pfv|pf)\b|[,.;:?!]| - /;

const NOT_A_NAME =
	/^(?:pra|para|amanha|hoje|ontem|segunda|terca|quarta|quinta|sexta|sabado|domingo|semana|dia|daqui|mes|proxima|proximo|carteira|fila|agenda|minha|meu|meus|minhas|semana|mes|hoje|amanha|retorno|follow up|ligacao|visita|contato|contatos|historico|mim|ele|ela|cliente|clientes|um|uma|uns)\b/;

/** The customer a request names, as typed (accents kept), or undefined. */
export function extractCustomerName(original: string): string | undefined {
	const light = lightNormalize(original);
	for (const marker of NAME_MARKERS) {
		const re = new RegExp(marker.source, 'g');
		for (const m of light.matchAll(re)) {
			const start = m.index + m[0].length;
			const rest = light.slice(start);
			if (NOT_A_NAME.test(rest)) continue;
			const end = rest.search(NAME_END);
			const name = original
				.slice(start, start + (end < 0 ? rest.length : end))
				.replace(/\s+/g, ' ')
				.trim();
			if (name.length >= 3 && /[a-zà-ú0-9]/i.test(name)) return name;
		}
	}
	return undefined;
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
