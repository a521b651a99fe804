/**
 * list_follow_ups: the agenda — follow-ups overdue, due today, this week, next week, in a date
 * range or all, oldest first, grouped by how urgent they are. A rep sees the follow-ups of the
 * customers they own; a manager sees one rep's (repId) or everyone's.
 *
 * Decisions: the week is Monday–Sunday (the one containing `asOf`); the default window
 * ("agenda") is everything pending up to this Sunday, overdue included; overdue days are
 * calendar days, as people say them ("vencido há 3 dias"); visibility is by the customer's
 * owner, as in the rep queue.
 */
import { z } from 'zod';
import { formatDate, formatInteger, plural } from '#lib/format.ts';
import {
	CHANNELS,
	FOLLOW_UP_PURPOSES,
	FOLLOW_UP_STATUSES,
	INTERACTION_OUTCOMES
} from '../../db/schema.ts';
import { followUpAgenda, resolveWindow } from '../../domain/follow-ups/agenda.ts';
import { defineTool, READ_ONLY, type ToolOutput } from '../define-tool.ts';
import { AsOfInput, AsOfOutput, ScopeInput } from '../filters.ts';
import { PageInput, PageOutput, paginate } from '../pagination.ts';
import { scopeFor } from '../tool-context.ts';

const WINDOWS = {
	agenda: 'vencidos, de hoje e do resto desta semana',
	overdue: 'vencidos',
	today: 'de hoje',
	this_week: 'desta semana (segunda a domingo)',
	next_week: 'da próxima semana',
	range: 'do período pedido',
	all: 'de todas as datas'
} as const;
type Window = keyof typeof WINDOWS;

const BUCKETS = ['overdue', 'today', 'this_week', 'later', 'past'] as const;
type Bucket = (typeof BUCKETS)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use AAAA-MM-DD');

const Input = z.object({
	...AsOfInput,
	window: z
		.enum(Object.keys(WINDOWS) as [Window, ...Window[]])
		.default('agenda')
		.describe(
			'Quais datas: agenda (padrão: vencidos + hoje + resto da semana), overdue (vencidos), today (hoje), ' +
				'this_week, next_week, range (use from e to) ou all'
		),
	from: isoDate.optional().describe('Primeiro dia, AAAA-MM-DD (com window = range)'),
	to: isoDate.optional().describe('Último dia, AAAA-MM-DD (com window = range)'),
	status: z
		.enum([...FOLLOW_UP_STATUSES, 'any'])
		.default('pending')
		.describe('pending (padrão), done (feitos), cancelled ou any'),
	purpose: z
		.enum(FOLLOW_UP_PURPOSES)
		.optional()
		.describe('Só este objetivo: commercial, service, post_sale ou reactivation'),
	...ScopeInput,
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
	followUpId: z.number().int().describe('Id do follow-up (use em complete_follow_up)'),
	bucket: z
		.enum(BUCKETS)
		.describe(
			'overdue (vencido), today (hoje), this_week (esta semana), later (depois), past (passado, já resolvido)'
		),
	dueDate: z.string().describe('Data (AAAA-MM-DD)'),
	overdueDays: z.number().int().describe('Dias corridos de atraso (0 se não vencido)'),
	status: z.enum(FOLLOW_UP_STATUSES).describe('pending, done ou cancelled'),
	customerId: z.number().int().describe('Id do cliente'),
	customerName: z.string().describe('Cliente'),
	contactName: z.string().nullable().describe('Contato'),
	channel: z.enum(CHANNELS).describe('Canal agendado'),
	purpose: z.enum(FOLLOW_UP_PURPOSES).describe('Objetivo'),
	attempt: z.number().int().describe('Tentativa na sequência (máximo 5)'),
	note: z.string().nullable().describe('Observação (até 100 caracteres)'),
	opportunityId: z.number().int().nullable().describe('Negociação relacionada'),
	opportunityTitle: z.string().nullable().describe('Título da negociação'),
	repId: z.number().int().describe('Vendedor responsável'),
	repName: z.string().describe('Nome do vendedor responsável'),
	contactPhone: z.string().nullable().describe('Telefone do contato'),
	contactWhatsapp: z
		.string()
		.nullable()
		.describe('WhatsApp do contato, só quando ele autorizou (LGPD); null sem consentimento'),
	outcome: z.enum(INTERACTION_OUTCOMES).nullable().describe('Resultado, quando feito')
});
type Row = z.infer<typeof Row>;

const Output = z.object({
	...AsOfOutput,
	window: z
		.object({
			name: z.enum(Object.keys(WINDOWS) as [Window, ...Window[]]).describe('A janela pedida'),
			from: z.string().nullable().describe('Primeiro dia (null: sem limite)'),
			to: z.string().nullable().describe('Último dia (null: sem limite)'),
			label: z.string().describe('A janela em pt-BR')
		})
		.describe('As datas consideradas'),
	filters: z.record(z.string(), z.unknown()).describe('Os filtros aplicados'),
	counts: z
		.object({
			overdue: z.number().int().describe('Vencidos'),
			today: z.number().int().describe('Para hoje'),
			thisWeek: z.number().int().describe('Para o resto desta semana'),
			later: z.number().int().describe('Depois desta semana'),
			past: z.number().int().describe('Datas passadas já resolvidos (feitos/cancelados)')
		})
		.describe('Quantos por urgência, em todas as páginas'),
	...PageOutput,
	followUps: z.array(Row).describe('Follow-ups, data mais antiga primeiro')
});

export const listFollowUps = defineTool({
	name: 'list_follow_ups',
	title: 'Agenda de follow-ups',
	description:
		'A agenda de follow-ups (próximos passos): os vencidos, os de hoje, os desta semana, da próxima ou de ' +
		'um período, do mais antigo para o mais novo, com cliente, contato, canal e tentativa. Use para "minha ' +
		'agenda", "o que tenho pra hoje?", "follow-ups atrasados", "retornos da semana", "agenda do Bruno" ' +
		'(gestor, com repId). Para a lista priorizada do que fazer agora use get_rep_queue; para marcar um ' +
		'como feito, complete_follow_up.',
	inputSchema: Input,
	outputSchema: Output,
	annotations: READ_ONLY,
	writes: false,
	async run(input, ctx) {
		const scope = scopeFor(ctx, input);
		const window = resolveWindow(input, ctx.asOf);
		const all: Row[] = await followUpAgenda({
			db: ctx.db,
			asOf: ctx.asOf,
			scope,
			window,
			status: input.status,
			purpose: input.purpose
		});
		const count = (b: Bucket) => all.filter((r) => r.bucket === b).length;
		const counts = {
			overdue: count('overdue'),
			today: count('today'),
			thisWeek: count('this_week'),
			later: count('later'),
			past: count('past')
		};
		const page = paginate(all, input);
		const label = WINDOWS[input.window];
		const range =
			window.from || window.to
				? ` (${window.from ? formatDate(window.from) : '…'} a ${window.to ? formatDate(window.to) : '…'})`
				: '';
		return {
			structured: {
				asOf: ctx.asOf,
				window: { name: input.window, from: window.from, to: window.to, label: `${label}${range}` },
				filters: {
					...scope,
					status: input.status,
					...(input.purpose && { purpose: input.purpose })
				},
				counts,
				total: page.total,
				nextCursor: page.nextCursor,
				followUps: page.rows
			},
			summary:
				`${page.total} ${page.total === 1 ? 'follow-up' : 'follow-ups'} ${label}${range} em ${formatDate(ctx.asOf)}: ` +
				`${plural(counts.overdue, 'vencido', 'vencidos')}, ${formatInteger(counts.today)} para hoje, ` +
				`${formatInteger(counts.thisWeek)} no resto da semana, ${formatInteger(counts.later)} depois` +
				`; mostrando ${page.rows.length}.`
		};
	}
});

export type ListFollowUpsOutput = ToolOutput<typeof listFollowUps>;
