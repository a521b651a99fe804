/**
 * The compact customer row every list tool returns: who, where it stands against its own
 * cycle, and the money behind it — integer cents plus the pt-BR text to quote, so a model
 * never has to format (or compute) a figure itself.
 */
import { z } from 'zod';
import { formatMoney } from '#lib/format.ts';
import type { CustomerAssessment } from '../domain/portfolio/assess-portfolio.ts';

export const RiskStateSchema = z
	.enum(['prospect', 'new', 'active', 'at_risk', 'inactive'])
	.describe(
		'Estado: prospect (nunca comprou), new (novo), active (ativo), at_risk (em risco), inactive (inativo)'
	);

export const CustomerRow = z.object({
	customerId: z.number().int().describe('Id do cliente no Giro'),
	erpCode: z.string().describe('Código do cliente no ERP'),
	name: z.string().describe('Nome fantasia (ou razão social)'),
	segment: z.string().nullable().describe('Segmento'),
	uf: z.string().nullable().describe('UF'),
	repId: z.number().int().nullable().describe('Id do vendedor dono da conta'),
	state: RiskStateSchema,
	reason: z.string().describe('Por que está neste estado, em uma ou duas frases'),
	cycleDays: z.number().nullable().describe('Ciclo de recompra em dias'),
	lastPurchase: z.string().nullable().describe('Data da última compra (AAAA-MM-DD)'),
	recencyDays: z.number().int().nullable().describe('Dias desde a última compra'),
	overdueDays: z.number().nullable().describe('Dias de atraso sobre a próxima compra esperada'),
	declining: z.boolean().describe('Comprando menos (volume ou faturamento em queda)'),
	usualMonthly: z.string().nullable().describe('Faturamento mensal habitual (estimativa), em R$'),
	usualMonthlyCents: z.number().int().nullable().describe('O mesmo, em centavos'),
	riskScore: z
		.number()
		.nullable()
		.describe('Probabilidade (0–1) de não comprar nos próximos 90 dias (BG/NBD)'),
	rfvSegment: z.string().nullable().describe('Segmento RFV (Campeões, Em risco, …)')
});
export type CustomerRow = z.infer<typeof CustomerRow>;

const round = (x: number | null, digits: number) =>
	x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits;

export function customerRow(a: CustomerAssessment): CustomerRow {
	return {
		customerId: a.customerId,
		erpCode: a.erpCode,
		name: a.name,
		segment: a.segment,
		uf: a.uf,
		repId: a.repId,
		state: a.state,
		reason: a.reasons.join(' '),
		cycleDays: round(a.cycle?.days ?? null, 1),
		lastPurchase: a.lastOccasion,
		recencyDays: a.recencyDays,
		overdueDays: round(a.overdueDays, 1),
		declining: a.decline.declining,
		usualMonthly: a.usualMonthlyCents === null ? null : formatMoney(a.usualMonthlyCents),
		usualMonthlyCents: a.usualMonthlyCents,
		riskScore: round(a.riskScore, 3),
		rfvSegment: a.rfv?.segment ?? null
	};
}
