/**
 * cancel_follow_up: cancels a pending follow-up ("cancela o follow-up do Bom Preço"), with an
 * optional reason kept in its note. It leaves the queue, the Agenda and the calendar feed; the
 * row stays (status cancelled) for the history and the audit log. Preview first; writes only
 * with the confirmation token (confirmation.ts).
 */
import { z } from 'zod';
import { formatDate } from '#lib/format.ts';
import { PURPOSE_LABEL } from '#lib/labels.ts';
import { cancelPendingFollowUp } from '../../domain/follow-ups/follow-up-rows.ts';
import { confirmedWrite } from '../confirmation.ts';
import { defineTool } from '../define-tool.ts';
import { ToolError } from '../tool-error.ts';
import { ConfirmationInput, writeOutput } from '../write-tool.ts';
import { TargetInput, targetFollowUp } from './target-follow-up.ts';

const Input = z.object({
	...TargetInput,
	reason: z.string().trim().max(300).optional().describe('Por que foi cancelado (opcional)'),
	...ConfirmationInput
});

const Action = z.object({
	followUpId: z.number().int().describe('Follow-up cancelado'),
	customerId: z.number().int().describe('Cliente'),
	customerName: z.string().describe('Nome do cliente'),
	purpose: z.string().describe('Objetivo'),
	dueDate: z.string().describe('Data em que estava agendado (AAAA-MM-DD)'),
	reason: z.string().nullable().describe('Motivo')
});
type Action = z.infer<typeof Action>;

const Output = writeOutput(
	Action,
	z.object({ followUpId: z.number().int().describe('Follow-up cancelado') })
);

const describe = (a: Action) =>
	`follow-up ${a.followUpId} de ${a.customerName} (${PURPOSE_LABEL[a.purpose]?.toLowerCase() ?? a.purpose}, ` +
	`${formatDate(a.dueDate)})${a.reason ? `: ${a.reason}` : ''}`;

export const cancelFollowUp = defineTool({
	name: 'cancel_follow_up',
	title: 'Cancelar follow-up',
	description:
		'Cancela um follow-up pendente: "cancela o follow-up do Mercado Bom Preço", "tira o retorno da Padaria ' +
		'da agenda". Ele sai da fila, da Agenda e do calendário; fica no histórico como cancelado. Passe ' +
		'followUpId, ou customerId quando o cliente tem um só pendente. Para mudar a data use ' +
		'reschedule_follow_up. Primeiro devolve uma prévia e um confirmationToken; só grava quando chamado de ' +
		'novo com o token, depois que a pessoa confirmar.',
	inputSchema: Input,
	outputSchema: Output,
	annotations: {
		readOnlyHint: false,
		destructiveHint: true,
		idempotentHint: true,
		openWorldHint: false
	},
	writes: true,
	async run(input, ctx) {
		const f = await targetFollowUp(ctx, input);
		const action: Action = {
			followUpId: f.id,
			customerId: f.customerId,
			customerName: f.customerName,
			purpose: f.purpose,
			dueDate: f.dueDate,
			reason: input.reason ?? null
		};
		const outcome = await confirmedWrite(ctx, {
			tool: 'cancel_follow_up',
			action,
			token: input.confirmationToken,
			audit: { action: 'cancel_follow_up', entity: 'follow_up' },
			write: async (tx) => {
				if (!(await cancelPendingFollowUp(tx, f.id, action.reason)))
					throw new ToolError(
						'conflict',
						`O follow-up ${f.id} já foi concluído ou cancelado por outra chamada: nada foi gravado.`
					);
				return { entityId: String(f.id), result: { followUpId: f.id } };
			}
		});
		if (outcome.status === 'preview')
			return {
				structured: outcome,
				summary: `Prévia: cancelar o ${describe(action)}. Nada foi gravado; confirme para cancelar.`
			};
		return { structured: outcome, summary: `Cancelado: ${describe(action)}.` };
	}
});
