/**
 * log_interaction: records a contact with a customer (call, e-mail, WhatsApp, visit, meeting)
 * in its history — now by default, or at a given date-time that is not in the future — and,
 * when it moved a deal, the deal's `last_activity_at` (so it stops counting as stalled).
 * Preview first; writes only with the confirmation token (see confirmation.ts).
 *
 * Decisions: "now" is the real clock when `asOf` is today (or later); when the call is made
 * "as of" a past date (evals, replays) it is noon of that day in São Paulo, so what is logged
 * is visible to the other tools at that date. A default "now" is bound to the token as "at
 * confirmation" and fixed when the write happens, so the preview's token still matches.
 * Times without an offset are São Paulo local time; a date alone means noon.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { CHANNEL_LABEL } from '#lib/labels.ts';
import { CHANNELS, DIRECTIONS, INTERACTION_OUTCOMES, interactions } from '../../db/schema.ts';
import type { Orm } from '../../db/client.ts';
import { addDays, todayInSaoPaulo } from '../../domain/calendar/iso-date.ts';
import { embedAfterCommit, embedInTransaction } from '../../embeddings/app-embedder.ts';
import { confirmedWrite } from '../confirmation.ts';
import { accessibleCustomer, customerOpportunity } from '../customer-access.ts';
import { defineTool, type ToolOutput } from '../define-tool.ts';
import { embedderOf, nowOf, type ToolContext } from '../tool-context.ts';
import { ToolError } from '../tool-error.ts';
import { ConfirmationInput, writeOutput } from '../write-tool.ts';

const DATE_TIME =
	/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export const OccurredAtInput = z
	.string()
	.regex(DATE_TIME, 'use AAAA-MM-DDTHH:MM (horário de São Paulo) ou AAAA-MM-DD')
	.optional()
	.describe(
		'Quando aconteceu: AAAA-MM-DDTHH:MM no horário de São Paulo (ou com fuso, ex.: -03:00), ou só a data ' +
			'(meio-dia); omita para agora. Não pode estar no futuro.'
	);

export const OUTCOME_LABEL: Record<(typeof INTERACTION_OUTCOMES)[number], string> = {
	answered: 'atendeu',
	no_answer: 'sem resposta',
	order_placed: 'fez pedido',
	lost: 'venda perdida',
	rescheduled: 'remarcado'
};

const SP = 'America/Sao_Paulo';

/** The instant (ISO, UTC) of a date-time as the tools accept it. */
export async function toInstant(ctx: ToolContext, text: string, field = 'occurredAt') {
	const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
	const withOffset = !dateOnly && /(?:Z|[+-]\d{2}:?\d{2})$/.test(text.slice(10));
	const value = dateOnly
		? sql`((${text}::date + time '12:00') at time zone ${SP})`
		: withOffset
			? sql`${text}::timestamptz`
			: sql`(${text}::timestamp at time zone ${SP})`;
	try {
		const [row] = await ctx.db.rows<{ iso: string }>(
			sql`select to_char(${value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as iso`
		);
		return row.iso;
	} catch {
		throw new ToolError('invalid_input', `${field}: "${text}" não é uma data-hora válida.`);
	}
}

/** Whether "now" is the real clock (asOf is today or later) or a replayed past date. */
function live(ctx: ToolContext): boolean {
	return ctx.asOf >= todayInSaoPaulo(nowOf(ctx));
}

/**
 * The occurrence instant to bind to a write: the given one (checked: not in the future), or the
 * default — null ("at confirmation") on the live clock, noon of `asOf` otherwise.
 */
export async function resolveOccurredAt(
	ctx: ToolContext,
	given: string | undefined
): Promise<string | null> {
	if (!given) return live(ctx) ? null : toInstant(ctx, ctx.asOf);
	const instant = await toInstant(ctx, given);
	const limit = live(ctx)
		? new Date(nowOf(ctx).getTime() + 5 * 60_000).toISOString()
		: await toInstant(ctx, `${addDays(ctx.asOf, 1)}T00:00`);
	if (instant > limit)
		throw new ToolError(
			'invalid_input',
			`occurredAt: ${given} está no futuro; registre só o que já aconteceu (ou agende um follow-up).`
		);
	return instant;
}

/** The instant a bound occurrence is written with: the bound one, else the call's now. */
export const occurredInstant = (ctx: ToolContext, bound: string | null) =>
	bound ? new Date(bound) : nowOf(ctx);

/** "em dd/mm/aaaa hh:mm" (São Paulo wall time of an ISO instant), or "agora". */
export function describeInstant(iso: string | null): string {
	if (!iso) return 'agora (no momento da confirmação)';
	const parts = new Intl.DateTimeFormat('pt-BR', {
		timeZone: SP,
		day: '2-digit',
		month: '2-digit',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit'
	}).format(new Date(iso));
	return `em ${parts.replace(',', '')}`;
}

/** Moves a deal's last activity forward to `at` (never back). */
export async function touchOpportunity(tx: Orm, opportunityId: number, at: Date): Promise<void> {
	const instant = sql`${at.toISOString()}::timestamptz`;
	await tx.execute(sql`
		update opportunities set last_activity_at = greatest(coalesce(last_activity_at, ${instant}), ${instant})
		where id = ${opportunityId}`);
}

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
	...ConfirmationInput
});

const Action = z.object({
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
	warnings: z.array(z.string()).describe('Avisos para a pessoa ver antes de confirmar')
});
type Action = z.infer<typeof Action>;

const Output = writeOutput(
	Action,
	z.object({
		interactionId: z.number().int().describe('Id da interação gravada'),
		occurredAt: z.string().describe('Quando ficou registrada (ISO 8601)'),
		opportunityUpdated: z
			.boolean()
			.describe(
				'true quando havia negociação: a última atividade dela passou a contar este contato'
			)
	})
);

async function resolveAction(input: z.output<typeof Input>, ctx: ToolContext): Promise<Action> {
	const customer = await accessibleCustomer(ctx, input.customerId);
	let contact: { id: number; name: string; consent: boolean } | null = null;
	if (input.contactId) {
		[contact] = await ctx.db.rows<{ id: number; name: string; consent: boolean }>(sql`
			select id, name, whatsapp_consent as consent from contacts
			where id = ${input.contactId} and customer_id = ${customer.id}`);
		if (!contact)
			throw new ToolError(
				'not_found',
				`contactId: o contato ${input.contactId} não é deste cliente.`
			);
	}
	const opportunity = input.opportunityId
		? await customerOpportunity(ctx, customer.id, input.opportunityId)
		: null;
	const warnings: string[] = [];
	if (input.channel === 'whatsapp' && input.direction === 'outbound' && contact && !contact.consent)
		warnings.push(
			`${contact.name} não autorizou contato por WhatsApp (LGPD): prefira e-mail ou telefone nos próximos contatos.`
		);
	return {
		customerId: customer.id,
		customerName: customer.name,
		repId: ctx.user.id,
		contactId: contact?.id ?? null,
		contactName: contact?.name ?? null,
		opportunityId: opportunity?.id ?? null,
		opportunityTitle: opportunity?.title ?? null,
		channel: input.channel,
		direction: input.direction,
		occurredAt: await resolveOccurredAt(ctx, input.occurredAt),
		summary: input.summary,
		notes: input.notes ?? null,
		outcome: input.outcome ?? null,
		warnings
	};
}

function describe(a: Action): string {
	return (
		`${a.direction === 'inbound' ? 'Contato recebido' : 'Contato feito'} por ${CHANNEL_LABEL[a.channel]} ` +
		`com ${a.customerName}${a.contactName ? ` (${a.contactName})` : ''} ${describeInstant(a.occurredAt)}` +
		`${a.outcome ? `, resultado: ${OUTCOME_LABEL[a.outcome]}` : ''}: "${a.summary}"` +
		`${a.opportunityTitle ? `; atualiza a negociação "${a.opportunityTitle}"` : ''}`
	);
}

export const logInteraction = defineTool({
	name: 'log_interaction',
	title: 'Registrar contato',
	description:
		'Registra no histórico um contato com o cliente: ligação, e-mail, WhatsApp, visita ou reunião, feito ou ' +
		'recebido, com resumo, resultado e, se houver, o contato e a negociação (que deixa de contar como ' +
		'parada). Use para "liguei pro cliente X e ele pediu proposta", "registra a visita de hoje", "anota que ' +
		'o Jorge não atendeu". Para concluir um follow-up agendado use complete_follow_up. Primeiro devolve uma ' +
		'prévia e um confirmationToken; só grava quando chamado de novo com o token, depois que a pessoa confirmar.',
	inputSchema: Input,
	outputSchema: Output,
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
				const [row] = await tx
					.insert(interactions)
					.values({
						customerId: action.customerId,
						contactId: action.contactId,
						repId: action.repId,
						opportunityId: action.opportunityId,
						channel: action.channel,
						direction: action.direction,
						occurredAt: at,
						summary: action.summary,
						notes: action.notes,
						outcome: action.outcome,
						createdBy: ctx.door === 'chat' ? 'copilot' : 'person'
					})
					.returning({ id: interactions.id });
				await embedInTransaction(ctx.db, tx, embedder, { ...action, id: row.id });
				if (action.opportunityId) await touchOpportunity(tx, action.opportunityId, at);
				return {
					entityId: String(row.id),
					result: {
						interactionId: row.id,
						occurredAt: at.toISOString(),
						opportunityUpdated: action.opportunityId !== null
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
