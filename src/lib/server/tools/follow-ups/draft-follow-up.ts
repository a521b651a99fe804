/**
 * draft_follow_up: a personalised follow-up message for one customer (issue #7), grounded in
 * its context (`domain/follow-ups/drafts`): WhatsApp (short), e-mail (subject + body) or a
 * phone script (bullets + likely objections), with links to open it. Read-only: nothing is
 * sent or recorded — "log as sent" is log_interaction, with its own confirmation.
 *
 * Decisions:
 * - No channel asked ⇒ the suggested one (`suggestChannel`: preferred, WhatsApp only with
 *   consent); a visit or meeting preference becomes a phone script (the call that sets it up).
 * - WhatsApp asked for a contact without consent (or no contact) ⇒ no WhatsApp text at all; a
 *   pt-BR message offers e-mail or phone and the draft is written for the alternative
 *   (e-mail when the contact has one — a written message for a written message — else phone).
 * - With a language model configured (`ctx.draftWriter`), the model writes the text; it is
 *   used only when every fact in it is in the context (`chooseDraft`), else the template.
 */
import { z } from 'zod';
import { CHANNEL_LABEL, PURPOSE_LABEL } from '#lib/labels.ts';
import {
	chooseDraft,
	DraftContactNotFound,
	gatherDraftContext,
	templateDraft,
	type DraftChannel,
	type DraftContext
} from '../../domain/follow-ups/drafts/index.ts';
import { formatDate } from '#lib/format.ts';
import { dueFollowUpFor } from '../../domain/follow-ups/follow-up-rows.ts';
import { suggestChannel } from '../../domain/portfolio/suggest-channel.ts';
import { accessibleCustomer } from '../customer-access.ts';
import { defineTool, READ_ONLY, type ToolOutput } from '../define-tool.ts';
import { ToolError } from '../tool-error.ts';
import { mailtoLink, telLink, whatsappLink } from './draft-links.ts';
import { compactContext, DRAFT_CHANNELS, DraftOutput, PURPOSES } from './draft-output.ts';
import { AsOfInput } from '../filters.ts';

const Input = z.object({
	...AsOfInput,
	customerId: z.number().int().positive().describe('Id do cliente (use find_customers pelo nome)'),
	channel: z
		.enum(DRAFT_CHANNELS)
		.optional()
		.describe(
			'whatsapp (mensagem curta), email (assunto + corpo) ou phone (roteiro de ligação); omita para o canal sugerido'
		),
	purpose: z
		.enum(PURPOSES)
		.optional()
		.describe(
			'commercial (após proposta/reunião), service (atendimento), post_sale (pós-venda) ou reactivation; omita para inferir'
		),
	contactId: z.number().int().positive().optional().describe('Contato; omita para o principal')
});

const WORD: Record<DraftChannel, string> = {
	whatsapp: 'WhatsApp',
	email: 'e-mail',
	phone: 'telefone'
};

function alternativesOf(c: DraftContext): DraftChannel[] {
	const k = c.contact;
	if (!k) return ['phone'];
	const list: DraftChannel[] = [];
	if (k.email) list.push('email');
	if (k.phone || k.whatsapp) list.push('phone');
	return list.length ? list : ['phone'];
}

/** The channel to draft for, and why; `refused` when WhatsApp was asked without consent. */
function pickChannel(c: DraftContext, asked: DraftChannel | undefined) {
	const k = c.contact;
	const consent = k?.whatsappConsent ?? false;
	const alternatives = alternativesOf(c);
	if (asked === 'whatsapp' && !consent) {
		const who = k
			? `${k.name} não autorizou contato por WhatsApp (LGPD)`
			: `${c.customer.name} não tem contato com consentimento para WhatsApp (LGPD)`;
		const offer = alternatives.map((a) => WORD[a]).join(' ou ');
		const channel = alternatives[0];
		return {
			channel,
			why: `${who}: rascunho por ${WORD[channel]}.`,
			refusal: `${who}, então não preparei mensagem de WhatsApp. Posso preparar por ${offer}; segue um rascunho por ${WORD[channel]}.`
		};
	}
	if (asked) return { channel: asked, why: `Canal pedido: ${WORD[asked]}.`, refusal: null };
	const suggested = suggestChannel(
		k
			? {
					contactId: k.contactId,
					name: k.name,
					preferredChannel: k.preferredChannel,
					whatsappConsent: k.whatsappConsent,
					hasEmail: !!k.email,
					hasPhone: !!(k.phone || k.whatsapp)
				}
			: null
	);
	const channel: DraftChannel =
		suggested.channel === 'visit' || suggested.channel === 'meeting' ? 'phone' : suggested.channel;
	const why =
		channel === suggested.channel
			? suggested.why
			: `${suggested.why} Para marcar a ${CHANNEL_LABEL[suggested.channel].toLowerCase()}, um roteiro de ligação.`;
	return { channel, why, refusal: null };
}

export const draftFollowUp = defineTool({
	name: 'draft_follow_up',
	title: 'Preparar mensagem de follow-up',
	description:
		'Prepara uma mensagem de follow-up personalizada para um cliente, só com fatos do histórico dele (último ' +
		'pedido e produtos, ciclo de recompra e atraso, negociação aberta, últimos contatos, promessas e ' +
		'reclamações): WhatsApp curto, e-mail com assunto e corpo, ou roteiro de ligação com objeções prováveis. ' +
		'Use para "prepara um WhatsApp pro Mercado Bom Preço", "escreve um e-mail pro cliente X", "roteiro de ' +
		'ligação para o Y". WhatsApp só para contatos com consentimento (senão oferece e-mail ou telefone). Não ' +
		'envia nem registra nada: para registrar o envio use log_interaction.',
	inputSchema: Input,
	outputSchema: DraftOutput,
	annotations: READ_ONLY,
	writes: false,
	async run(input, ctx) {
		const customer = await accessibleCustomer(ctx, input.customerId);
		// A due follow-up gives the message its purpose (it keeps the one it was scheduled with).
		const due = await dueFollowUpFor(ctx.db, customer.id, ctx.asOf);
		let context: DraftContext | null;
		try {
			context = await gatherDraftContext(ctx.db, {
				customerId: customer.id,
				contactId: input.contactId,
				purpose: input.purpose ?? due?.purpose,
				asOf: ctx.asOf,
				config: ctx.config
			});
		} catch (error) {
			if (error instanceof DraftContactNotFound) throw new ToolError('not_found', error.message);
			throw error;
		}
		if (!context) throw new ToolError('not_found', `Não existe cliente com id ${customer.id}.`);
		if (due && !input.purpose)
			context.purposeWhy = `Objetivo do follow-up agendado para ${formatDate(due.dueDate)}.`;
		const { channel, why, refusal } = pickChannel(context, input.channel);
		const template = templateDraft(context, channel);
		const chosen = await chooseDraft(context, channel, template, ctx.draftWriter);
		const { draft } = chosen;
		const k = context.contact;
		const consent = k?.whatsappConsent ?? false;
		const structured = {
			asOf: ctx.asOf,
			context: compactContext(context),
			requestedChannel: input.channel ?? null,
			channelWhy: why,
			draft,
			writtenBy: chosen.writtenBy,
			note: chosen.note,
			followUp: due ? { followUpId: due.id, dueDate: due.dueDate, purpose: due.purpose } : null,
			links: {
				mailto:
					channel === 'email' ? mailtoLink(k?.email ?? null, draft.subject, draft.body) : null,
				whatsapp:
					channel === 'whatsapp'
						? whatsappLink(k?.whatsapp ?? k?.phone ?? null, consent, draft.body)
						: null,
				tel: channel === 'phone' ? telLink(k?.phone ?? k?.whatsapp ?? null) : null
			},
			consent: {
				whatsapp: consent,
				refused: refusal !== null,
				message: refusal,
				alternatives: alternativesOf(context)
			}
		};
		const to = k ? `${k.name} (${context.customer.name})` : context.customer.name;
		const head = refusal
			? `${refusal} `
			: `Rascunho de ${channel === 'phone' ? 'roteiro de ligação' : WORD[channel]} para ${to}. `;
		return {
			structured,
			summary:
				head +
				`Objetivo: ${PURPOSE_LABEL[context.purpose].toLowerCase()} — ${context.purposeWhy}` +
				(chosen.note ? ` ${chosen.note}` : '') +
				' Revise antes de enviar: nada foi enviado nem registrado.'
		};
	}
});

export type DraftFollowUpOutput = ToolOutput<typeof draftFollowUp>;
