/**
 * The output schema of list_interactions (what the chat card and MCP clients read), apart from
 * the tool so the tool file stays short.
 */
import { z } from 'zod';
import { CHANNELS, DIRECTIONS, INTERACTION_OUTCOMES } from '../../db/schema.ts';
import { AsOfOutput } from '../filters.ts';
import { PageOutput } from '../pagination.ts';

export const ListInteractionsRow = z.object({
	interactionId: z.number().int().describe('Id da interação'),
	occurredAt: z.string().describe('Quando (AAAA-MM-DDTHH:MM, horário de São Paulo)'),
	customerId: z.number().int().describe('Id do cliente'),
	customerName: z.string().describe('Cliente'),
	contactName: z.string().nullable().describe('Com quem falou'),
	repId: z.number().int().nullable().describe('Vendedor que fez o contato'),
	channel: z.enum(CHANNELS).describe('Canal'),
	direction: z.enum(DIRECTIONS).describe('inbound (recebida) ou outbound (feita)'),
	summary: z.string().describe('Resumo (até 160 caracteres)'),
	hasNotes: z.boolean().describe('Tem anotações (peça com includeNotes = true)'),
	notes: z
		.string()
		.nullable()
		.optional()
		.describe('Anotações (até 300 caracteres), só com includeNotes = true'),
	outcome: z.enum(INTERACTION_OUTCOMES).nullable().describe('Resultado, quando registrado'),
	opportunityId: z.number().int().nullable().describe('Negociação relacionada')
});

export const ListInteractionsOutput = z.object({
	...AsOfOutput,
	filters: z.record(z.string(), z.unknown()).describe('Os filtros aplicados'),
	period: z
		.object({
			from: z.string().describe('Primeiro dia (AAAA-MM-DD)'),
			to: z.string().describe('Último dia (AAAA-MM-DD)'),
			label: z.string().describe('O período em pt-BR')
		})
		.nullable()
		.describe('O período, quando pedido'),
	...PageOutput,
	interactions: z.array(ListInteractionsRow).describe('Interações, mais recente primeiro')
});
