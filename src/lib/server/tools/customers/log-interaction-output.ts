/**
 * The preview/result schemas of log_interaction (what the confirmation token binds and what
 * the chat card and MCP clients read), apart from the tool so the tool file stays short.
 */
import { z } from 'zod';
import { CHANNELS, DIRECTIONS, INTERACTION_OUTCOMES } from '../../db/schema.ts';
import { AnsweredFollowUp } from '../follow-ups/answered-follow-up.ts';
import { writeOutput } from '../write-tool.ts';

export const LogInteractionAction = z.object({
	customerId: z.number().int().describe('Cliente'),
	customerName: z.string().describe('Nome do cliente'),
	repId: z.number().int().describe('Quem fez o contato (o usuário)'),
	contactId: z.number().int().nullable().describe('Contato'),
	contactName: z.string().nullable().describe('Nome do contato'),
	opportunityId: z.number().int().nullable().describe('Negociação'),
	opportunityTitle: z.string().nullable().describe('Título da negociação'),
	channel: z.enum(CHANNELS).describe('Canal'),
	direction: z.enum(DIRECTIONS).describe('Direção'),
	occurredAt: z
		.string()
		.nullable()
		.describe('Quando (ISO 8601, UTC); null = no momento da confirmação'),
	summary: z.string().describe('Resumo'),
	notes: z.string().nullable().describe('Anotações'),
	outcome: z.enum(INTERACTION_OUTCOMES).nullable().describe('Resultado'),
	followUp: AnsweredFollowUp,
	warnings: z.array(z.string()).describe('Avisos para a pessoa ver antes de confirmar')
});
export type LogInteractionAction = z.infer<typeof LogInteractionAction>;

export const LogInteractionOutput = writeOutput(
	LogInteractionAction,
	z.object({
		interactionId: z.number().int().describe('Id da interação gravada'),
		occurredAt: z.string().describe('Quando ficou registrada (ISO 8601)'),
		opportunityUpdated: z
			.boolean()
			.describe(
				'true quando havia negociação: a última atividade dela passou a contar este contato'
			),
		followUp: AnsweredFollowUp
	})
);
