/**
 * complete_follow_up: closes a pending follow-up with its outcome — records the contact as an
 * interaction with that outcome on the follow-up's customer, marks the follow-up done, moves
 * the linked deal's last activity — and says whether the sequence continues, suggesting the
 * next attempt's date by SPEC's cadence (`cadence.ts`). Preview first; writes only with the
 * confirmation token.
 *
 * Decisions: `order_placed` (pedido feito) and `lost` (sem interesse) end the sequence; every
 * other outcome continues it while it has attempts left (at most 5) — `next-attempt.ts`. The next attempt is suggested,
 * not scheduled: the caller schedules it with schedule_follow_up (continueSequenceOf).
 * A rep asking about a follow-up of another rep's customer gets the same answer as for one
 * that does not exist.
 */
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { formatDate } from '#lib/format.ts';
import { CHANNEL_LABEL, PURPOSE_LABEL } from '#lib/labels.ts';
import { CHANNELS, INTERACTION_OUTCOMES, followUps, interactions } from '../../db/schema.ts';
import { todayInSaoPaulo } from '../../domain/calendar/iso-date.ts';
import { nextAttemptAfter } from '../../domain/follow-ups/next-attempt.ts';
import { embedAfterCommit, embedInTransaction } from '../../embeddings/app-embedder.ts';
import { confirmedWrite } from '../confirmation.ts';
import {
	describeInstant,
	OUTCOME_LABEL,
	touchOpportunity
} from '../../domain/interactions/record-interaction.ts';
import { occurredInstant, OccurredAtInput, resolveOccurredAt } from '../customers/occurred-at.ts';
import { defineTool, type ToolOutput } from '../define-tool.ts';
import { embedderOf, type ToolContext } from '../tool-context.ts';
import { ToolError } from '../tool-error.ts';
import { ConfirmationInput, writeOutput } from '../write-tool.ts';

type Outcome = (typeof INTERACTION_OUTCOMES)[number];

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

const Next = z
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

const Action = z.object({
	followUpId: z.number().int().describe('Follow-up concluído'),
	customerId: z.number().int().describe('Cliente'),
	customerName: z.string().describe('Nome do cliente'),
	repId: z.number().int().describe('Quem registra o contato (o usuário)'),
	contactId: z.number().int().nullable().describe('Contato do follow-up'),
	contactName: z.string().nullable().describe('Nome do contato'),
	opportunityId: z.number().int().nullable().describe('Negociação do follow-up'),
	purpose: z.string().describe('Objetivo do follow-up'),
	channel: z.enum(CHANNELS).describe('Canal'),
	outcome: z.enum(INTERACTION_OUTCOMES).describe('Resultado'),
	summary: z.string().describe('Resumo da interação que será registrada'),
	notes: z.string().nullable().describe('Anotações'),
	occurredAt: z
		.string()
		.nullable()
		.describe('Quando (ISO 8601, UTC); null = no momento da confirmação'),
	attempt: z.number().int().describe('Tentativa deste follow-up'),
	attemptsInSequence: z.number().int().describe('Tentativas já agendadas na sequência'),
	sequenceId: z.number().int().describe('Sequência (id do primeiro follow-up dela)'),
	next: Next
});
type Action = z.infer<typeof Action>;

const Output = writeOutput(
	Action,
	z.object({
		followUpId: z.number().int().describe('Follow-up marcado como feito'),
		interactionId: z.number().int().describe('Interação registrada'),
		occurredAt: z.string().describe('Quando ficou registrada (ISO 8601)'),
		opportunityUpdated: z
			.boolean()
			.describe('true quando a negociação ligada teve a última atividade atualizada'),
		next: Next
	})
);

interface FollowUpRow {
	id: number;
	customerId: number;
	customerName: string;
	customerRepId: number | null;
	contactId: number | null;
	contactName: string | null;
	opportunityId: number | null;
	channel: (typeof CHANNELS)[number];
	purpose: string;
	status: string;
	outcome: Outcome | null;
	completedOn: string | null;
	attempt: number;
	sequenceId: number;
	attempts: number;
}

function nextStep(
	ctx: ToolContext,
	f: FollowUpRow,
	outcome: Outcome,
	contactDate: string
): z.infer<typeof Next> {
	return nextAttemptAfter({
		followUpId: f.id,
		outcome,
		attempts: f.attempts,
		contactDate,
		asOf: ctx.asOf,
		config: ctx.config
	});
}

async function resolveAction(input: z.output<typeof Input>, ctx: ToolContext): Promise<Action> {
	const [f] = await ctx.db.rows<FollowUpRow>(sql`
		select f.id, f.customer_id as "customerId", coalesce(c.trade_name, c.legal_name) as "customerName",
			c.rep_id as "customerRepId", f.contact_id as "contactId", k.name as "contactName",
			f.opportunity_id as "opportunityId", f.channel, f.purpose, f.status, f.outcome,
			(f.completed_at at time zone 'America/Sao_Paulo')::date::text as "completedOn",
			f.attempt, coalesce(f.sequence_id, f.id) as "sequenceId",
			(select count(*)::int from follow_ups g
				where coalesce(g.sequence_id, g.id) = coalesce(f.sequence_id, f.id)) as attempts
		from follow_ups f
		join customers c on c.id = f.customer_id
		left join contacts k on k.id = f.contact_id
		where f.id = ${input.followUpId}`);
	if (!f || (ctx.user.role === 'rep' && f.customerRepId !== ctx.user.id)) {
		if (ctx.user.role === 'rep')
			throw new ToolError(
				'not_in_portfolio',
				`O follow-up ${input.followUpId} não está na sua agenda. Use list_follow_ups para ver os seus.`
			);
		throw new ToolError(
			'not_found',
			`Não existe follow-up com id ${input.followUpId}. Use list_follow_ups para achar o id.`
		);
	}
	if (f.status !== 'pending')
		throw new ToolError(
			'conflict',
			f.status === 'done'
				? `O follow-up ${f.id} já foi concluído${f.completedOn ? ` em ${formatDate(f.completedOn)}` : ''}` +
						`${f.outcome ? ` (${OUTCOME_LABEL[f.outcome]})` : ''}: nada a fazer.`
				: `O follow-up ${f.id} foi cancelado: não dá para concluí-lo. Agende outro se precisar.`
		);
	const occurredAt = await resolveOccurredAt(ctx, input.occurredAt);
	const contactDate = occurredAt ? todayInSaoPaulo(new Date(occurredAt)) : ctx.asOf;
	const purpose = PURPOSE_LABEL[f.purpose] ?? f.purpose;
	return {
		followUpId: f.id,
		customerId: f.customerId,
		customerName: f.customerName,
		repId: ctx.user.id,
		contactId: f.contactId,
		contactName: f.contactName,
		opportunityId: f.opportunityId,
		purpose: f.purpose,
		channel: input.channel ?? f.channel,
		outcome: input.outcome,
		summary:
			input.summary ??
			`Follow-up ${purpose.toLowerCase()} (tentativa ${f.attempt}): ${OUTCOME_LABEL[input.outcome]}.`,
		notes: input.notes ?? null,
		occurredAt,
		attempt: f.attempt,
		attemptsInSequence: f.attempts,
		sequenceId: f.sequenceId,
		next: nextStep(ctx, f, input.outcome, contactDate)
	};
}

function describe(a: Action): string {
	return (
		`Concluir o follow-up ${a.followUpId} de ${a.customerName}${a.contactName ? ` (${a.contactName})` : ''} ` +
		`como "${OUTCOME_LABEL[a.outcome]}", registrando um contato por ${CHANNEL_LABEL[a.channel]} ` +
		describeInstant(a.occurredAt)
	);
}

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
	outputSchema: Output,
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
				const done = await tx
					.update(followUps)
					.set({ status: 'done', outcome: action.outcome, completedAt: at })
					.where(and(eq(followUps.id, action.followUpId), eq(followUps.status, 'pending')))
					.returning({ id: followUps.id });
				if (done.length === 0)
					throw new ToolError(
						'conflict',
						`O follow-up ${action.followUpId} já foi concluído ou cancelado por outra chamada: nada foi gravado.`
					);
				const [row] = await tx
					.insert(interactions)
					.values({
						customerId: action.customerId,
						contactId: action.contactId,
						repId: action.repId,
						opportunityId: action.opportunityId,
						channel: action.channel,
						direction: 'outbound',
						occurredAt: at,
						summary: action.summary,
						notes: action.notes,
						outcome: action.outcome,
						createdBy: ctx.door === 'chat' ? 'copilot' : 'person'
					})
					.returning({ id: interactions.id });
				await embedInTransaction(ctx.db, tx, embedder, { ...action, id: row.id });
				if (action.opportunityId)
					await touchOpportunity({ tx, opportunityId: action.opportunityId, at });
				return {
					entityId: String(action.followUpId),
					result: {
						followUpId: action.followUpId,
						interactionId: row.id,
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
