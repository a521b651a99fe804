/**
 * A manager (Patrícia Mendes) as she types on a Monday morning: regions and UFs, segments,
 * reps by name (one that does not exist), relative periods, rankings and comparisons, sales.
 * Written from what she needs (SPEC), not from the offline model's rules.
 */
import { either } from '../../../scorers/arguments.ts';
import type { ConversationCase } from '../../case-types.ts';
import { c, lastDays, lastMonths, P, rep, T, UF } from './build.ts';

const atRisk = { list_customers: { states: ['at_risk'] } };
const inactive = { list_customers: { states: ['inactive'] } };

export const MANAGER_FILTERS: ConversationCase[] = [
	c('inactive-south', 'filters', 'manager', 'inativos da região Sul', {
		tools: [T.list],
		args: inactive,
		applied: { ufs: UF.sul },
		facts: [/sul/]
	}),
	c('lost-parana', 'filters', 'manager', 'quanto perdemos no Paraná?', {
		tools: [T.lost],
		applied: { ufs: ['PR'] },
		facts: [/r\$/, /parana|\bpr\b/]
	}),
	c(
		'lost-parana-bare',
		'filters',
		'manager',
		'qto perdemos no parana',
		{
			tools: [T.lost],
			applied: { ufs: ['PR'] },
			facts: [/r\$/]
		},
		'no accents'
	),
	c('roberto-portfolio', 'filters', 'manager', 'carteira do Roberto', {
		tools: ['*'],
		applied: {},
		notApplied: [/roberto/],
		refusal: ['not_found', 'ask']
	}),
	c('roberto-at-risk', 'filters', 'manager', 'quais clientes do roberto estão em risco?', {
		tools: ['*'],
		applied: {},
		notApplied: [/roberto/],
		refusal: ['not_found', 'ask']
	}),
	c('metalurgia-at-risk', 'filters', 'manager', 'clientes de metalurgia em risco', {
		tools: [T.list],
		args: atRisk,
		applied: { segment: 'Metalurgia' },
		facts: [/metalurgia/]
	}),
	c('agro-at-risk-sp', 'filters', 'manager', 'clientes de agro em risco em SP', {
		tools: [T.list],
		args: atRisk,
		applied: { segment: 'Agronegócio', ufs: ['SP'] }
	}),
	c(
		'metal-south-top5',
		'filters',
		'manager',
		'clientes de metalurgia em risco no Sul, os 5 maiores',
		{
			tools: [T.list],
			args: {
				list_customers: { states: ['at_risk'], limit: 5, sort: either('usual_monthly', 'risk') }
			},
			applied: { segment: 'Metalurgia', ufs: UF.sul }
		}
	),
	c(
		'inactive-nordeste',
		'filters',
		'manager',
		'inativos no nordeste',
		{
			tools: [T.list],
			args: inactive,
			applied: { ufs: UF.nordeste }
		},
		'no accents'
	),
	c(
		'at-risk-centro-oeste',
		'filters',
		'manager',
		'quem ta em risco no centro-oeste?',
		{
			tools: [T.list],
			args: atRisk,
			applied: { ufs: UF.centroOeste }
		},
		'slang'
	),
	c('norte-customers', 'filters', 'manager', 'como está a carteira no Norte?', {
		tools: [T.health],
		applied: { ufs: UF.norte },
		facts: [/norte/]
	}),
	c('health-rs', 'filters', 'manager', 'saúde da carteira no Rio Grande do Sul', {
		tools: [T.health],
		applied: { ufs: ['RS'] }
	}),
	c('at-risk-bahia', 'filters', 'manager', 'clientes em risco na Bahia', {
		tools: [T.list],
		args: atRisk,
		applied: { ufs: ['BA'] }
	}),
	c('at-risk-rio', 'filters', 'manager', 'clientes em risco no Rio', {
		tools: [T.list],
		args: atRisk,
		applied: { ufs: ['RJ'] }
	}),
	c('inactive-mg-varejo', 'filters', 'manager', 'inativos de varejo em minas', {
		tools: [T.list],
		args: inactive,
		applied: { segment: 'Varejo', ufs: ['MG'] }
	}),
	c('diego-at-risk', 'filters', 'manager', 'clientes do Diego em risco', (e) => ({
		tools: [T.list],
		args: atRisk,
		applied: { reps: [rep(e, 'Diego')] },
		facts: [/diego/]
	})),
	c(
		'fernanda-inactive',
		'filters',
		'manager',
		'inativos da fernanda',
		(e) => ({
			tools: [T.list],
			args: inactive,
			applied: { reps: [rep(e, 'Fernanda')] }
		}),
		'no accents'
	),
	c('gustavo-health', 'filters', 'manager', 'como tá a carteira do Gustavo?', (e) => ({
		tools: [T.health],
		applied: { reps: [rep(e, 'Gustavo')] },
		facts: [/gustavo/]
	})),
	c(
		'juliana-typo',
		'filters',
		'manager',
		'carteira da juliena',
		(e) => ({
			tools: [T.health],
			applied: { reps: [rep(e, 'Juliana')] },
			facts: [/juliana/]
		}),
		'typo'
	),
	c('rafael-lost', 'filters', 'manager', 'quanto o Rafael perdeu de faturamento?', (e) => ({
		tools: [T.lost],
		applied: { reps: [rep(e, 'Rafael')] },
		facts: [/r\$/]
	})),
	c(
		'camila-declining',
		'filters',
		'manager',
		'quem está comprando menos na carteira da Camila?',
		(e) => ({
			tools: [T.list],
			args: { list_customers: { declining: true } },
			applied: { reps: [rep(e, 'Camila')] }
		})
	),
	c(
		'bruno-stopped',
		'filters',
		'manager',
		'quem parou de comprar este mês na carteira do Bruno',
		(e) => ({
			tools: [T.stopped],
			applied: { reps: [rep(e, 'Bruno')], period: P.thisMonth }
		})
	),
	c('alimentos-declining', 'filters', 'manager', 'clientes de alimentos comprando menos', {
		tools: [T.list],
		args: { list_customers: { declining: true } },
		applied: { segment: 'Alimentos' }
	}),
	c('construcao-lost', 'filters', 'manager', 'faturamento perdido em construção civil', {
		tools: [T.lost],
		applied: { segment: 'Construção civil' }
	}),
	c(
		'industria-inactive-sc',
		'filters',
		'manager',
		'inativos de industria em SC',
		{
			tools: [T.list],
			args: inactive,
			applied: { segment: 'Indústria', ufs: ['SC'] }
		},
		'no accents'
	),
	c(
		'new-customers-slang',
		'filters',
		'manager',
		'qto cliente novo a gnt tem',
		{
			tools: [`${T.list}|${T.health}`],
			applied: {},
			facts: [/nov/]
		},
		'abbreviations'
	),
	c(
		'top10-buyers',
		'ranking',
		'manager',
		'os 10 q mais compram',
		{
			tools: [T.list],
			args: { list_customers: { limit: 10, sort: 'usual_monthly' } },
			applied: {}
		},
		'abbreviations'
	),
	c('stalled-pr', 'filters', 'manager', 'negociações paradas no Paraná', {
		tools: [T.stalled],
		applied: { ufs: ['PR'] }
	}),
	c(
		'stalled-diego',
		'filters',
		'manager',
		'deals travados do diego',
		(e) => ({
			tools: [T.stalled],
			applied: { reps: [rep(e, 'Diego')] }
		}),
		'slang'
	),
	c(
		'channel-unsupported',
		'unsupported',
		'manager',
		'clientes em risco que compram pelo e-commerce',
		{
			tools: [T.list],
			args: atRisk,
			applied: {},
			notApplied: [/canal|e-commerce|ecommerce/]
		}
	),
	c('product-unsupported', 'unsupported', 'manager', 'quem parou de comprar cimento este mês?', {
		tools: [T.stopped],
		applied: { period: P.thisMonth },
		notApplied: [/produto|cimento/]
	}),
	c('city-campinas', 'filters', 'manager', 'clientes em risco em Campinas', {
		tools: [T.list],
		args: atRisk,
		notApplied: [/cidade|campinas/]
	})
];

export const MANAGER_PERIODS: ConversationCase[] = [
	c('stopped-15-days', 'period', 'manager', 'quem parou de comprar nos últimos 15 dias?', {
		tools: [T.stopped],
		applied: { period: lastDays(15) }
	}),
	c('stopped-semester', 'period', 'manager', 'quem parou de comprar no semestre', {
		tools: [T.stopped],
		applied: { period: P.semester }
	}),
	c('stopped-last-month', 'period', 'manager', 'clientes que pararam mês passado', {
		tools: [T.stopped],
		applied: { period: P.lastMonth },
		facts: [/outubro/]
	}),
	c('stopped-since-march', 'period', 'manager', 'quem parou de comprar desde março', {
		tools: [T.stopped],
		applied: { period: P.sinceMarch }
	}),
	c('stopped-range', 'period', 'manager', 'quem parou de comprar de 01/03 a 15/04', {
		tools: [T.stopped],
		applied: { period: P.marchToMidApril }
	}),
	c(
		'stopped-quarter',
		'period',
		'manager',
		'quem sumiu neste trimestre?',
		{
			tools: [T.stopped],
			applied: { period: P.thisQuarter }
		},
		'slang'
	),
	c('stopped-last-quarter', 'period', 'manager', 'quem parou no último trimestre', {
		tools: [T.stopped],
		applied: { period: P.lastQuarter }
	}),
	c('stopped-year', 'period', 'manager', 'quantos clientes pararam de comprar este ano?', {
		tools: [T.stopped],
		applied: { period: P.thisYear }
	}),
	c(
		'stopped-30-days-sul',
		'period',
		'manager',
		'quem parou nos ultimos 30 dias no sul',
		{
			tools: [T.stopped],
			applied: { period: lastDays(30), ufs: UF.sul }
		},
		'no accents'
	),
	c('stopped-september-agro', 'period', 'manager', 'clientes de agro que pararam em setembro', {
		tools: [T.stopped],
		applied: { period: P.september, segment: 'Agronegócio' }
	}),
	c('stopped-3-months', 'period', 'manager', 'quem parou de comprar nos últimos 3 meses', {
		tools: [T.stopped],
		applied: { period: lastMonths(3) }
	}),
	c('stopped-last-week', 'period', 'manager', 'alguém parou de comprar semana passada?', {
		tools: [T.stopped],
		applied: { period: P.lastWeek }
	}),
	c('health-june', 'period', 'manager', 'como estava a carteira em 30/06?', {
		tools: [T.health],
		args: { get_portfolio_health: { asOf: '2026-06-30' } }
	}),
	c('at-risk-as-of', 'period', 'manager', 'quantos clientes estavam em risco no fim de setembro?', {
		tools: [`${T.list}|${T.health}`],
		facts: [/setembro|30\/09/]
	})
];

export const MANAGER_RANKINGS: ConversationCase[] = [
	c('segment-most-at-risk', 'ranking', 'manager', 'qual segmento tem mais faturamento em risco?', {
		tools: [T.rank],
		args: { rank_portfolio: { by: 'segment', metric: 'revenue_at_risk' } },
		applied: {},
		facts: [/segmento/]
	}),
	c('rep-most-inactive', 'ranking', 'manager', 'qual vendedor tem mais clientes inativos?', {
		tools: [T.rank],
		args: { rank_portfolio: { by: 'rep', metric: 'inactive' } },
		applied: {}
	}),
	c(
		'uf-most-lost',
		'ranking',
		'manager',
		'em qual estado a gente perde mais?',
		{
			tools: [T.rank],
			args: { rank_portfolio: { by: 'uf', metric: 'lost_revenue' } },
			applied: {}
		},
		'slang'
	),
	c('compare-diego-fernanda', 'ranking', 'manager', 'compara o Diego com a Fernanda', (e) => ({
		tools: [T.rank],
		args: { rank_portfolio: { by: 'rep' } },
		applied: { reps: [rep(e, 'Diego'), rep(e, 'Fernanda')] },
		facts: [/diego/, /fernanda/],
		mustNot: [/gustavo|juliana|rafael|camila|bruno/]
	})),
	c(
		'compare-ana-bruno-risk',
		'ranking',
		'manager',
		'ana x bruno: quem tem mais cliente em risco?',
		(e) => ({
			tools: [T.rank],
			args: { rank_portfolio: { by: 'rep', metric: 'at_risk' } },
			applied: { reps: [rep(e, 'Ana'), rep(e, 'Bruno')] },
			facts: [/ana/, /bruno/]
		}),
		'abbreviations'
	),
	c('rep-least-risk', 'ranking', 'manager', 'qual vendedor tem menos faturamento em risco?', {
		tools: [T.rank],
		args: { rank_portfolio: { by: 'rep', metric: 'revenue_at_risk', order: 'asc' } }
	}),
	c('top3-segments-lost', 'ranking', 'manager', 'top 3 segmentos em faturamento perdido', {
		tools: [T.rank],
		args: { rank_portfolio: { by: 'segment', metric: 'lost_revenue', limit: 3 } }
	}),
	c(
		'ranking-reps-declining',
		'ranking',
		'manager',
		'ranking de vendedores por clientes comprando menos',
		{
			tools: [T.rank],
			args: { rank_portfolio: { by: 'rep', metric: 'declining' } }
		}
	),
	c('uf-most-customers', 'ranking', 'manager', 'qual UF tem mais clientes?', {
		tools: [T.rank],
		args: { rank_portfolio: { by: 'uf', metric: 'customers' } }
	}),
	c(
		'segment-ranking-sul',
		'ranking',
		'manager',
		'no Sul, qual segmento tem mais clientes em risco?',
		{
			tools: [T.rank],
			args: { rank_portfolio: { by: 'segment', metric: 'at_risk' } },
			applied: { ufs: UF.sul }
		}
	),
	c(
		'compare-segments',
		'ranking',
		'manager',
		'compara varejo e alimentos em faturamento em risco',
		{
			tools: [T.rank],
			args: { rank_portfolio: { by: 'segment', metric: 'revenue_at_risk' } },
			facts: [/varejo/, /alimentos/]
		}
	),
	c('compare-sp-pr', 'ranking', 'manager', 'SP vs PR: onde tem mais inativo?', {
		tools: [T.rank],
		args: { rank_portfolio: { by: 'uf', metric: 'inactive' } },
		applied: { ufs: ['PR', 'SP'] }
	}),
	c('biggest-decliner', 'ranking', 'manager', 'qual cliente mais caiu de volume?', {
		tools: [T.list],
		args: { list_customers: { declining: true } },
		forbidden: [T.find]
	}),
	c('rep-biggest-portfolio', 'ranking', 'manager', 'quem tem a maior carteira do time?', {
		tools: [T.rank],
		args: { rank_portfolio: { by: 'rep' } }
	}),
	c(
		'worst-rep-nordeste',
		'ranking',
		'manager',
		'qual vendedor do nordeste tem mais cliente em risco?',
		{
			tools: [T.rank],
			args: { rank_portfolio: { by: 'rep', metric: 'at_risk' } },
			applied: { ufs: UF.nordeste }
		}
	)
];

export const MANAGER_SALES: ConversationCase[] = [
	c('revenue-october', 'sales', 'manager', 'quanto faturamos em outubro?', {
		tools: [T.sales],
		applied: { period: P.october },
		facts: [/r\$/, /outubro/]
	}),
	c('revenue-march', 'sales', 'manager', 'qual foi a receita de março?', {
		tools: [T.sales],
		applied: { period: P.march },
		facts: [/r\$/],
		mustNot: [/receita de bolo|culinar/]
	}),
	c('who-sold-most-last-month', 'sales', 'manager', 'quem vendeu mais no mês passado?', {
		tools: [T.sales],
		args: { get_sales_by_period: { groupBy: 'rep' } },
		applied: { period: P.lastMonth }
	}),
	c('revenue-by-month-year', 'sales', 'manager', 'faturamento por mês este ano', {
		tools: [T.sales],
		args: { get_sales_by_period: { groupBy: 'month' } },
		applied: { period: P.thisYear }
	}),
	c('orders-this-week', 'sales', 'manager', 'quantos pedidos entraram essa semana?', {
		tools: [T.sales],
		applied: { period: P.thisWeek },
		facts: [/pedido/]
	}),
	c('revenue-this-month-sul', 'sales', 'manager', 'faturamento do Sul este mês', {
		tools: [T.sales],
		applied: { period: P.thisMonth, ufs: UF.sul }
	}),
	c('revenue-by-segment-quarter', 'sales', 'manager', 'vendas por segmento no trimestre', {
		tools: [T.sales],
		args: { get_sales_by_period: { groupBy: 'segment' } },
		applied: { period: P.thisQuarter }
	}),
	c('revenue-diego-october', 'sales', 'manager', 'quanto o diego vendeu em outubro', (e) => ({
		tools: [T.sales],
		applied: { period: P.october, reps: [rep(e, 'Diego')] }
	})),
	c('revenue-by-week', 'sales', 'manager', 'faturamento semana a semana no último mês', {
		tools: [T.sales],
		args: { get_sales_by_period: { groupBy: 'week' } },
		applied: { period: either(P.lastMonth, lastDays(30), lastDays(31)) as never }
	}),
	c(
		'revenue-yesterday',
		'sales',
		'manager',
		'vendemos quanto ontem?',
		{
			tools: [T.sales],
			applied: { period: P.yesterday }
		},
		'slang'
	),
	c('revenue-today', 'sales', 'manager', 'faturamento de hoje', {
		tools: [T.sales],
		applied: { period: P.today }
	}),
	c(
		'revenue-compare-months',
		'sales',
		'manager',
		'compara o faturamento deste mês com o mês passado',
		{
			tools: [T.sales],
			facts: [/outubro|mes passado/, /novembro|este mes/]
		}
	),
	c('revenue-by-uf', 'sales', 'manager', 'faturamento por estado desde março', {
		tools: [T.sales],
		args: { get_sales_by_period: { groupBy: 'uf' } },
		applied: { period: P.sinceMarch }
	}),
	c(
		'revenue-metal-semester',
		'sales',
		'manager',
		'qnt a metalurgia faturou no semestre',
		{
			tools: [T.sales],
			applied: { period: P.semester, segment: 'Metalurgia' }
		},
		'abbreviations'
	),
	c('revenue-last-7', 'sales', 'manager', 'vendas dos últimos 7 dias', {
		tools: [T.sales],
		applied: { period: lastDays(7) }
	}),
	c('revenue-range', 'sales', 'manager', 'faturamento de 01/03 a 15/04', {
		tools: [T.sales],
		applied: { period: P.marchToMidApril }
	}),
	c('rep-least-sold', 'sales', 'manager', 'quem vendeu menos este mês?', {
		tools: [T.sales],
		args: { get_sales_by_period: { groupBy: 'rep' } },
		applied: { period: P.thisMonth }
	}),
	c('roberto-sales', 'sales', 'manager', 'quanto o roberto vendeu mês passado?', {
		tools: ['*'],
		applied: {},
		notApplied: [/roberto/]
	})
];
