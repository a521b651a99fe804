/**
 * get_rep_queue: "o que eu faço agora?" — one rep's ranked list (SPEC "What to do next"):
 * follow-ups due today or overdue, then at-risk and declining customers by usual monthly
 * revenue × risk score (skipping those contacted in the last 3 business days), then stalled
 * deals by value; each row with its reason and a suggested channel. A rep always gets their
 * own queue.
 *
 * A manager's queue (SPEC is silent; decided here): with `repId`, that rep's queue; without it,
 * the whole team's queue — the same three groups and the same ordering over every customer of
 * the company, each row naming the rep who owns it — because a manager asking "o que eu faço
 * agora?" wants to know where the team must act first, and an error asking for an id is no
 * answer in a chat. `repId` in the output is then null.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { formatDate, plural } from '#lib/format.ts';
import { repNames } from '../../domain/portfolio/portfolio-health.ts';
import { queueRow } from '../../domain/portfolio/queue-rows.ts';
import { repQueue } from '../../domain/portfolio/rep-queue.ts';
import { RiskStateSchema } from '../customer-row.ts';
import { defineTool, READ_ONLY, type ToolOutput } from '../define-tool.ts';
import { AsOfInput, AsOfOutput } from '../filters.ts';
import type { ToolContext } from '../tool-context.ts';
import { ToolError } from '../tool-error.ts';

const CHANNELS = ['phone', 'email', 'whatsapp', 'visit', 'meeting'] as const;

const Input = z.object({
	...AsOfInput,
	repId: z
		.number()
		.int()
		.positive()
		.optional()
		.describe(
			'Vendedor (gestores; omita para a fila da equipe toda). Para um vendedor é sempre a própria fila'
		),
	limit: z
		.number()
		.int()
		.min(1)
		.max(50)
		.default(15)
		.describe('Máximo de itens (1–50, padrão 15), na ordem da fila')
});

const Item = z.object({
	position: z.number().int().describe('Posição na fila (1 = primeiro)'),
	group: z
		.number()
		.int()
		.describe(
			'1 follow-up vencido ou de hoje; 2 cliente em risco ou comprando menos; 3 negociação parada'
		),
	kind: z.enum(['follow_up', 'customer', 'opportunity']).describe('Tipo do item'),
	customerId: z.number().int().describe('Id do cliente'),
	customerName: z.string().describe('Cliente'),
	ownerRepId: z.number().int().nullable().describe('Vendedor dono do item'),
	ownerRepName: z.string().nullable().describe('Nome do vendedor dono do item'),
	reason: z.string().describe('Por que está na fila, em uma frase'),
	channel: z.enum(CHANNELS).describe('Canal sugerido'),
	channelWhy: z.string().describe('Por que este canal (consentimento de WhatsApp respeitado)'),
	contactId: z.number().int().nullable().describe('Contato sugerido'),
	contactName: z.string().nullable().describe('Nome do contato'),
	followUpId: z.number().int().optional().describe('Follow-up (grupo 1)'),
	dueDate: z.string().optional().describe('Vencimento do follow-up (AAAA-MM-DD)'),
	overdueDays: z
		.number()
		.optional()
		.describe('Dias de atraso (follow-up: dias corridos; cliente: sobre o ciclo)'),
	attempt: z.number().int().optional().describe('Tentativa do follow-up na sequência'),
	state: RiskStateSchema.optional().describe('Estado do cliente (grupo 2)'),
	declining: z.boolean().optional().describe('Comprando menos (grupo 2)'),
	usualMonthlyCents: z
		.number()
		.int()
		.nullable()
		.optional()
		.describe('Faturamento mensal habitual, centavos'),
	usualMonthly: z.string().nullable().optional().describe('O mesmo em R$ (estimativa)'),
	riskScore: z.number().nullable().optional().describe('Probabilidade de não comprar em 90 dias'),
	opportunityId: z
		.number()
		.int()
		.nullable()
		.optional()
		.describe('Negociação (grupo 3, ou a do follow-up)'),
	opportunityTitle: z.string().nullable().optional().describe('Título da negociação'),
	valueCents: z.number().int().optional().describe('Valor da negociação parada, centavos'),
	value: z.string().optional().describe('O mesmo em R$'),
	businessDaysIdle: z.number().int().optional().describe('Dias úteis sem atividade (grupo 3)')
});

const Output = z.object({
	...AsOfOutput,
	repId: z
		.number()
		.int()
		.nullable()
		.describe('De quem é a fila; null = fila da equipe toda (gestor sem repId)'),
	repName: z.string().describe('Nome do vendedor, ou "equipe toda"'),
	definition: z.string().describe('Como a fila é montada'),
	totals: z
		.object({
			followUps: z.number().int().describe('Follow-ups vencidos ou de hoje'),
			customers: z.number().int().describe('Clientes a contatar'),
			opportunities: z.number().int().describe('Negociações paradas'),
			all: z.number().int().describe('Total de itens da fila')
		})
		.describe('Itens por grupo, antes do limite'),
	skipped: z
		.object({
			recentlyContacted: z
				.number()
				.int()
				.describe('Clientes em risco contatados nos últimos dias úteis'),
			withDueFollowUp: z.number().int().describe('Clientes que já aparecem pelo follow-up')
		})
		.describe('Candidatos do grupo 2 deixados de fora, e por quê'),
	truncated: z.boolean().describe('true quando há mais itens do que o limite'),
	items: z.array(Item).describe('A fila, na ordem')
});

const TEAM = 'equipe toda';

/** Whose queue: a rep's own; a manager's named rep, or null for the whole team. */
async function resolveRep(
	ctx: ToolContext,
	repId: number | undefined
): Promise<{ id: number | null; name: string }> {
	if (ctx.user.role === 'rep') return { id: ctx.user.id, name: ctx.user.name };
	if (repId === undefined) return { id: null, name: TEAM };
	const [rep] = await ctx.db.rows<{ id: number; name: string }>(
		sql`select id, name from users where id = ${repId}`
	);
	if (!rep) throw new ToolError('not_found', `repId: não existe vendedor com id ${repId}.`);
	return rep;
}

export const getRepQueue = defineTool({
	name: 'get_rep_queue',
	title: 'O que fazer agora (fila do vendedor)',
	description:
		'A fila de trabalho de um vendedor, em ordem: 1) follow-ups vencidos ou de hoje; 2) clientes em risco ' +
		'ou comprando menos, pelo faturamento em jogo (pulando quem foi contatado nos últimos 3 dias úteis); ' +
		'3) negociações paradas, pelo valor. Cada item diz por quê e qual canal usar (WhatsApp só com ' +
		'consentimento). Use para "o que eu faço agora?", "quem eu ligo hoje?", "minhas prioridades", "por onde ' +
		'começo?". Gestores informam repId ("o que o Bruno tem pra fazer?") ou omitem para a fila da equipe ' +
		'toda (cada item diz de qual vendedor é).',
	inputSchema: Input,
	outputSchema: Output,
	annotations: READ_ONLY,
	writes: false,
	async run(input, ctx) {
		const rep = await resolveRep(ctx, input.repId);
		const queue = await repQueue(ctx.db, {
			asOf: ctx.asOf,
			scope: rep.id === null ? {} : { repId: rep.id },
			config: ctx.config,
			limit: input.limit
		});
		const owners = await repNames(
			ctx.db,
			queue.items.map((item) => item.figures.repId)
		);
		const items = queue.items.map((item) => queueRow(item, owners));
		const t = queue.totals;
		const first = items[0];
		return {
			structured: {
				asOf: queue.asOf,
				repId: rep.id,
				repName: rep.name,
				definition:
					'Fila: 1) follow-ups vencidos ou de hoje, o mais antigo primeiro; 2) clientes em risco ou comprando ' +
					'menos, por faturamento mensal habitual × risco de não comprar em 90 dias, sem os contatados nos ' +
					`últimos ${ctx.config.queue.skipContactedWithinBusinessDays} dias úteis; 3) negociações paradas, por valor.`,
				totals: t,
				skipped: queue.skipped,
				truncated: queue.truncated,
				items
			},
			summary:
				`${rep.id === null ? 'Fila da equipe toda' : `Fila de ${rep.name}`} em ${formatDate(queue.asOf)}: ${plural(t.followUps, 'follow-up vencido ou de hoje', 'follow-ups vencidos ou de hoje')}, ` +
				`${plural(t.customers, 'cliente para contatar', 'clientes para contatar')} e ` +
				`${plural(t.opportunities, 'negociação parada', 'negociações paradas')}` +
				(first ? `. Comece por ${first.customerName}: ${first.reason}` : '. Nada pendente agora.')
		};
	}
});

export type GetRepQueueOutput = ToolOutput<typeof getRepQueue>;
