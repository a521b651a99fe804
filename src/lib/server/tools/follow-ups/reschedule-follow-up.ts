/**
 * reschedule_follow_up: moves a pending follow-up to another business day ("remarca o
 * follow-up do Bom Preço pra sexta"), keeping everything else — purpose, channel, attempt,
 * sequence. Refuses a weekend, a national holiday or a past date with the nearest valid date.
 * Preview first; writes only with the confirmation token (confirmation.ts).
 */
import { z } from 'zod';
import { formatDate } from '#lib/format.ts';
import { CHANNEL_LABEL, PURPOSE_LABEL } from '#lib/labels.ts';
import { moveFollowUp } from '../../domain/follow-ups/follow-up-rows.ts';
import { checkRescheduleDate } from '../../domain/follow-ups/next-attempt.ts';
import { confirmedWrite } from '../confirmation.ts';
import { defineTool } from '../define-tool.ts';
import { ToolError } from '../tool-error.ts';
import { ConfirmationInput, writeOutput } from '../write-tool.ts';
import { TargetInput, targetFollowUp } from './target-follow-up.ts';

const Input = z.object({
	...TargetInput,
	dueDate: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'use AAAA-MM-DD')
		.describe('Nova data (AAAA-MM-DD), dia útil, não antes de hoje'),
	note: z.string().trim().max(500).optional().describe('Por que mudou (opcional)'),
	...ConfirmationInput
});

const Action = z.object({
	followUpId: z.number().int().describe('Follow-up remarcado'),
	customerId: z.number().int().describe('Cliente'),
	customerName: z.string().describe('Nome do cliente'),
	purpose: z.string().describe('Objetivo (não muda)'),
	channel: z.string().describe('Canal (não muda)'),
	fromDate: z.string().describe('Data atual (AAAA-MM-DD)'),
	dueDate: z.string().describe('Nova data (AAAA-MM-DD)'),
	note: z.string().nullable().describe('Observação')
});
type Action = z.infer<typeof Action>;

const Output = writeOutput(
	Action,
	z.object({ followUpId: z.number().int().describe('Follow-up remarcado') })
);

const describe = (a: Action) =>
	`follow-up ${a.followUpId} de ${a.customerName} (${PURPOSE_LABEL[a.purpose]?.toLowerCase() ?? a.purpose}, ` +
	`${CHANNEL_LABEL[a.channel] ?? a.channel}) de ${formatDate(a.fromDate)} para ${formatDate(a.dueDate)}`;

export const rescheduleFollowUp = defineTool({
	name: 'reschedule_follow_up',
	title: 'Remarcar follow-up',
	description:
		'Muda a data de um follow-up pendente: "remarca o follow-up do Mercado Bom Preço pra sexta", "passa o ' +
		'retorno da Padaria para segunda". Mantém objetivo, canal e tentativa. Dia útil, sem feriados, não antes ' +
		'de hoje; uma data inválida é recusada com a mais próxima válida. Passe followUpId, ou customerId quando ' +
		'o cliente tem um só pendente. Primeiro devolve uma prévia e um confirmationToken; só grava quando ' +
		'chamado de novo com o token, depois que a pessoa confirmar.',
	inputSchema: Input,
	outputSchema: Output,
	annotations: {
		readOnlyHint: false,
		destructiveHint: false,
		idempotentHint: true,
		openWorldHint: false
	},
	writes: true,
	async run(input, ctx) {
		const f = await targetFollowUp(ctx, input);
		const check = checkRescheduleDate(input.dueDate, ctx.asOf, ctx.config);
		if (!check.ok)
			throw new ToolError(
				'invalid_input',
				`Não dá para remarcar para ${formatDate(input.dueDate)}: ${check.message}`
			);
		const action: Action = {
			followUpId: f.id,
			customerId: f.customerId,
			customerName: f.customerName,
			purpose: f.purpose,
			channel: f.channel,
			fromDate: f.dueDate,
			dueDate: check.date,
			note: input.note ?? null
		};
		const outcome = await confirmedWrite(ctx, {
			tool: 'reschedule_follow_up',
			action,
			token: input.confirmationToken,
			audit: { action: 'reschedule_follow_up', entity: 'follow_up' },
			write: async (tx) => {
				if (!(await moveFollowUp(tx, f.id, action.dueDate, action.note)))
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
				summary: `Prévia: remarcar o ${describe(action)}. Nada foi gravado; confirme para remarcar.`
			};
		return { structured: outcome, summary: `Remarcado: ${describe(action)}.` };
	}
});
