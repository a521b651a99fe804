/**
 * The output schema of get_customer_profile (the contract the chat card, the offline model and
 * MCP clients read), apart from the tool so the tool file stays schema-of-input + run.
 */
import { z } from 'zod';
import { RiskStateSchema } from '../customer-row.ts';
import { AsOfOutput } from '../filters.ts';

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

export const CustomerProfileOutput = z.object({
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
