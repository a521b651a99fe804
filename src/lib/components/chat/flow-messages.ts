/**
 * The chat messages the follow-up flow's buttons send for the person (issue #7: from "o que eu
 * faço agora?" to a sent message and a scheduled next attempt without typing): "Preparar …" on
 * a queue row, "Agendar próxima tentativa" on a draft. They are ordinary pt-BR requests, so any
 * model — the offline one or a provider's — reads them like typed text.
 *
 * Decisions:
 * - The customer is named as "o cliente <nome>": "cliente" is the most specific marker the
 *   offline model's name extraction knows, so a name with "do/da/a/o" inside ("Casa do
 *   Produtor Bertolini") is read whole; the name is the one the tool gave, so find_customers
 *   matches it exactly. tests/chat/flow-messages.test.ts checks every demo queue row.
 * - Visits and meetings have no draft: the message asks for "uma mensagem" and draft_follow_up
 *   picks the channel.
 * - No date in the next-attempt request: schedule_follow_up takes the cadence's suggested one.
 *   When the draft came from a due follow-up of the queue, the request names it ("na sequência
 *   do follow-up N"), which the offline model and a provider's model pass as `continueSequenceOf`.
 */
import { CHANNEL_LABEL } from '#lib/labels.ts';

const DRAFT_OBJECT: Record<string, string> = {
	whatsapp: 'um WhatsApp',
	email: 'um e-mail',
	phone: 'um roteiro de ligação'
};

/** What the "Preparar …" button says for a suggested channel (its visible label). */
export function prepareLabel(channel: string): string {
	if (channel === 'whatsapp') return 'Preparar WhatsApp';
	if (channel === 'email') return 'Preparar e-mail';
	if (channel === 'phone') return 'Preparar roteiro de ligação';
	return 'Preparar mensagem';
}

/** "prepara um WhatsApp para o cliente Mercado Bom Preço" */
export function prepareRequest(customerName: string, channel: string): string {
	return `prepara ${DRAFT_OBJECT[channel] ?? 'uma mensagem'} para o cliente ${customerName}`;
}

const BY: Record<string, string> = {
	whatsapp: 'por WhatsApp',
	email: 'por e-mail',
	phone: 'por ligação',
	visit: 'por visita',
	meeting: 'por reunião'
};

/** "agenda o próximo contato por WhatsApp com o cliente X[, na sequência do follow-up N]" */
export function nextAttemptRequest(
	customerName: string,
	channel: string,
	followUpId?: number | null
): string {
	const by = BY[channel] ? ` ${BY[channel]}` : '';
	const sequence = followUpId ? `, na sequência do follow-up ${followUpId}` : '';
	return `agenda o próximo contato${by} com o cliente ${customerName}${sequence}`;
}

/** Accessible name of the next-attempt button: what it does, with whom, how. */
export function nextAttemptLabel(customerName: string, channel: string): string {
	const how = CHANNEL_LABEL[channel] ? ` por ${CHANNEL_LABEL[channel]}` : '';
	return `Agendar próxima tentativa com ${customerName}${how}`;
}
