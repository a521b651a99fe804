/**
 * The preview/result schemas of complete_follow_up (what the confirmation token binds and what
 * the chat card and MCP clients read), apart from the tool so the tool file stays short.
 */
import { z } from 'zod';
import { CHANNELS, INTERACTION_OUTCOMES } from '../../db/schema.ts';
import { writeOutput } from '../write-tool.ts';

export const CompleteFollowUpNext = z
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

export const CompleteFollowUpAction = z.object({
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
	next: CompleteFollowUpNext
});
export type CompleteFollowUpAction = z.infer<typeof CompleteFollowUpAction>;

export const CompleteFollowUpOutput = writeOutput(
	CompleteFollowUpAction,
	z.object({
		followUpId: z.number().int().describe('Follow-up marcado como feito'),
		interactionId: z.number().int().describe('Interação registrada'),
		occurredAt: z.string().describe('Quando ficou registrada (ISO 8601)'),
		opportunityUpdated: z
			.boolean()
			.describe('true quando a negociação ligada teve a última atividade atualizada'),
		next: CompleteFollowUpNext
	})
);
