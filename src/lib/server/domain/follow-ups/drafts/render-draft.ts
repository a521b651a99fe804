/**
 * The template draft of a follow-up: purpose copy (`purpose-copy.ts`) shaped for the channel
 * (issue #7) — WhatsApp short (greeting, who I am, reason, offer; no attachments talk),
 * e-mail with subject and body signed by the rep, phone as a script of bullet points plus the
 * likely objections with answers (for the rep's eyes, so it may carry the internal figures:
 * cycle, days late, deal stage). Deterministic: the same context gives the same text; the
 * wording of greetings and sentences varies by customer (`variant.ts`, issue #15 item 8).
 */
import { CHANNEL_LABEL } from '#lib/labels.ts';
import type { DraftChannel, DraftContext } from './draft-context.ts';
import { formatFacts, type FormattedFacts } from './draft-facts.ts';
import { listOf, PURPOSE_COPY, type Objection } from './purpose-copy.ts';
import { pick } from './variant.ts';

export interface Draft {
	channel: DraftChannel;
	/** E-mail only. */
	subject: string | null;
	/** The whole text to copy or send (for the phone: the script rendered as text). */
	body: string;
	/** Phone only: the script's points. */
	bullets: string[] | null;
	/** Phone only: likely objections and how to answer them. */
	objections: Objection[] | null;
}

/** Greeting and who I am, in one of a few wordings (by customer: reproducible). */
function whatsappOpening(c: DraftContext, f: FormattedFacts): string {
	const id = c.customer.customerId;
	const name = f.contactFirstName;
	const hello = name
		? pick(id, 'hello', [
				`Olá, ${name}!`,
				`Oi, ${name}, tudo bem?`,
				`Olá, ${name}, tudo bem?`,
				`Oi, ${name}!`
			])
		: pick(id, 'hello', ['Olá!', 'Oi, tudo bem?']);
	const who = f.repName
		? pick(id, 'intro', [
				`Aqui é ${f.repName}, do comercial.`,
				`Aqui é ${f.repName}, da equipe comercial.`
			])
		: hello.endsWith('?')
			? ''
			: 'Tudo bem?';
	return who ? `${hello} ${who}` : hello;
}

function whatsapp(c: DraftContext, f: FormattedFacts): Draft {
	const copy = PURPOSE_COPY[c.purpose](c, f);
	return {
		channel: 'whatsapp',
		subject: null,
		body: `${whatsappOpening(c, f)} ${copy.reason} ${copy.offer}`,
		bullets: null,
		objections: null
	};
}

function email(c: DraftContext, f: FormattedFacts): Draft {
	const copy = PURPOSE_COPY[c.purpose](c, f);
	const hello = f.contactFirstName ? `Olá, ${f.contactFirstName},` : 'Olá,';
	const id = c.customer.customerId;
	const wish = pick(id, 'wish', [
		'Espero que esteja tudo bem.',
		'Espero que a semana esteja boa por aí.',
		'Espero que esteja tudo certo por aí.'
	]);
	const paragraphs = [hello, `${wish} ${copy.reason}`];
	if (c.purpose === 'reactivation' && f.cycleDays)
		paragraphs.push(
			pick(id, 'cycle', [
				`Pelo histórico, vocês costumavam fazer pedidos a cada ${f.cycleDays} dias, então quis saber se mudou algo na demanda ou se podemos ajudar de outra forma.`,
				`Vocês costumavam repor a cada ${f.cycleDays} dias, e por isso quis entender se algo mudou por aí.`,
				`Como os pedidos de vocês vinham a cada ${f.cycleDays} dias, quis saber se a demanda mudou ou se podemos ajudar de outro jeito.`
			])
		);
	paragraphs.push(copy.offer);
	paragraphs.push(f.repName ? `Atenciosamente,\n${f.repName}` : 'Atenciosamente.');
	return {
		channel: 'email',
		subject: copy.subject,
		body: paragraphs.join('\n\n'),
		bullets: null,
		objections: null
	};
}

function contextBullets(c: DraftContext, f: FormattedFacts): string[] {
	const out: string[] = [];
	if (f.lastOrderDate) {
		const products = f.products.length ? `: ${listOf(f.products)}` : '';
		out.push(`Última compra em ${f.lastOrderDate} (${f.lastOrderTotal})${products}.`);
	}
	if (f.cycleDays)
		out.push(
			f.lateDays
				? `Costuma comprar a cada ${f.cycleDays} dias; a compra esperada era em ${f.expectedNext} (${f.lateDays} dias de atraso).`
				: `Costuma comprar a cada ${f.cycleDays} dias; próxima compra esperada em ${f.expectedNext}.`
		);
	if (f.opportunityTitle)
		out.push(
			`Negociação aberta: ${f.opportunityTitle} (${f.opportunityValue}), etapa ${f.opportunityStage} desde ${f.opportunitySince}.`
		);
	const last = c.lastInteractions[0];
	if (last)
		out.push(
			`Último contato em ${f.lastContactDate} por ${CHANNEL_LABEL[last.channel] ?? last.channel}: ${last.summary}`
		);
	if (f.promiseDate) out.push(`Retorno combinado no contato de ${f.promiseDate}.`);
	if (f.complaintDate) out.push(`Reclamação em aberto desde ${f.complaintDate}.`);
	return out;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function phone(c: DraftContext, f: FormattedFacts): Draft {
	const copy = PURPOSE_COPY[c.purpose](c, f);
	const who = f.contactName
		? `${f.contactName}${c.contact?.role ? ` (${c.contact.role})` : ''}`
		: 'o responsável por compras';
	const bullets = [
		`Abertura: cumprimentar ${who} e se apresentar; perguntar se é um bom momento para falar.`,
		`Objetivo: ${lowerFirst(copy.goal)}`,
		...contextBullets(c, f).map((line) => `Contexto: ${lowerFirst(line)}`),
		`Fala sugerida: "${copy.reason}"`,
		'Fechamento: combinar um próximo passo com data; se não for o momento, perguntar quando faz sentido voltar a falar.'
	];
	const objections = copy.objections;
	const body = [
		`Roteiro de ligação — ${f.customer}`,
		...bullets.map((b) => `• ${b}`),
		'Objeções prováveis:',
		...objections.map((o) => `• "${o.objection}" → ${o.answer}`)
	].join('\n');
	return { channel: 'phone', subject: null, body, bullets, objections };
}

const RENDER = { whatsapp, email, phone } as const;

/** The template draft of `context` for `channel`. */
export function templateDraft(context: DraftContext, channel: DraftChannel): Draft {
	return RENDER[channel](context, formatFacts(context));
}
