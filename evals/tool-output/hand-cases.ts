/**
 * The hand-computed portfolios, one per group of SPEC definitions, with every expected figure
 * worked out on paper (the reasoning is in the comments). asOf = 2026-11-23 (H); ages are days
 * before H. Group A: states at the thresholds, cycles, value estimates, declining, stopped
 * buying. Group B: peer cycles. Group C: RFV scores and segments.
 */
import { every, type HandCustomer } from './hand-data.ts';

export const HAND_AS_OF = '2026-11-23';

export interface Expected {
	state?: 'new' | 'active' | 'at_risk' | 'inactive';
	cycleDays?: number;
	confidence?: 'high' | 'medium' | 'low' | 'peer';
	source?: 'own' | 'segment_peers' | 'portfolio_peers';
	recencyDays?: number;
	averageCents?: number;
	usualMonthlyCents?: number;
	revenueAtRiskCents?: number;
	lostCents?: number;
	missed?: number;
	declining?: boolean;
	revenuePercent?: number;
	rfv?: { r: number; f: number; v: number; segment: string };
}

export interface HandCase {
	customer: HandCustomer;
	/** What the case shows, in one line. */
	what: string;
	expect: Expected;
}

const c = (id: number, name: string, orders: [number, number][], segment: string | null = 'A') => ({
	id,
	name,
	segment,
	orders
});

/** Group A. Thresholds: active while r = recency/cycle ≤ 1.5, at risk while r ≤ 3 and recency ≤ 365. */
export const GROUP_A: HandCase[] = [
	{
		customer: c(101, 'Limite Ativo', every(10, 6, 15)),
		what: 'r = 15/10 = 1,5 → ativo (≤ 1,5)',
		expect: { state: 'active', cycleDays: 10, confidence: 'high', source: 'own', recencyDays: 15 }
	},
	{
		customer: c(102, 'Acima de Um e Meio', every(10, 6, 16)),
		what: 'r = 1,6 → em risco',
		expect: { state: 'at_risk', recencyDays: 16 }
	},
	{
		customer: c(103, 'Limite Tres Ciclos', every(10, 6, 30)),
		what: 'r = 3 → em risco (≤ 3)',
		expect: { state: 'at_risk' }
	},
	{
		customer: c(104, 'Acima de Tres', every(10, 6, 31)),
		what: 'r = 3,1 → inativo',
		expect: { state: 'inactive' }
	},
	{
		customer: c(105, 'Ano Inteiro', every(200, 4, 365)),
		what: 'recência 365, r = 1,825 → em risco',
		expect: { state: 'at_risk', cycleDays: 200, confidence: 'medium' }
	},
	{
		customer: c(106, 'Um Ano e Um Dia', every(200, 4, 366)),
		what: 'recência 366 > 365 → inativo (r só 1,83)',
		expect: { state: 'inactive' }
	},
	{
		customer: c(107, 'Novo Duas Compras', [
			[60, 1000_00],
			[30, 1000_00]
		]),
		what: '2 compras, a primeira há 60 dias → novo',
		expect: { state: 'new', cycleDays: 30, confidence: 'low' }
	},
	{
		customer: c(108, 'Novo No Limite', [
			[90, 1000_00],
			[50, 1000_00]
		]),
		what: 'primeira há exatamente 90 dias → novo (decisão do engine: ≤ 90)',
		expect: { state: 'new' }
	},
	{
		customer: c(109, 'Noventa e Um Dias', [
			[91, 1000_00],
			[51, 1000_00]
		]),
		what: 'primeira há 91 dias → não é novo; ciclo 40 (baixa), r = 1,275 → ativo',
		expect: { state: 'active', cycleDays: 40, confidence: 'low' }
	},
	{
		customer: c(110, 'Tres Compras Recentes', [
			[80, 1000_00],
			[60, 1000_00],
			[40, 1000_00]
		]),
		what: '3 compras em 90 dias → não é novo; ciclo 20, r = 2 → em risco',
		expect: { state: 'at_risk', cycleDays: 20, confidence: 'medium' }
	},
	// intervals 10, 40, 20, 30 (oldest first): sorted 10, 20, 30, 40 → (20 + 30) / 2
	{
		customer: c(111, 'Mediana Par', [
			[105, 1000_00],
			[95, 1000_00],
			[55, 1000_00],
			[35, 1000_00],
			[5, 1000_00]
		]),
		what: 'mediana de 4 intervalos = média dos dois do meio = 25',
		expect: { state: 'active', cycleDays: 25, confidence: 'medium' }
	},
	// 13 intervals: 7 × 100 then 6 × 10; the last 12 are 6 × 100 and 6 × 10 → 55 (all 13 would give 100)
	{
		customer: c(112, 'Ultimos Doze', [...every(10, 7, 10), ...every(100, 7, 170)]),
		what: 'só os últimos 12 intervalos: mediana 55 (com 13 seria 100)',
		expect: { cycleDays: 55, confidence: 'high' }
	},
	// 8 × R$ 1.000 every 30 days, last 100 days ago: missed = floor(100/30) = 3; usual = 1000 × 30,4375 / 30
	{
		customer: c(113, 'Perda Inativo', every(30, 8, 100)),
		what: 'perdido = 3 × R$ 1.000; habitual = R$ 1.014,58',
		expect: {
			state: 'inactive',
			averageCents: 1000_00,
			usualMonthlyCents: 101458,
			revenueAtRiskCents: 101458,
			missed: 3,
			lostCents: 3000_00
		}
	},
	// 14 orders every 30 days: the 2 oldest R$ 5.000, the last 12 R$ 1.200; last 75 days ago
	{
		customer: c(114, 'Media Doze', [...every(30, 12, 75, 1200_00), ...every(30, 2, 435, 5000_00)]),
		what: 'média das últimas 12 = R$ 1.200; perdido = 2 × 1.200',
		expect: {
			state: 'at_risk',
			averageCents: 1200_00,
			usualMonthlyCents: 121750,
			revenueAtRiskCents: 121750,
			missed: 2,
			lostCents: 2400_00
		}
	},
	// cycle 100, last 400 days ago: missed = floor(min(400, 365)/100) = 3; usual = 500 × 30,4375/100 = 152,1875
	{
		customer: c(116, 'Perda Teto Ano', every(100, 5, 400, 500_00)),
		what: 'recência acima de 365 conta 365: 3 compras perdidas',
		expect: { state: 'inactive', missed: 3, lostCents: 1500_00, usualMonthlyCents: 15219 }
	},
	// window max(90, 3 × 30) = 90 days, baseline the 365 before: (3 × 756/90) / (12 × 1095/365) = 25,2/36 = 0,70
	{
		customer: c(117, 'Queda Setenta', [...every(30, 3, 5, 756_00), ...every(30, 12, 95, 1095_00)]),
		what: 'faturamento por mês = 70% da base → reduzindo (≤ 70%)',
		expect: { declining: true, revenuePercent: 70, state: 'active' }
	},
	{
		customer: c(118, 'Queda Setenta e Um', [
			...every(30, 3, 5, 766_80),
			...every(30, 12, 95, 1095_00)
		]),
		what: '71% da base → não está reduzindo',
		expect: { declining: false, revenuePercent: 71 }
	},
	{
		customer: c(119, 'Base Curta', [[400, 1000_00], [370, 1000_00], ...every(30, 3, 5, 100_00)]),
		what: 'base com só 2 compras → não conta como redução',
		expect: { declining: false }
	}
];

/** Who stopped buying in A: active or new the day before the period, at risk or inactive at its end. */
export const GROUP_A_STOPPED: Record<string, number[]> = {
	// 102, 103, 104: active on 31/10 (recency 3, 7, 8), at risk / inactive now; 110: active on 31/10 (r = 0,85)
	'2026-11': [102, 103, 104, 110],
	// 114: active on 30/09 (recency 21, r = 0,7), at risk on 31/10 (recency 52, r = 1,73)
	'2026-10': [114]
};

const peers = (first: number, segment: string, cycles: number[]) =>
	cycles.map((cycle, i) => c(first + i, `Par ${segment} ${i + 1}`, every(cycle, 4, 5), segment));

/**
 * Group B: segment P has exactly 10 customers with ≥ 3 occasions (cycles 10, 12 … 28: median
 * 19); Q has 9 (30 … 46), too few, so its one-purchase customers take the portfolio median of
 * all 19 cycles = 28. A customer with 2 occasions is no peer (with it P's median would be 20).
 */
export const GROUP_B_PEERS = [
	...peers(201, 'P', [10, 12, 14, 16, 18, 20, 22, 24, 26, 28]),
	...peers(211, 'Q', [30, 32, 34, 36, 38, 40, 42, 44, 46])
];
export const GROUP_B: HandCase[] = [
	{
		customer: c(220, 'Uma Compra P', [[100, 1000_00]], 'P'),
		what: '1 compra, segmento com 10 pares → ciclo 19 do segmento',
		expect: { cycleDays: 19, confidence: 'peer', source: 'segment_peers', state: 'inactive' }
	},
	{
		customer: c(221, 'Uma Compra Q', [[100, 1000_00]], 'Q'),
		what: '1 compra, segmento com 9 pares → ciclo 28 da carteira',
		expect: { cycleDays: 28, confidence: 'peer', source: 'portfolio_peers', state: 'inactive' }
	},
	{
		customer: c(
			222,
			'Duas Compras P',
			[
				[200, 1000_00],
				[150, 1000_00]
			],
			'P'
		),
		what: '2 compras: ciclo próprio 50 (baixa), r = 3 → em risco; não entra nos pares',
		expect: { cycleDays: 50, confidence: 'low', source: 'own', state: 'at_risk' }
	},
	{
		customer: c(223, 'Compra Recente P', [[30, 1000_00]], 'P'),
		what: '1 compra há 30 dias → novo',
		expect: { state: 'new' }
	},
	{
		customer: c(224, 'Sem Segmento', [[100, 1000_00]], null),
		what: 'sem segmento → ciclo 28 da carteira',
		expect: { cycleDays: 28, source: 'portfolio_peers' }
	}
];

/**
 * Group C (RFV, n = 10 customers with purchases in 365 days; score = 1 + floor(5 (rank − 1) / 10),
 * ties share the lowest rank, R ranked by recency descending). [recency, occasions, R$ total]:
 * 301 [5, 1, 900]: R rank 10 → 5, F rank 1 (tie with 310) → 1, V rank 1 → 1: Novos.
 * 302 [10, 9, 8000]: R 9 → 5, F 9 (tie with 303) → 5, V 9 → 5: Campeões.
 * 303 [20, 9, 4000]: R 8 → 4, F 9 → 5, V 6 → 3: Campeões.
 * 304 [30, 2, 3000]: R 7 → 4, F 3 → 2, V 5 → 3: Promissores.
 * 305 [60, 3, 1500]: R 6 → 3, F 4 → 2, V 2 → 1: Outros.
 * 306 [90, 4, 5000]: R 5 → 3, F 5 → 3, V 7 → 4: Precisam de atenção.
 * 307 [150, 6, 2500]: R 4 → 2, F 7 → 4, V 4 → 2: Fiéis.
 * 308 [200, 7, 12000]: R 3 → 2, F 8 → 4, V 10 → 5: Não pode perder.
 * 309 [250, 5, 7000]: R 2 → 1, F 6 → 3, V 8 → 4: Em risco.
 * 310 [300, 1, 2000]: R 1 → 1, F 1 → 1, V 3 → 2: Hibernando.
 */
const rfv = (id: number, recency: number, occasions: number, reais: number) => {
	const cents = reais * 100;
	const each = Math.floor(cents / occasions);
	const orders = every(7, occasions, recency, each);
	orders[0][1] += cents - each * occasions;
	return c(id, `Rfv ${id}`, orders, 'C');
};
const seg = (
	id: number,
	recency: number,
	occasions: number,
	reais: number,
	r: number,
	f: number,
	v: number,
	segment: string
): HandCase => ({
	customer: rfv(id, recency, occasions, reais),
	what: `R${r} F${f} V${v} → ${segment}`,
	expect: { rfv: { r, f, v, segment } }
});
export const GROUP_C: HandCase[] = [
	seg(301, 5, 1, 900, 5, 1, 1, 'Novos'),
	seg(302, 10, 9, 8000, 5, 5, 5, 'Campeões'),
	seg(303, 20, 9, 4000, 4, 5, 3, 'Campeões'),
	seg(304, 30, 2, 3000, 4, 2, 3, 'Promissores'),
	seg(305, 60, 3, 1500, 3, 2, 1, 'Outros'),
	seg(306, 90, 4, 5000, 3, 3, 4, 'Precisam de atenção'),
	seg(307, 150, 6, 2500, 2, 4, 2, 'Fiéis'),
	seg(308, 200, 7, 12000, 2, 4, 5, 'Não pode perder'),
	seg(309, 250, 5, 7000, 1, 3, 4, 'Em risco'),
	seg(310, 300, 1, 2000, 1, 1, 2, 'Hibernando')
];
