/**
 * get_customer_profile: everything Giro knows about one customer at `asOf`, compact enough to
 * quote (well under ~2,000 tokens): the cycle and state with reasons, next expected purchase,
 * RFV, P(alive), expected purchases, risk score, decline, value estimates with formulas, top
 * products of the last 12 months, contacts with WhatsApp consent, open deals, pending
 * follow-ups, the last 5 interactions and the last 24 purchase occasions for a chart.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { formatDate, formatDecimal, formatMoney } from '#lib/format.ts';
import { addMonths } from '../../domain/calendar/iso-date.ts';
import { assessPortfolio } from '../../domain/portfolio/assess-portfolio.ts';
import { endOfDaySql } from '../../domain/portfolio/sao-paulo-sql.ts';
import { stalledOpportunities } from '../../domain/portfolio/stalled-opportunities.ts';
import { FORMULAS, STATE_LABEL } from '../../domain/portfolio/summarize-portfolio.ts';
import { accessibleCustomer } from '../customer-access.ts';
import { RiskStateSchema } from '../customer-row.ts';
import { defineTool, READ_ONLY } from '../define-tool.ts';
import { AsOfInput, AsOfOutput } from '../filters.ts';

const TOP_PRODUCTS = 5;
const LIST_LIMIT = 5;
const TIMELINE = 24;
const TEXT_MAX = 160;

const Input = z.object({
	...AsOfInput,
	customerId: z
		.number()
		.int()
		.positive()
		.describe('Id do cliente (use find_customers para achar pelo nome, CNPJ ou código)')
});

const Channel = z
	.enum(['phone', 'email', 'whatsapp', 'visit', 'meeting'])
	.describe('Canal: phone, email, whatsapp, visit (visita) ou meeting (reunião)');

const money = (what: string) =>
	z
		.object({
			cents: z.number().int().nullable().describe(`${what}, em centavos`),
			text: z.string().nullable().describe(`${what}, em R$`)
		})
		.describe(what);

const Output = z.object({
	...AsOfOutput,
	customer: z
		.object({
			customerId: z.number().int().describe('Id do cliente no Giro'),
			erpCode: z.string().describe('Código no ERP'),
			name: z.string().describe('Nome fantasia (ou razão social)'),
			legalName: z.string().describe('Razão social'),
			cnpj: z.string().nullable().describe('CNPJ formatado'),
			segment: z.string().nullable().describe('Segmento'),
			city: z.string().nullable().describe('Cidade'),
			uf: z.string().nullable().describe('UF'),
			repId: z.number().int().nullable().describe('Id do vendedor dono da conta'),
			repName: z.string().nullable().describe('Nome do vendedor')
		})
		.describe('Quem é o cliente'),
	state: RiskStateSchema,
	stateLabel: z.string().describe('Estado em pt-BR'),
	reasons: z.array(z.string()).describe('Por que está neste estado'),
	cycle: z
		.object({
			days: z.number().describe('Ciclo de recompra em dias (mediana dos últimos intervalos)'),
			confidence: z
				.enum(['high', 'medium', 'low', 'peer'])
				.describe('high (≥ 6 compras), medium (3–5), low (2), peer (1 compra: ciclo dos pares)'),
			source: z
				.enum(['own', 'segment_peers', 'portfolio_peers'])
				.describe('own (próprio), segment_peers (pares do segmento) ou portfolio_peers (carteira)'),
			madDays: z.number().nullable().describe('Dispersão (MAD) dos intervalos, dias')
		})
		.nullable()
		.describe('Ciclo de recompra; null sem compras'),
	purchases: z
		.object({
			occasions: z
				.number()
				.int()
				.describe('Ocasiões de compra até a data (pedidos do mesmo dia = 1)'),
			first: z.string().nullable().describe('Primeira compra (AAAA-MM-DD)'),
			last: z.string().nullable().describe('Última compra (AAAA-MM-DD)'),
			recencyDays: z.number().int().nullable().describe('Dias desde a última compra'),
			expectedNext: z.string().nullable().describe('Próxima compra esperada = última + ciclo'),
			overdueDays: z.number().nullable().describe('Dias de atraso (negativo: ainda no prazo)')
		})
		.describe('Ritmo de compras'),
	scores: z
		.object({
			rfv: z
				.object({
					r: z.number().int().describe('Recência 1–5 (5 = comprou mais recentemente)'),
					f: z.number().int().describe('Frequência 1–5 (compras em 365 dias)'),
					v: z.number().int().describe('Valor 1–5 (faturamento em 365 dias)'),
					segment: z.string().describe('Segmento RFV')
				})
				.nullable()
				.describe('RFV; null sem compra nos últimos 365 dias'),
			pAlive: z.number().nullable().describe('P(ativo) do modelo BG/NBD, 0–1'),
			expectedPurchases90: z
				.number()
				.nullable()
				.describe('Compras esperadas nos próximos 90 dias (BG/NBD)'),
			riskScore: z
				.number()
				.nullable()
				.describe('Probabilidade (0–1) de não comprar nos próximos 90 dias (BG/NBD)')
		})
		.describe('Pontuações; complementam o estado, não o substituem'),
	decline: z
		.object({
			declining: z
				.boolean()
				.describe('Comprando menos (faturamento ou volume ≤ 70% do ritmo anterior)'),
			revenuePercent: z
				.number()
				.nullable()
				.describe('Faturamento por mês recente ÷ ritmo dos 365 dias anteriores, em %'),
			volumePercent: z.number().nullable().describe('O mesmo para volume, em %'),
			windowDays: z.number().describe('Janela recente em dias: máx(90, 3 × ciclo)')
		})
		.describe('Queda de volume'),
	value: z
		.object({
			averageOccasion: money('Valor médio das últimas 12 compras'),
			usualMonthly: money('Faturamento mensal habitual (estimativa)'),
			revenueAtRisk: money('Faturamento em risco por mês (estimativa; só em risco/inativo)'),
			lostRevenue: money('Faturamento perdido estimado em 12 meses'),
			missedOccasions: z
				.number()
				.int()
				.describe('Compras previstas pelo ciclo que não aconteceram'),
			formulas: z
				.object({
					usualMonthly: z.string().describe('Fórmula do faturamento mensal habitual'),
					lostRevenue: z.string().describe('Fórmula do faturamento perdido')
				})
				.describe('As fórmulas das estimativas')
		})
		.describe('Estimativas de valor'),
	topProducts: z
		.array(
			z.object({
				sku: z.string().describe('SKU'),
				name: z.string().nullable().describe('Produto'),
				quantity: z.number().describe('Quantidade nos últimos 12 meses'),
				unit: z.string().nullable().describe('Unidade'),
				valueCents: z.number().int().nullable().describe('Valor nos últimos 12 meses, centavos'),
				value: z.string().nullable().describe('O mesmo em R$'),
				orders: z.number().int().describe('Em quantos pedidos apareceu'),
				lastOrdered: z.string().describe('Último pedido com o produto (AAAA-MM-DD)')
			})
		)
		.describe('Produtos mais comprados nos últimos 12 meses (por valor)'),
	contacts: z
		.array(
			z.object({
				contactId: z.number().int().describe('Id do contato'),
				name: z.string().describe('Nome'),
				role: z.string().nullable().describe('Cargo'),
				email: z.string().nullable().describe('E-mail'),
				phone: z.string().nullable().describe('Telefone'),
				whatsapp: z.string().nullable().describe('WhatsApp'),
				whatsappConsent: z
					.boolean()
					.describe('Autorizou WhatsApp (LGPD); sem isso, não use WhatsApp'),
				preferredChannel: Channel.nullable().describe('Canal preferido do contato'),
				isPrimary: z.boolean().describe('Contato principal')
			})
		)
		.describe('Contatos (principal primeiro)'),
	contactsTotal: z.number().int().describe('Quantos contatos existem'),
	openOpportunities: z
		.array(
			z.object({
				opportunityId: z.number().int().describe('Id da negociação'),
				title: z.string().describe('Título'),
				stage: z.string().describe('Etapa: qualification, proposal, negotiation ou evaluation'),
				valueCents: z.number().int().describe('Valor, centavos'),
				value: z.string().describe('Valor em R$'),
				expectedClose: z.string().nullable().describe('Fechamento previsto'),
				stalled: z.boolean().describe('Parada além do que a etapa permite'),
				stalledReason: z.string().nullable().describe('Por que está parada')
			})
		)
		.describe('Negociações abertas, maior valor primeiro'),
	openOpportunitiesTotal: z.number().int().describe('Quantas negociações abertas existem'),
	pendingFollowUps: z
		.array(
			z.object({
				followUpId: z.number().int().describe('Id do follow-up'),
				dueDate: z.string().describe('Data (AAAA-MM-DD)'),
				channel: Channel,
				purpose: z.string().describe('commercial, service, post_sale ou reactivation'),
				attempt: z.number().int().describe('Tentativa na sequência'),
				overdue: z.boolean().describe('Vencido')
			})
		)
		.describe('Follow-ups pendentes, mais antigos primeiro'),
	pendingFollowUpsTotal: z.number().int().describe('Quantos follow-ups pendentes existem'),
	recentInteractions: z
		.array(
			z.object({
				interactionId: z.number().int().describe('Id da interação'),
				occurredAt: z.string().describe('Quando (AAAA-MM-DDTHH:MM, horário de São Paulo)'),
				channel: Channel,
				direction: z
					.enum(['inbound', 'outbound'])
					.describe('inbound (recebida) ou outbound (feita)'),
				summary: z.string().describe('Resumo (cortado em 160 caracteres)'),
				outcome: z.string().nullable().describe('Resultado, quando registrado')
			})
		)
		.describe('As 5 últimas interações, mais recente primeiro'),
	timeline: z
		.array(
			z.object({
				date: z.string().describe('Data da compra (AAAA-MM-DD)'),
				valueCents: z.number().int().describe('Valor da ocasião (pedidos do dia somados), centavos')
			})
		)
		.describe('As últimas 24 ocasiões de compra, da mais antiga à mais recente (para gráficos)')
});

const CONFIDENCE = {
	high: 'confiança alta',
	medium: 'confiança média',
	low: 'confiança baixa, 2 compras',
	peer: 'estimado pelos pares'
} as const;

const clip = (text: string) => (text.length > TEXT_MAX ? `${text.slice(0, TEXT_MAX - 1)}…` : text);
const round = (x: number | null, digits = 1) =>
	x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits;
const moneyOf = (cents: number | null) => ({
	cents,
	text: cents === null ? null : formatMoney(cents)
});

export function formatCnpj(cnpj: string | null): string | null {
	if (!cnpj || !/^\d{14}$/.test(cnpj)) return cnpj;
	return `${cnpj.slice(0, 2)}.${cnpj.slice(2, 5)}.${cnpj.slice(5, 8)}/${cnpj.slice(8, 12)}-${cnpj.slice(12)}`;
}

export const getCustomerProfile = defineTool({
	name: 'get_customer_profile',
	title: 'Ficha do cliente',
	description:
		'A ficha completa de um cliente: ciclo de recompra, estado e motivo, próxima compra esperada, atraso, ' +
		'RFV, P(ativo), risco de não comprar em 90 dias, queda de volume, faturamento mensal habitual e perdido ' +
		'(com fórmulas), produtos mais comprados, contatos (com consentimento de WhatsApp), negociações abertas, ' +
		'follow-ups pendentes, últimas interações e histórico de compras. Use para "me fala do cliente X", ' +
		'"como está o Mercado Bom Preço?", "o que ele compra?", "quem é o contato?", antes de preparar uma ' +
		'mensagem. Precisa do customerId: ache com find_customers.',
	inputSchema: Input,
	outputSchema: Output,
	annotations: READ_ONLY,
	writes: false,
	async run(input, ctx) {
		const access = await accessibleCustomer(ctx, input.customerId);
		const id = access.id;
		const asOf = ctx.asOf;
		const end = endOfDaySql(asOf);
		const [[a], [info], products, contacts, opportunities, followUps, interactions, timeline] =
			await Promise.all([
				assessPortfolio(ctx.db, {
					asOf,
					scope: { customerIds: [id] },
					config: ctx.config,
					includeProspects: true
				}),
				ctx.db.rows<{
					cnpj: string | null;
					city: string | null;
					repName: string | null;
				}>(sql`
					select c.cnpj, c.city, u.name as "repName"
					from customers c left join users u on u.id = c.rep_id where c.id = ${id}`),
				ctx.db.rows<{
					sku: string;
					name: string | null;
					quantity: number;
					unit: string | null;
					valueCents: number | null;
					orders: number;
					lastOrdered: string;
				}>(sql`
					select i.sku, coalesce(max(p.name), max(i.product_name)) as name,
						sum(i.quantity)::float8 as quantity, max(p.unit) as unit,
						sum(i.value_cents)::float8 as "valueCents",
						count(distinct o.id)::int as orders, max(o.order_date)::text as "lastOrdered"
					from order_items i
					join orders o on o.id = i.order_id
					left join products p on p.id = i.product_id
					where o.customer_id = ${id} and o.status = 'invoiced'
						and o.order_date <= ${asOf}::date and o.order_date > ${addMonths(asOf, -12)}::date
					group by i.sku
					order by sum(i.value_cents) desc nulls last, sum(i.quantity) desc, i.sku
					limit ${TOP_PRODUCTS}`),
				ctx.db.rows<{
					contactId: number;
					name: string;
					role: string | null;
					email: string | null;
					phone: string | null;
					whatsapp: string | null;
					whatsappConsent: boolean;
					preferredChannel: 'phone' | 'email' | 'whatsapp' | 'visit' | 'meeting' | null;
					isPrimary: boolean;
					total: number;
				}>(sql`
					select id as "contactId", name, role, email, phone, whatsapp,
						whatsapp_consent as "whatsappConsent", preferred_channel as "preferredChannel",
						is_primary as "isPrimary", (count(*) over ())::int as total
					from contacts where customer_id = ${id}
					order by is_primary desc, id limit ${LIST_LIMIT}`),
				ctx.db.rows<{
					opportunityId: number;
					title: string;
					stage: string;
					valueCents: number;
					expectedClose: string | null;
					total: number;
				}>(sql`
					select id as "opportunityId", title, stage, value_cents::float8 as "valueCents",
						expected_close::text as "expectedClose", (count(*) over ())::int as total
					from opportunities
					where customer_id = ${id} and stage not in ('won', 'lost') and stage_changed_at < ${end}
					order by value_cents desc, id limit ${LIST_LIMIT}`),
				ctx.db.rows<{
					followUpId: number;
					dueDate: string;
					channel: 'phone' | 'email' | 'whatsapp' | 'visit' | 'meeting';
					purpose: string;
					attempt: number;
					total: number;
				}>(sql`
					select id as "followUpId", due_date::text as "dueDate", channel, purpose, attempt,
						(count(*) over ())::int as total
					from follow_ups where customer_id = ${id} and status = 'pending'
					order by due_date, id limit ${LIST_LIMIT}`),
				ctx.db.rows<{
					interactionId: number;
					occurredAt: string;
					channel: 'phone' | 'email' | 'whatsapp' | 'visit' | 'meeting';
					direction: 'inbound' | 'outbound';
					summary: string;
					outcome: string | null;
				}>(sql`
					select id as "interactionId",
						to_char(occurred_at at time zone 'America/Sao_Paulo', 'YYYY-MM-DD"T"HH24:MI') as "occurredAt",
						channel, direction, summary, outcome
					from interactions where customer_id = ${id} and occurred_at < ${end}
					order by occurred_at desc, id desc limit ${LIST_LIMIT}`),
				ctx.db.rows<{ date: string; valueCents: number }>(sql`
					select order_date::text as date, sum(total_cents)::float8 as "valueCents"
					from orders where customer_id = ${id} and status = 'invoiced' and order_date <= ${asOf}::date
					group by order_date order by order_date desc limit ${TIMELINE}`)
			]);
		const stalled = new Map(
			(
				await stalledOpportunities(ctx.db, {
					asOf,
					scope: { customerIds: [id] },
					config: ctx.config
				})
			).map((s) => [s.opportunityId, s.reason])
		);
		const pct = (ratio: number | null) => (ratio === null ? null : round(ratio * 100));
		const state = a.state;
		const structured = {
			asOf,
			customer: {
				customerId: id,
				erpCode: a.erpCode,
				name: a.name,
				legalName: a.legalName,
				cnpj: formatCnpj(info.cnpj),
				segment: a.segment,
				city: info.city,
				uf: a.uf,
				repId: a.repId,
				repName: info.repName
			},
			state,
			stateLabel: STATE_LABEL[state],
			reasons: a.reasons,
			cycle: a.cycle
				? {
						days: round(a.cycle.days)!,
						confidence: a.cycle.confidence,
						source: a.cycle.source,
						madDays: round(a.cycle.mad)
					}
				: null,
			purchases: {
				occasions: a.occasions,
				first: a.firstOccasion,
				last: a.lastOccasion,
				recencyDays: a.recencyDays,
				expectedNext: a.expectedNext,
				overdueDays: round(a.overdueDays)
			},
			scores: {
				rfv: a.rfv,
				pAlive: round(a.pAlive, 3),
				expectedPurchases90: round(a.expectedPurchases90, 2),
				riskScore: round(a.riskScore, 3)
			},
			decline: {
				declining: a.decline.declining,
				revenuePercent: pct(a.decline.revenueRatio),
				volumePercent: pct(a.decline.volumeRatio),
				windowDays: round(a.decline.windowDays)!
			},
			value: {
				averageOccasion: moneyOf(a.averageOccasionCents),
				usualMonthly: moneyOf(a.usualMonthlyCents),
				revenueAtRisk: moneyOf(a.revenueAtRiskCents),
				lostRevenue: moneyOf(a.lostRevenueCents),
				missedOccasions: a.missedOccasions,
				formulas: { usualMonthly: FORMULAS.usualMonthly, lostRevenue: FORMULAS.lostRevenue }
			},
			topProducts: products.map((p) => ({
				...p,
				valueCents: p.valueCents === null ? null : Math.round(p.valueCents),
				value: p.valueCents === null ? null : formatMoney(p.valueCents)
			})),
			contacts: contacts.map(({ total: _total, ...c }) => c),
			contactsTotal: contacts[0]?.total ?? 0,
			openOpportunities: opportunities.map(({ total: _total, ...o }) => ({
				...o,
				value: formatMoney(o.valueCents),
				stalled: stalled.has(o.opportunityId),
				stalledReason: stalled.get(o.opportunityId) ?? null
			})),
			openOpportunitiesTotal: opportunities[0]?.total ?? 0,
			pendingFollowUps: followUps.map(({ total: _total, ...f }) => ({
				...f,
				overdue: f.dueDate < asOf
			})),
			pendingFollowUpsTotal: followUps[0]?.total ?? 0,
			recentInteractions: interactions.map((i) => ({ ...i, summary: clip(i.summary) })),
			timeline: timeline.reverse()
		};
		const cycleText = a.cycle
			? `ciclo de ${formatDecimal(a.cycle.days)} dias (${CONFIDENCE[a.cycle.confidence]})`
			: 'sem ciclo de recompra';
		const usual = structured.value.usualMonthly.text;
		return {
			structured,
			summary:
				`${a.name}: ${STATE_LABEL[state]} em ${formatDate(asOf)}, ${cycleText}` +
				(a.lastOccasion ? `, última compra em ${formatDate(a.lastOccasion)}` : '') +
				(usual ? `, faturamento mensal habitual ${usual} (estimativa)` : '') +
				'. ' +
				a.reasons.join(' ')
		};
	}
});
