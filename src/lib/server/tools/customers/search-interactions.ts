/**
 * search_interactions: "what did customers say about X" — hybrid search over interaction
 * notes (Portuguese full-text + vector similarity, fused by reciprocal rank fusion; see
 * domain/interaction-search/search-interactions.ts), filtered by customer, rep, channel and
 * period, scoped like every tool (a rep only their own customers' notes).
 *
 * Decisions: `repId` is the customer's rep (the portfolio), as in every other tool; `to`
 * defaults to `asOf` and never goes past it. Each hit is compact (summary ≤ 120 characters,
 * a ≤ 160-character snippet around the match) because the output goes to a chat model.
 * Without pgvector the answer is full-text only and the summary says so.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { formatDate } from '#lib/format.ts';
import { CHANNEL_LABEL } from '#lib/labels.ts';
import { CHANNELS } from '../../db/schema.ts';
import { isIsoDate } from '../../domain/calendar/iso-date.ts';
import {
	searchInteractions as search,
	type SearchMethod
} from '../../domain/interaction-search/search-interactions.ts';
import { snippet } from '../../domain/interaction-search/snippet.ts';
import { accessibleCustomer } from '../customer-access.ts';
import { defineTool, READ_ONLY, type ToolOutput } from '../define-tool.ts';
import { AsOfInput, AsOfOutput } from '../filters.ts';
import { embedderOf, scopeFor } from '../tool-context.ts';
import { ToolError } from '../tool-error.ts';

const SUMMARY_MAX = 120;

const IsoDate = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'use AAAA-MM-DD, ex.: 2026-10-01')
	.refine((v) => isIsoDate(v), 'data inexistente');

const Input = z.object({
	...AsOfInput,
	query: z
		.string()
		.trim()
		.min(2, 'escreva pelo menos 2 caracteres')
		.max(200, 'use no máximo 200 caracteres')
		.describe(
			'O assunto, com as palavras de quem anotou: "atraso na entrega", "preço alto", "concorrente", "boleto"'
		),
	customerId: z
		.number()
		.int()
		.positive()
		.optional()
		.describe('Só deste cliente (ache o id com find_customers)'),
	repId: z
		.number()
		.int()
		.positive()
		.optional()
		.describe(
			'Só clientes deste vendedor (gestores; para um vendedor é sempre a própria carteira)'
		),
	channel: z
		.enum(CHANNELS)
		.optional()
		.describe('Só este canal: phone, email, whatsapp, visit (visita) ou meeting (reunião)'),
	from: IsoDate.optional().describe('Desde este dia (AAAA-MM-DD), inclusive'),
	to: IsoDate.optional().describe('Até este dia (AAAA-MM-DD), inclusive; padrão: a data de hoje'),
	limit: z
		.number()
		.int()
		.min(1)
		.max(25)
		.default(10)
		.describe('Quantos resultados, os mais relevantes primeiro (1–25, padrão 10)')
});

const Method = z.enum(['full_text', 'vector']);

const Hit = z.object({
	interactionId: z.number().int().describe('Id da interação'),
	date: z.string().describe('Dia do contato (AAAA-MM-DD, São Paulo)'),
	customerId: z.number().int().describe('Id do cliente'),
	customerName: z.string().describe('Cliente'),
	channel: z.enum(CHANNELS).describe('Canal'),
	summary: z.string().describe('Resumo (até 120 caracteres)'),
	snippet: z.string().describe('Trecho das anotações em torno do assunto (até 160 caracteres)'),
	foundBy: z
		.array(Method)
		.describe('Quem achou: full_text (palavras) e/ou vector (semelhança do texto)')
});

const Output = z.object({
	...AsOfOutput,
	mode: z
		.enum(['hybrid', 'full_text'])
		.describe('hybrid: texto completo + vetores; full_text: só texto completo (sem pgvector)'),
	query: z.string().describe('O que foi buscado'),
	filters: z.record(z.string(), z.unknown()).describe('Os filtros aplicados'),
	total: z.number().int().describe('Quantos resultados vieram (no máximo limit)'),
	hits: z.array(Hit).describe('Interações, a mais relevante primeiro')
});

interface HitRow {
	interactionId: number;
	date: string;
	customerId: number;
	customerName: string;
	channel: (typeof CHANNELS)[number];
	summary: string;
	notes: string | null;
}

function clip(text: string, max: number): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export const searchInteractionsTool = defineTool({
	name: 'search_interactions',
	title: 'O que os clientes disseram',
	description:
		'Busca nas anotações dos contatos o que os clientes disseram sobre um assunto: busca por palavras em ' +
		'português (com e sem acento) combinada com semelhança de texto, a mais relevante primeiro, com data, ' +
		'cliente, canal, resumo e um trecho. Filtre por cliente, vendedor, canal e período. Use para "o que os ' +
		'clientes falaram sobre atraso na entrega?", "quem reclamou de preço?", "o que o Mercado X disse sobre o ' +
		'prazo?" (ache o cliente com find_customers e passe customerId). Para o histórico em ordem de data use ' +
		'list_interactions.',
	inputSchema: Input,
	outputSchema: Output,
	annotations: READ_ONLY,
	writes: false,
	async run(input, ctx) {
		const to = input.to && input.to < ctx.asOf ? input.to : ctx.asOf;
		if (input.from && input.from > to)
			throw new ToolError(
				'invalid_input',
				`from: ${formatDate(input.from)} é depois de ${formatDate(to)}; o período não tem dias.`
			);
		const scope = scopeFor(ctx, { repId: input.repId });
		let customerName: string | null = null;
		if (input.customerId !== undefined) {
			const customer = await accessibleCustomer(ctx, input.customerId);
			scope.customerIds = [customer.id];
			customerName = customer.name;
		}
		const outcome = await search(ctx.db, {
			query: input.query,
			filters: { scope, channel: input.channel, from: input.from, to },
			limit: input.limit,
			embedder: embedderOf(ctx)
		});
		const ids = outcome.hits.map((h) => h.id);
		const rows = ids.length
			? await ctx.db.rows<HitRow>(sql`
				select i.id as "interactionId",
					to_char(i.occurred_at at time zone 'America/Sao_Paulo', 'YYYY-MM-DD') as date,
					c.id as "customerId", coalesce(c.trade_name, c.legal_name) as "customerName",
					i.channel, i.summary, i.notes
				from interactions i join customers c on c.id = i.customer_id
				where i.id in (${sql.join(
					ids.map((id) => sql`${id}`),
					sql`, `
				)})`)
			: [];
		const byId = new Map(rows.map((r) => [r.interactionId, r]));
		const hits = outcome.hits.map((h) => {
			const row = byId.get(h.id)!;
			return {
				interactionId: row.interactionId,
				date: row.date,
				customerId: row.customerId,
				customerName: row.customerName,
				channel: row.channel,
				summary: clip(row.summary, SUMMARY_MAX),
				snippet: snippet(row.notes ?? row.summary, input.query),
				foundBy: (Object.keys(h.ranks) as SearchMethod[]).sort()
			};
		});
		const mode: 'hybrid' | 'full_text' = outcome.mode === 'hybrid' ? 'hybrid' : 'full_text';
		const filters = {
			...scope,
			...(input.channel && { channel: input.channel }),
			...(input.from && { from: input.from }),
			to
		};
		const where = customerName ? ` com ${customerName}` : '';
		const channel = input.channel ? ` por ${CHANNEL_LABEL[input.channel]}` : '';
		const period = input.from
			? ` de ${formatDate(input.from)} a ${formatDate(to)}`
			: ` até ${formatDate(to)}`;
		const first = hits[0]
			? ` A mais relevante: ${hits[0].customerName} em ${formatDate(hits[0].date)} ("${hits[0].summary}").`
			: '';
		const fallback =
			mode === 'full_text'
				? ' Só a busca por palavras (texto completo) foi usada: este banco não tem pgvector, então a busca por semelhança está desligada.'
				: '';
		return {
			structured: { asOf: ctx.asOf, mode, query: input.query, filters, total: hits.length, hits },
			summary:
				`${hits.length} ${hits.length === 1 ? 'contato' : 'contatos'} sobre "${input.query}"` +
				`${where}${channel}${period}.${first}${fallback}`
		};
	}
});

export type SearchInteractionsOutput = ToolOutput<typeof searchInteractionsTool>;
