/**
 * list_interactions: the contact history of one customer, or of everything the caller may see,
 * newest first — filtered by channel, direction, outcome and period, paginated. Interactions
 * after `asOf` do not exist for the answer. Long texts are cut so a page stays compact.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { formatDate } from '#lib/format.ts';
import { CHANNEL_LABEL } from '#lib/labels.ts';
import { CHANNELS, DIRECTIONS, INTERACTION_OUTCOMES } from '../../db/schema.ts';
import { PeriodInput, resolvePeriod } from '../../domain/portfolio/period.ts';
import { endOfDaySql, startOfDaySql } from '../../domain/portfolio/sao-paulo-sql.ts';
import { scopeCondition } from '../../domain/portfolio/scope.ts';
import { accessibleCustomer } from '../customer-access.ts';
import { defineTool, READ_ONLY, type ToolOutput } from '../define-tool.ts';
import { AsOfInput, AsOfOutput, ScopeInput } from '../filters.ts';
import { PageInput, PageOutput, paginate } from '../pagination.ts';
import { scopeFor } from '../tool-context.ts';

const SUMMARY_MAX = 160;
const NOTES_MAX = 300;

const Input = z.object({
	...AsOfInput,
	customerId: z
		.number()
		.int()
		.positive()
		.optional()
		.describe(
			'Só deste cliente (ache o id com find_customers); omita para toda a carteira visível'
		),
	...ScopeInput,
	channel: z
		.enum(CHANNELS)
		.optional()
		.describe('Só este canal: phone, email, whatsapp, visit (visita) ou meeting (reunião)'),
	direction: z
		.enum(DIRECTIONS)
		.optional()
		.describe('Só inbound (o cliente procurou) ou outbound (nós procuramos)'),
	outcome: z
		.enum(INTERACTION_OUTCOMES)
		.optional()
		.describe('Só este resultado: answered, no_answer, order_placed, lost ou rescheduled'),
	includeNotes: z
		.boolean()
		.default(false)
		.describe(
			'true: traz também as anotações (até 300 caracteres cada); padrão false, só o resumo'
		),
	period: PeriodInput.optional().describe(
		'Período: "this_month", "last_month", um mês "AAAA-MM" ou {from, to} (AAAA-MM-DD); omita para todo o histórico'
	),
	...PageInput,
	limit: z
		.number()
		.int()
		.min(1)
		.max(100)
		.default(15)
		.describe('Máximo de linhas nesta página (1–100, padrão 15: cabe em ~2.000 tokens)')
});

const Row = z.object({
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

const Output = z.object({
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
	interactions: z.array(Row).describe('Interações, mais recente primeiro')
});

function clip(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export const listInteractions = defineTool({
	name: 'list_interactions',
	title: 'Histórico de contatos',
	description:
		'O histórico de contatos (ligações, e-mails, WhatsApp, visitas, reuniões) de um cliente ou da carteira, ' +
		'do mais recente para o mais antigo, com resumo, resultado e quem falou. Filtre por canal, direção, ' +
		'resultado e período. Use para "quando falamos com o cliente X pela última vez?", "o que foi conversado?", ' +
		'"histórico de contatos", "visitas deste mês", "ligações sem resposta da semana".',
	inputSchema: Input,
	outputSchema: Output,
	annotations: READ_ONLY,
	writes: false,
	async run(input, ctx) {
		const scope = scopeFor(ctx, input);
		let customerName: string | null = null;
		if (input.customerId !== undefined) {
			const customer = await accessibleCustomer(ctx, input.customerId);
			scope.customerIds = [customer.id];
			customerName = customer.name;
		}
		const period = input.period ? resolvePeriod(input.period, ctx.asOf) : null;
		const conditions = [
			scopeCondition(scope, 'c'),
			sql`i.occurred_at < ${endOfDaySql(period?.to ?? ctx.asOf)}`
		];
		if (period) conditions.push(sql`i.occurred_at >= ${startOfDaySql(period.from)}`);
		if (input.channel) conditions.push(sql`i.channel = ${input.channel}`);
		if (input.direction) conditions.push(sql`i.direction = ${input.direction}`);
		if (input.outcome) conditions.push(sql`i.outcome = ${input.outcome}`);
		const ids = await ctx.db.rows<{ id: number }>(sql`
			select i.id from interactions i join customers c on c.id = i.customer_id
			where ${sql.join(conditions, sql` and `)}
			order by i.occurred_at desc, i.id desc`);
		const page = paginate(ids, input);
		const rows = page.rows.length
			? await ctx.db.rows<
					Omit<z.infer<typeof Row>, 'hasNotes' | 'notes'> & { notes: string | null }
				>(sql`
				select i.id as "interactionId",
					to_char(i.occurred_at at time zone 'America/Sao_Paulo', 'YYYY-MM-DD"T"HH24:MI') as "occurredAt",
					c.id as "customerId", coalesce(c.trade_name, c.legal_name) as "customerName",
					k.name as "contactName", i.rep_id as "repId", i.channel, i.direction, i.summary,
					i.notes, i.outcome, i.opportunity_id as "opportunityId"
				from interactions i
				join customers c on c.id = i.customer_id
				left join contacts k on k.id = i.contact_id
				where i.id in (${sql.join(
					page.rows.map((r) => sql`${r.id}`),
					sql`, `
				)})
				order by i.occurred_at desc, i.id desc`)
			: [];
		const filters = {
			...scope,
			...(input.channel && { channel: input.channel }),
			...(input.direction && { direction: input.direction }),
			...(input.outcome && { outcome: input.outcome })
		};
		const what = customerName ? `com ${customerName}` : 'na carteira';
		const channel = input.channel ? ` por ${CHANNEL_LABEL[input.channel]}` : '';
		const latest = rows[0] && !input.cursor ? rows[0].occurredAt.slice(0, 10) : null;
		return {
			structured: {
				asOf: ctx.asOf,
				filters,
				period: period ? { from: period.from, to: period.to, label: period.label } : null,
				total: page.total,
				nextCursor: page.nextCursor,
				interactions: rows.map(({ notes, ...r }) => ({
					...r,
					summary: clip(r.summary, SUMMARY_MAX),
					hasNotes: !!notes,
					...(input.includeNotes && { notes: notes === null ? null : clip(notes, NOTES_MAX) })
				}))
			},
			summary:
				`${page.total} ${page.total === 1 ? 'interação' : 'interações'} ${what}${channel}` +
				`${period ? ` em ${period.label}` : ''} até ${formatDate(period?.to ?? ctx.asOf)}; mostrando ${rows.length}.` +
				(latest ? ` A mais recente em ${formatDate(latest)}.` : '')
		};
	}
});

export type ListInteractionsOutput = ToolOutput<typeof listInteractions>;
