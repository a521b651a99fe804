/**
 * draft_follow_up's output schema and the compact view of a draft's context that goes in it
 * (what the draft may cite, with money and dates formatted for a person, ids for the next
 * tool call). Kept apart from the tool so the tool file stays about the decisions.
 */
import { z } from 'zod';
import { formatDate, formatMoney } from '#lib/format.ts';
import { PURPOSE_LABEL, STAGE_LABEL } from '#lib/labels.ts';
import type { DraftContext } from '../../domain/follow-ups/drafts/index.ts';
import { STATE_LABEL } from '../../domain/portfolio/summarize-portfolio.ts';
import { AsOfOutput } from '../filters.ts';

export const DRAFT_CHANNELS = ['whatsapp', 'email', 'phone'] as const;
export const PURPOSES = ['commercial', 'service', 'post_sale', 'reactivation'] as const;
const Channel = z.enum(DRAFT_CHANNELS).describe('whatsapp, email ou phone (roteiro de ligação)');

const Interaction = z.object({
	date: z.string().describe('Data (dd/mm/aaaa)'),
	channel: z.string().describe('Canal: phone, email, whatsapp, visit ou meeting'),
	summary: z.string().describe('Resumo registrado (até 120 caracteres)'),
	outcome: z.string().nullable().describe('Resultado registrado')
});

export const DraftOutput = z.object({
	...AsOfOutput,
	context: z
		.object({
			customerId: z.number().int().describe('Id do cliente'),
			customerName: z.string().describe('Nome do cliente'),
			state: z.string().describe('Estado do cliente em pt-BR (ativo, em risco, inativo…)'),
			contact: z
				.object({
					contactId: z.number().int().describe('Id do contato'),
					name: z.string().describe('Nome'),
					firstName: z.string().describe('Primeiro nome (como a mensagem o chama)'),
					role: z.string().nullable().describe('Cargo'),
					email: z.string().nullable().describe('E-mail'),
					phone: z.string().nullable().describe('Telefone'),
					whatsapp: z.string().nullable().describe('WhatsApp'),
					preferredChannel: z.string().nullable().describe('Canal preferido')
				})
				.nullable()
				.describe('Com quem falar; null quando o cliente não tem contato'),
			purpose: z.enum(PURPOSES).describe('Objetivo do contato'),
			purposeLabel: z.string().describe('Objetivo em pt-BR'),
			purposeWhy: z.string().describe('Por que este objetivo (pedido ou inferido pela regra)'),
			lastOrder: z
				.object({
					date: z.string().describe('Data (dd/mm/aaaa)'),
					total: z.string().describe('Valor em R$'),
					products: z.array(z.string().describe('Produto')).describe('Produtos do pedido')
				})
				.nullable()
				.describe('Último pedido faturado'),
			cycle: z
				.object({
					days: z.number().int().describe('Ciclo de recompra habitual, dias'),
					expectedNext: z.string().describe('Compra esperada (dd/mm/aaaa)'),
					lateDays: z.number().int().describe('Dias de atraso (0: no prazo)')
				})
				.nullable()
				.describe('Ritmo de compra'),
			opportunity: z
				.object({
					opportunityId: z.number().int().describe('Id da negociação'),
					title: z.string().describe('Título'),
					stage: z.string().describe('Etapa em pt-BR'),
					value: z.string().describe('Valor em R$'),
					since: z.string().describe('Na etapa desde (dd/mm/aaaa)')
				})
				.nullable()
				.describe('Negociação aberta que o contato acompanha'),
			lastInteractions: z.array(Interaction).describe('Últimas interações (até 3)'),
			promise: Interaction.nullable().describe('Retorno combinado nos últimos 30 dias'),
			complaint: Interaction.nullable().describe('Reclamação recente sem pedido depois')
		})
		.describe('O contexto: o rascunho só cita o que está aqui'),
	requestedChannel: Channel.nullable().describe('Canal pedido (null: o sugerido)'),
	channelWhy: z.string().describe('Por que este canal'),
	draft: z
		.object({
			channel: Channel,
			subject: z.string().nullable().describe('Assunto (só e-mail)'),
			body: z.string().describe('O texto para copiar/enviar (no telefone, o roteiro)'),
			bullets: z
				.array(z.string().describe('Tópico'))
				.nullable()
				.describe('Roteiro de ligação em tópicos (só telefone)'),
			objections: z
				.array(
					z.object({
						objection: z.string().describe('O que o cliente pode dizer'),
						answer: z.string().describe('Como responder, sem pressão')
					})
				)
				.nullable()
				.describe('Objeções prováveis e respostas (só telefone)')
		})
		.describe('O rascunho: revise antes de enviar; nada é enviado nem registrado'),
	writtenBy: z
		.enum(['template', 'model'])
		.describe('template: modelo de texto do Giro; model: escrito pelo modelo de linguagem'),
	note: z.string().nullable().describe('Observação sobre como o texto foi escrito'),
	followUp: z
		.object({
			followUpId: z.number().int().describe('Id do follow-up vencido que esta mensagem responde'),
			dueDate: z.string().describe('Data em que ele estava agendado (AAAA-MM-DD)'),
			purpose: z.enum(PURPOSES).describe('Objetivo dele (o da mensagem)')
		})
		.nullable()
		.describe(
			'O follow-up pendente vencido (até hoje) deste cliente: registrar o envio com log_interaction e ' +
				'followUpId o conclui'
		),
	links: z
		.object({
			mailto: z.string().nullable().describe('Link mailto: com assunto e corpo (e-mail)'),
			whatsapp: z
				.string()
				.nullable()
				.describe('Link https://wa.me/… (só com consentimento de WhatsApp)'),
			tel: z.string().nullable().describe('Link tel: para ligar')
		})
		.describe('Links para abrir o rascunho no aplicativo'),
	consent: z
		.object({
			whatsapp: z.boolean().describe('O contato autorizou WhatsApp (LGPD)'),
			refused: z
				.boolean()
				.describe('true: pediram WhatsApp sem consentimento; não há rascunho de WhatsApp'),
			message: z.string().nullable().describe('A explicação em pt-BR, quando recusado'),
			alternatives: z
				.array(Channel)
				.describe('Canais possíveis para este contato, além do WhatsApp')
		})
		.describe('Consentimento de WhatsApp')
});
export type DraftOutput = z.infer<typeof DraftOutput>;

const interaction = (i: DraftContext['lastInteractions'][number]) => ({
	date: formatDate(i.date),
	channel: i.channel,
	summary: i.summary,
	outcome: i.outcome
});

export function compactContext(c: DraftContext): DraftOutput['context'] {
	const k = c.contact;
	return {
		customerId: c.customer.customerId,
		customerName: c.customer.name,
		state: STATE_LABEL[c.customer.state],
		contact: k
			? {
					contactId: k.contactId,
					name: k.name,
					firstName: k.firstName,
					role: k.role,
					email: k.email,
					phone: k.phone,
					whatsapp: k.whatsapp,
					preferredChannel: k.preferredChannel
				}
			: null,
		purpose: c.purpose,
		purposeLabel: PURPOSE_LABEL[c.purpose],
		purposeWhy: c.purposeWhy,
		lastOrder: c.lastOrder
			? {
					date: formatDate(c.lastOrder.date),
					total: formatMoney(c.lastOrder.totalCents),
					products: c.lastOrder.products
				}
			: null,
		cycle: c.cycle
			? {
					days: c.cycle.days,
					expectedNext: formatDate(c.cycle.expectedNext),
					lateDays: c.cycle.lateDays
				}
			: null,
		opportunity: c.opportunity
			? {
					opportunityId: c.opportunity.opportunityId,
					title: c.opportunity.title,
					stage: STAGE_LABEL[c.opportunity.stage] ?? c.opportunity.stage,
					value: formatMoney(c.opportunity.valueCents),
					since: formatDate(c.opportunity.stageSince)
				}
			: null,
		lastInteractions: c.lastInteractions.map(interaction),
		promise: c.promise ? interaction(c.promise) : null,
		complaint: c.complaint ? interaction(c.complaint) : null
	};
}
