/**
 * schedule_follow_up: puts a next step on the agenda, following SPEC's cadence (business days,
 * 2–5 apart, at most 5 attempts, not before today) and WhatsApp consent. Without a date it
 * suggests one. Preview first; writes only with the confirmation token.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { formatDate } from '#lib/format.ts';
import { CHANNEL_LABEL } from '#lib/labels.ts';
import { followUps } from '../../db/schema.ts';
import { checkFollowUpDate, suggestFollowUpDate } from '../../domain/follow-ups/cadence.ts';
import { confirmedWrite } from '../confirmation.ts';
import { accessibleCustomer, customerOpportunity } from '../customer-access.ts';
import { defineTool, type ToolOutput } from '../define-tool.ts';
import { resolveContact } from './resolve-contact.ts';
import type { ToolContext } from '../tool-context.ts';
import { ToolError } from '../tool-error.ts';
import { ConfirmationInput, writeOutput } from '../write-tool.ts';

const PURPOSE_PHRASE: Record<string, string> = {
	commercial: 'Follow-up comercial',
	service: 'Follow-up de atendimento',
	post_sale: 'Follow-up de pós-venda',
	reactivation: 'Follow-up de reativação'
};

const CHANNELS = ['phone', 'email', 'whatsapp', 'visit', 'meeting'] as const;
const PURPOSES = ['commercial', 'service', 'post_sale', 'reactivation'] as const;

const Input = z.object({
	customerId: z.number().int().positive().describe('Id do cliente (use find_customers pelo nome)'),
	dueDate: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'use AAAA-MM-DD')
		.optional()
		.describe('Data do follow-up (AAAA-MM-DD); omita para a data sugerida pela cadência'),
	channel: z.enum(CHANNELS).optional().describe('Canal; omita para o preferido do contato'),
	purpose: z
		.enum(PURPOSES)
		.default('commercial')
		.describe('commercial, service (atendimento), post_sale (pós-venda) ou reactivation'),
	contactId: z.number().int().positive().optional().describe('Contato; omita para o principal'),
	opportunityId: z.number().int().positive().optional().describe('Negociação relacionada'),
	continueSequenceOf: z
		.number()
		.int()
		.positive()
		.optional()
		.describe('Id de um follow-up anterior: esta é a próxima tentativa da mesma sequência'),
	note: z.string().max(500).optional().describe('Observação curta'),
	...ConfirmationInput
});

const Action = z.object({
	customerId: z.number().int().describe('Id do cliente'),
	customerName: z.string().describe('Nome do cliente'),
	repId: z.number().int().describe('Vendedor responsável pelo follow-up'),
	dueDate: z.string().describe('Data do follow-up (AAAA-MM-DD), dia útil'),
	channel: z.enum(CHANNELS).describe('Canal do contato'),
	purpose: z.enum(PURPOSES).describe('Finalidade'),
	contactId: z.number().int().nullable().describe('Contato escolhido'),
	contactName: z.string().nullable().describe('Nome do contato'),
	opportunityId: z.number().int().nullable().describe('Negociação relacionada'),
	sequenceId: z.number().int().nullable().describe('Sequência que continua (null: nova)'),
	attempt: z.number().int().describe('Número da tentativa na sequência (1 a 5)'),
	note: z.string().nullable().describe('Observação'),
	suggestedDate: z.boolean().describe('true quando a data foi sugerida pela cadência')
});
type Action = z.infer<typeof Action>;

const Output = writeOutput(
	Action,
	z.object({ followUpId: z.number().int().describe('Id do follow-up criado') })
);

async function resolveAction(input: z.output<typeof Input>, ctx: ToolContext): Promise<Action> {
	const customer = await accessibleCustomer(ctx, input.customerId);
	const repId = customer.repId ?? ctx.user.id;
	let sequenceId: number | null = null;
	let previousAttempts = 0;
	// A still-pending attempt of the sequence counts as its last contact: the next one is
	// spaced from it (2 to 5 business days), not from an older conversation.
	let pendingAttempt: string | null = null;
	if (input.continueSequenceOf) {
		const [prev] = await ctx.db.rows<{
			seq: number;
			attempts: number;
			customerId: number;
			lastDue: string | null;
		}>(sql`
			select coalesce(f.sequence_id, f.id)::int as seq, f.customer_id as "customerId",
				(select count(*)::int from follow_ups g
					where coalesce(g.sequence_id, g.id) = coalesce(f.sequence_id, f.id)) as attempts,
				(select max(g.due_date)::text from follow_ups g
					where coalesce(g.sequence_id, g.id) = coalesce(f.sequence_id, f.id)
						and g.status = 'pending') as "lastDue"
			from follow_ups f where f.id = ${input.continueSequenceOf}`);
		if (!prev || prev.customerId !== customer.id)
			throw new ToolError(
				'not_found',
				`O follow-up ${input.continueSequenceOf} não é deste cliente.`
			);
		sequenceId = prev.seq;
		previousAttempts = prev.attempts;
		pendingAttempt = prev.lastDue;
	}
	const [last] = await ctx.db.rows<{ d: string | null }>(sql`
		select greatest(
			(select max((occurred_at at time zone 'America/Sao_Paulo')::date) from interactions
				where customer_id = ${customer.id} and (occurred_at at time zone 'America/Sao_Paulo')::date <= ${ctx.asOf}::date),
			(select max((completed_at at time zone 'America/Sao_Paulo')::date) from follow_ups
				where customer_id = ${customer.id} and status = 'done'
					and (completed_at at time zone 'America/Sao_Paulo')::date <= ${ctx.asOf}::date),
			${pendingAttempt}::date
		)::text as d`);
	const cadence = {
		today: ctx.asOf,
		lastContact: last?.d ?? null,
		previousAttempts,
		config: ctx.config
	};
	let dueDate = input.dueDate;
	if (dueDate) {
		const check = checkFollowUpDate(dueDate, cadence);
		if (!check.ok)
			throw new ToolError(
				'invalid_input',
				`Não dá para agendar em ${formatDate(dueDate)}: ${check.reason}` +
					(check.nearestValid
						? ` A data válida mais próxima é ${formatDate(check.nearestValid)} (${check.nearestValid}).`
						: '')
			);
	} else {
		const check = checkFollowUpDate(suggestFollowUpDate(cadence), cadence);
		if (!check.ok) throw new ToolError('invalid_input', check.message);
		dueDate = check.date;
	}
	const contact = await resolveContact(ctx, customer.id, input.contactId, input.channel);
	const opportunity = input.opportunityId
		? await customerOpportunity(ctx, customer.id, input.opportunityId)
		: null;
	return {
		customerId: customer.id,
		customerName: customer.name,
		repId,
		dueDate,
		channel: contact.channel,
		purpose: input.purpose,
		contactId: contact.id,
		contactName: contact.name,
		opportunityId: opportunity?.id ?? null,
		sequenceId,
		attempt: previousAttempts + 1,
		note: input.note ?? null,
		suggestedDate: !input.dueDate
	};
}

function describe(a: Action): string {
	return (
		`${PURPOSE_PHRASE[a.purpose]} com ${a.customerName}` +
		`${a.contactName ? ` (${a.contactName})` : ''} em ${formatDate(a.dueDate)}` +
		`${a.suggestedDate ? ' (data sugerida pela cadência)' : ''}, por ${CHANNEL_LABEL[a.channel]}` +
		`, tentativa ${a.attempt} de 5`
	);
}

export const scheduleFollowUp = defineTool({
	name: 'schedule_follow_up',
	title: 'Agendar follow-up',
	description:
		'Agenda um follow-up (próximo passo) com um cliente: "agenda um retorno pra quinta", "marca uma ligação ' +
		'pro Mercado Bom Preço". Respeita a cadência (dias úteis, sem feriados, 2 a 5 dias úteis entre ' +
		'contatos, no máximo 5 tentativas) e o consentimento de WhatsApp. Sem data, sugere uma. Primeiro ' +
		'devolve uma prévia e um confirmationToken; só grava quando chamado de novo com o token, depois que a pessoa confirmar.',
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
		const outcome = await confirmedWrite(ctx, {
			tool: 'schedule_follow_up',
			action,
			token: input.confirmationToken,
			audit: { action: 'schedule_follow_up', entity: 'follow_up' },
			write: async (tx) => {
				const [row] = await tx
					.insert(followUps)
					.values({
						customerId: action.customerId,
						repId: action.repId,
						dueDate: action.dueDate,
						channel: action.channel,
						purpose: action.purpose,
						contactId: action.contactId,
						opportunityId: action.opportunityId,
						sequenceId: action.sequenceId,
						attempt: action.attempt,
						note: action.note,
						createdBy: ctx.door === 'chat' ? 'copilot' : 'person',
						createdByUserId: ctx.user.id
					})
					.returning({ id: followUps.id });
				return { entityId: String(row.id), result: { followUpId: row.id } };
			}
		});
		if (outcome.status === 'preview')
			return {
				structured: outcome,
				summary: `Prévia: ${describe(action)}. Nada foi gravado; confirme para agendar.`
			};
		const result = outcome.result;
		return {
			structured: outcome,
			summary: `Agendado: ${describe(action)} (follow-up ${result.followUpId}).`
		};
	}
});

export type ScheduleFollowUpOutput = ToolOutput<typeof scheduleFollowUp>;
