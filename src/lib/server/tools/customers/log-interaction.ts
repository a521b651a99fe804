/**
 * log_interaction: records a contact with a customer in its history — now, or at a past
 * date-time (`occurred-at.ts`) — and moves the deal it touched (`domain/interactions/`).
 * Preview first (`log-interaction-action.ts`); writes only with the confirmation token.
 */
import { z } from 'zod';
import { CHANNELS, DIRECTIONS, INTERACTION_OUTCOMES } from '../../db/schema.ts';
import { recordInteraction } from '../../domain/interactions/record-interaction.ts';
import { embedAfterCommit, embedInTransaction } from '../../embeddings/app-embedder.ts';
import { confirmedWrite } from '../confirmation.ts';
import { defineTool, type ToolOutput } from '../define-tool.ts';
import { completeAnsweredFollowUp, followUpIdInput } from '../follow-ups/answered-follow-up.ts';
import { embedderOf } from '../tool-context.ts';
import { ConfirmationInput } from '../write-tool.ts';
import { describe, resolveAction } from './log-interaction-action.ts';
import { LogInteractionOutput } from './log-interaction-output.ts';
import { OccurredAtInput, occurredInstant } from './occurred-at.ts';

const Input = z.object({
	customerId: z.number().int().positive().describe('Id do cliente (use find_customers pelo nome)'),
	channel: z
		.enum(CHANNELS)
		.describe('Canal: phone (ligação), email, whatsapp, visit (visita) ou meeting (reunião)'),
	direction: z
		.enum(DIRECTIONS)
		.default('outbound')
		.describe('outbound (nós procuramos, padrão) ou inbound (o cliente procurou)'),
	summary: z
		.string()
		.trim()
		.min(3, 'escreva um resumo de pelo menos 3 caracteres')
		.max(500)
		.describe('Resumo em uma ou duas frases: o que foi tratado'),
	notes: z.string().trim().max(4000).optional().describe('Anotações mais longas (opcional)'),
	outcome: z
		.enum(INTERACTION_OUTCOMES)
		.optional()
		.describe(
			'Resultado: answered (atendeu), no_answer, order_placed (fez pedido), lost, rescheduled'
		),
	contactId: z.number().int().positive().optional().describe('Com quem falou (id do contato)'),
	opportunityId: z
		.number()
		.int()
		.positive()
		.optional()
		.describe('Negociação que este contato movimentou (atualiza a última atividade dela)'),
	occurredAt: OccurredAtInput,
	followUpId: followUpIdInput,
	...ConfirmationInput
});

export type LogInteractionInput = z.output<typeof Input>;

export const logInteraction = defineTool({
	name: 'log_interaction',
	title: 'Registrar contato',
	description:
		'Registra no histórico um contato com o cliente: ligação, e-mail, WhatsApp, visita ou reunião, feito ou ' +
		'recebido, com resumo, resultado e, se houver, o contato e a negociação (que deixa de contar como ' +
		'parada). Use para "liguei pro cliente X e ele pediu proposta", "registra a visita de hoje", "anota que ' +
		'o Jorge não atendeu". Quando o contato responde a um follow-up pendente, passe followUpId: ele é ' +
		'concluído com o resultado e a próxima tentativa é sugerida. Primeiro devolve uma ' +
		'prévia e um confirmationToken; só grava quando chamado de novo com o token, depois que a pessoa confirmar.',
	inputSchema: Input,
	outputSchema: LogInteractionOutput,
	annotations: {
		readOnlyHint: false,
		destructiveHint: false,
		idempotentHint: false,
		openWorldHint: false
	},
	writes: true,
	async run(input, ctx) {
		const action = await resolveAction(input, ctx);
		const embedder = embedderOf(ctx);
		const outcome = await confirmedWrite(ctx, {
			tool: 'log_interaction',
			action,
			token: input.confirmationToken,
			audit: { action: 'log_interaction', entity: 'interaction' },
			write: async (tx) => {
				const at = occurredInstant(ctx, action.occurredAt);
				const interactionId = await recordInteraction({
					tx,
					interaction: action,
					occurredAt: at,
					createdBy: ctx.door === 'chat' ? 'copilot' : 'person'
				});
				await embedInTransaction(ctx.db, tx, embedder, { ...action, id: interactionId });
				await completeAnsweredFollowUp(tx, action.followUp, at);
				return {
					entityId: String(interactionId),
					result: {
						interactionId,
						occurredAt: at.toISOString(),
						opportunityUpdated: action.opportunityId !== null,
						followUp: action.followUp
					}
				};
			}
		});
		if (outcome.status === 'preview')
			return {
				structured: outcome,
				summary:
					`Prévia: ${describe(action)}.` +
					(action.warnings.length ? ` Atenção: ${action.warnings.join(' ')}` : '') +
					' Nada foi gravado; confirme para registrar.'
			};
		const result = outcome.result;
		await embedAfterCommit(ctx.db, embedder, [result.interactionId]);
		return {
			structured: outcome,
			summary: `Registrado: ${describe({ ...action, occurredAt: result.occurredAt })} (interação ${result.interactionId}).`
		};
	}
});

export type LogInteractionOutput = ToolOutput<typeof logInteraction>;
