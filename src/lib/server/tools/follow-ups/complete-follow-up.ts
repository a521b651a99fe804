/**
 * complete_follow_up: closes a pending follow-up with its outcome — records the contact, marks
 * it done, moves the deal — and suggests the sequence's next attempt (`next-attempt.ts`).
 * Checks and wording: `complete-follow-up-action.ts`. Writes only with the confirmation token.
 */
import { z } from 'zod';
import { CHANNELS, INTERACTION_OUTCOMES } from '../../db/schema.ts';
import { markFollowUpDone } from '../../domain/follow-ups/complete-follow-up.ts';
import { OUTCOME_LABEL, recordInteraction } from '../../domain/interactions/record-interaction.ts';
import { embedAfterCommit, embedInTransaction } from '../../embeddings/app-embedder.ts';
import { confirmedWrite } from '../confirmation.ts';
import { OccurredAtInput, occurredInstant } from '../customers/occurred-at.ts';
import { defineTool, type ToolOutput } from '../define-tool.ts';
import { embedderOf } from '../tool-context.ts';
import { ToolError } from '../tool-error.ts';
import { ConfirmationInput } from '../write-tool.ts';
import { describe, resolveAction } from './complete-follow-up-action.ts';
import { CompleteFollowUpOutput } from './complete-follow-up-output.ts';

const Input = z.object({
	followUpId: z
		.number()
		.int()
		.positive()
		.describe('Id do follow-up (de list_follow_ups ou get_rep_queue)'),
	outcome: z
		.enum(INTERACTION_OUTCOMES)
		.describe(
			'Como foi: no_answer (enviado sem resposta, não atendeu), answered (respondeu/conversou), ' +
				'order_promised (pedido prometido), order_placed (pedido feito) e lost (sem interesse) — estes dois ' +
				'encerram a sequência —, ou rescheduled (pediu para falar depois)'
		),
	summary: z
		.string()
		.trim()
		.min(3, 'escreva um resumo de pelo menos 3 caracteres')
		.max(500)
		.optional()
		.describe('Resumo do contato; omita para um resumo padrão com o objetivo e o resultado'),
	notes: z.string().trim().max(4000).optional().describe('Anotações mais longas (opcional)'),
	channel: z
		.enum(CHANNELS)
		.optional()
		.describe('Canal usado de fato; omita para o canal agendado no follow-up'),
	occurredAt: OccurredAtInput,
	...ConfirmationInput
});

export type CompleteFollowUpInput = z.output<typeof Input>;

export const completeFollowUp = defineTool({
	name: 'complete_follow_up',
	title: 'Concluir follow-up',
	description:
		'Marca um follow-up agendado como feito, com o resultado (answered: atendeu; no_answer: não atendeu; ' +
		'order_placed: fez pedido; lost: perdeu; rescheduled: pediu para falar depois), registra o contato no ' +
		'histórico do cliente e diz se a sequência de tentativas continua, sugerindo a data da próxima pela ' +
		'cadência. Use para "liguei e ele não atendeu", "feito, ele fechou o pedido", "conclui o follow-up do ' +
		'Bom Preço". Primeiro devolve uma prévia e um confirmationToken; só grava quando chamado de novo com o ' +
		'token, depois que a pessoa confirmar.',
	inputSchema: Input,
	outputSchema: CompleteFollowUpOutput,
	annotations: {
		readOnlyHint: false,
		destructiveHint: false,
		idempotentHint: true,
		openWorldHint: false
	},
	writes: true,
	async run(input, ctx) {
		const action = await resolveAction(input, ctx);
		const embedder = embedderOf(ctx);
		const outcome = await confirmedWrite(ctx, {
			tool: 'complete_follow_up',
			action,
			token: input.confirmationToken,
			audit: { action: 'complete_follow_up', entity: 'follow_up' },
			write: async (tx) => {
				const at = occurredInstant(ctx, action.occurredAt);
				if (!(await markFollowUpDone({ ...action, tx, at })))
					throw new ToolError(
						'conflict',
						`O follow-up ${action.followUpId} já foi concluído ou cancelado por outra chamada: nada foi gravado.`
					);
				const createdBy = ctx.door === 'chat' ? 'copilot' : 'person';
				const interaction = { ...action, direction: 'outbound' as const };
				const interactionId = await recordInteraction({
					tx,
					interaction,
					occurredAt: at,
					createdBy
				});
				await embedInTransaction(ctx.db, tx, embedder, { ...action, id: interactionId });
				return {
					entityId: String(action.followUpId),
					result: {
						followUpId: action.followUpId,
						interactionId,
						occurredAt: at.toISOString(),
						opportunityUpdated: action.opportunityId !== null,
						next: action.next
					}
				};
			}
		});
		if (outcome.status === 'preview')
			return {
				structured: outcome,
				summary: `Prévia: ${describe(action)}. ${action.next.why} Nada foi gravado; confirme para concluir.`
			};
		const result = outcome.result;
		await embedAfterCommit(ctx.db, embedder, [result.interactionId]);
		return {
			structured: outcome,
			summary:
				`Concluído: follow-up ${result.followUpId} de ${action.customerName} como "${OUTCOME_LABEL[action.outcome]}"` +
				` (interação ${result.interactionId} registrada). ${action.next.why}`
		};
	}
});

export type CompleteFollowUpOutput = ToolOutput<typeof completeFollowUp>;
