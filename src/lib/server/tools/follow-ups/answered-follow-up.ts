/**
 * The due follow-up a logged contact answers (issue #15, "done work leaves the list"):
 * log_interaction with `followUpId` completes that follow-up in the same transaction, with the
 * contact's outcome (default "enviado sem resposta"), and offers the next attempt on the
 * cadence's date — in the same sequence, so its purpose is kept. The pieces here are the
 * schema fragments and the resolve/write steps log_interaction adds to its own.
 */
import { z } from 'zod';
import { FOLLOW_UP_OUTCOME_LABEL, PURPOSE_LABEL } from '#lib/labels.ts';
import type { Orm } from '../../db/client.ts';
import { formatDate } from '#lib/format.ts';
import { markFollowUpDone, pendingFollowUpsOf } from '../../domain/follow-ups/follow-up-rows.ts';
import { nextAttemptAfter, type FollowUpOutcome } from '../../domain/follow-ups/next-attempt.ts';
import type { ToolContext } from '../tool-context.ts';
import { ToolError } from '../tool-error.ts';
import { pendingFollowUp } from './accessible-follow-up.ts';

export const NextAttemptOutput = z
	.object({
		sequenceContinues: z.boolean().describe('true: a sequência de tentativas continua'),
		nextAttempt: z.number().int().nullable().describe('Número da próxima tentativa, se continua'),
		maxAttempts: z.number().int().describe('Máximo de tentativas numa sequência (cadência)'),
		suggestedDate: z
			.string()
			.nullable()
			.describe('Data sugerida para a próxima tentativa pela cadência (AAAA-MM-DD)'),
		why: z.string().describe('O que acontece com a sequência e o próximo passo, em pt-BR')
	})
	.describe('A sequência depois deste resultado');

export const AnsweredFollowUp = z
	.object({
		followUpId: z.number().int().describe('Follow-up que este contato conclui'),
		purpose: z.string().describe('Objetivo do follow-up (mantido na próxima tentativa)'),
		dueDate: z.string().describe('Data em que ele estava agendado (AAAA-MM-DD)'),
		attempt: z.number().int().describe('Tentativa deste follow-up na sequência'),
		outcome: z.string().describe('Resultado com que ele é concluído'),
		next: NextAttemptOutput
	})
	.nullable()
	.describe('O follow-up concluído por este registro (null: nenhum)');
export type AnsweredFollowUp = z.infer<typeof AnsweredFollowUp>;

export const followUpIdInput = z
	.number()
	.int()
	.positive()
	.optional()
	.describe(
		'Id do follow-up pendente que este contato responde (de get_rep_queue ou list_follow_ups): ele é ' +
			'concluído com o resultado (padrão: no_answer, enviado sem resposta) e a próxima tentativa é sugerida'
	);

/** Resolves the follow-up a contact answers: pending, visible, of the same customer. */
export async function resolveAnsweredFollowUp(
	ctx: ToolContext,
	input: { followUpId?: number; customerId: number; outcome?: FollowUpOutcome | null },
	contactDate: string
): Promise<AnsweredFollowUp> {
	if (!input.followUpId) return null;
	const f = await pendingFollowUp(ctx, input.followUpId);
	if (f.customerId !== input.customerId)
		throw new ToolError(
			'invalid_input',
			`followUpId: o follow-up ${f.id} é de ${f.customerName}, não deste cliente.`
		);
	const outcome = input.outcome ?? 'no_answer';
	let next = nextAttemptAfter({
		followUpId: f.id,
		outcome,
		attempts: f.attempts,
		contactDate,
		asOf: ctx.asOf,
		config: ctx.config
	});
	// No duplicates: when another follow-up with this purpose is already pending, that one is
	// the next step (a second one would be refused by schedule_follow_up).
	const other = (await pendingFollowUpsOf(ctx.db, f.customerId, f.purpose)).find(
		(p) => p.id !== f.id
	);
	if (next.sequenceContinues && other)
		next = {
			...next,
			sequenceContinues: false,
			nextAttempt: null,
			suggestedDate: null,
			why:
				`O próximo passo já está agendado: follow-up ${other.id} de ` +
				`${(PURPOSE_LABEL[f.purpose] ?? f.purpose).toLowerCase()} para ${formatDate(other.dueDate)}. ` +
				'Remarque-o com reschedule_follow_up se quiser outra data.'
		};
	return {
		followUpId: f.id,
		purpose: f.purpose,
		dueDate: f.dueDate,
		attempt: f.attempt,
		outcome,
		next
	};
}

/** Completes the answered follow-up inside the contact's transaction. */
export async function completeAnsweredFollowUp(
	tx: Orm,
	answered: AnsweredFollowUp,
	at: Date
): Promise<void> {
	if (!answered) return;
	const done = await markFollowUpDone(
		tx,
		answered.followUpId,
		answered.outcome as FollowUpOutcome,
		at
	);
	if (!done)
		throw new ToolError(
			'conflict',
			`O follow-up ${answered.followUpId} já foi concluído ou cancelado por outra chamada: nada foi gravado.`
		);
}

/** "; conclui o follow-up de pós-venda (tentativa 1) como "enviado, sem resposta". <why>" */
export function describeAnswered(answered: AnsweredFollowUp): string {
	if (!answered) return '';
	return (
		`; conclui o follow-up ${answered.followUpId} (${(PURPOSE_LABEL[answered.purpose] ?? answered.purpose).toLowerCase()}, ` +
		`tentativa ${answered.attempt}) como "${FOLLOW_UP_OUTCOME_LABEL[answered.outcome].toLowerCase()}". ${answered.next.why}`
	);
}
