/** Manager questions about the whole portfolio and "who stopped buying" in a period. */
import { ABSENT, either } from '../../scorers/arguments.ts';
import type { ConversationCase } from '../case-types.ts';
import { anyName, figure } from './helpers.ts';

const health = { tools: ['get_portfolio_health'] };

export const PORTFOLIO: ConversationCase[] = [
	{
		id: 'health',
		category: 'portfolio',
		as: 'manager',
		turns: (e) => [
			{
				say: 'como está a carteira?',
				expect: {
					...health,
					facts: [figure(e.stateCounts.at_risk), figure(e.stateCounts.inactive)]
				}
			}
		]
	},
	{
		id: 'health-typo',
		category: 'portfolio',
		as: 'manager',
		style: 'typo',
		turns: (e) => [
			{ say: 'como ta a cartera', expect: { ...health, facts: [figure(e.stateCounts.at_risk)] } }
		]
	},
	{
		id: 'health-paraphrase',
		category: 'portfolio',
		as: 'manager',
		style: 'paraphrase',
		turns: () => [{ say: 'me dá um panorama geral da carteira', expect: health }]
	},
	{
		id: 'health-by-rep',
		category: 'portfolio',
		as: 'manager',
		turns: (e) => [
			{
				say: 'saúde da carteira por vendedor',
				expect: {
					...health,
					args: { get_portfolio_health: { breakdown: 'rep' } },
					facts: [
						new RegExp(`${e.rep.firstName.toLowerCase()}|${e.otherRep.firstName.toLowerCase()}`)
					]
				}
			}
		]
	},
	{
		id: 'revenue-at-risk-by-rep',
		category: 'portfolio',
		as: 'manager',
		style: 'SPEC example',
		turns: () => [
			{
				say: 'quanto faturamento está em risco por vendedor?',
				expect: {
					tools: ['estimate_lost_revenue'],
					args: { estimate_lost_revenue: { groupBy: either(ABSENT, 'rep') } },
					facts: [/r\$/]
				}
			}
		]
	},
	{
		id: 'at-risk',
		category: 'portfolio',
		as: 'manager',
		turns: (e) => [
			{
				say: 'clientes em risco',
				expect: {
					tools: ['list_customers'],
					args: { list_customers: { states: ['at_risk'] } },
					facts: [figure(e.stateCounts.at_risk)]
				}
			}
		]
	},
	{
		id: 'at-risk-slang',
		category: 'portfolio',
		as: 'manager',
		style: 'slang',
		turns: () => [
			{
				say: 'quem tá em risco de parar?',
				expect: { tools: ['list_customers'], args: { list_customers: { states: ['at_risk'] } } }
			}
		]
	},
	{
		id: 'at-risk-uf',
		category: 'portfolio',
		as: 'manager',
		turns: () => [
			{
				say: 'clientes em risco em SP',
				expect: {
					tools: ['list_customers'],
					args: { list_customers: { states: ['at_risk'], uf: 'SP' } }
				}
			}
		]
	},
	{
		id: 'declining',
		category: 'portfolio',
		as: 'manager',
		turns: (e) => [
			{
				say: 'quem está comprando menos?',
				expect: {
					tools: ['list_customers'],
					args: { list_customers: { declining: true } },
					facts: [figure(e.declining)]
				}
			}
		]
	},
	{
		id: 'declining-paraphrase',
		category: 'portfolio',
		as: 'manager',
		style: 'paraphrase',
		turns: () => [
			{
				say: 'clientes com compras em queda',
				expect: { tools: ['list_customers'], args: { list_customers: { declining: true } } }
			}
		]
	},
	{
		id: 'inactive',
		category: 'portfolio',
		as: 'manager',
		turns: (e) => [
			{
				say: 'clientes inativos',
				expect: {
					tools: ['list_customers'],
					args: { list_customers: { states: ['inactive'] } },
					facts: [figure(e.stateCounts.inactive)]
				}
			}
		]
	},
	{
		id: 'lost-revenue',
		category: 'portfolio',
		as: 'manager',
		turns: () => [
			{
				say: 'quanto faturamento perdemos?',
				expect: { tools: ['estimate_lost_revenue'], facts: [/r\$/, /estimativa|estimado/] }
			}
		]
	},
	{
		id: 'lost-revenue-segment',
		category: 'portfolio',
		as: 'manager',
		turns: () => [
			{
				say: 'faturamento perdido por segmento',
				expect: {
					tools: ['estimate_lost_revenue'],
					args: { estimate_lost_revenue: { groupBy: 'segment' } }
				}
			}
		]
	},
	{
		id: 'stalled',
		category: 'portfolio',
		as: 'manager',
		turns: () => [
			{
				say: 'quais negociações estão paradas?',
				expect: { tools: ['list_stalled_opportunities'], facts: [/negociac/] }
			}
		]
	},
	{
		id: 'stalled-slang',
		category: 'portfolio',
		as: 'manager',
		style: 'slang',
		turns: () => [{ say: 'tem deal travado?', expect: { tools: ['list_stalled_opportunities'] } }]
	},
	{
		id: 'stalled-proposals',
		category: 'portfolio',
		as: 'manager',
		style: 'paraphrase',
		turns: () => [
			{
				say: 'propostas sem retorno',
				expect: {
					tools: ['list_stalled_opportunities'],
					args: { list_stalled_opportunities: { stage: either(ABSENT, 'proposal') } }
				}
			}
		]
	},
	{
		id: 'champions',
		category: 'portfolio',
		as: 'manager',
		turns: () => [
			{
				say: 'quem são os clientes campeões?',
				expect: { tools: ['list_customers'], args: { list_customers: { rfvSegment: 'Campeões' } } }
			}
		]
	}
];

const stoppedIn = (period: unknown) => ({ list_stopped_customers: { period } });
const thisMonth = either(ABSENT, 'this_month');

export const STOPPED: ConversationCase[] = [
	{
		id: 'stopped-this-month',
		category: 'stopped',
		as: 'manager',
		turns: (e) => [
			{
				say: 'quem parou de comprar este mês?',
				expect: {
					tools: ['list_stopped_customers'],
					args: stoppedIn(thisMonth),
					facts: [figure(e.stopped['2026-11'].all.length), anyName(e.stopped['2026-11'].all)]
				}
			}
		]
	},
	{
		id: 'stopped-slang-sumiu',
		category: 'stopped',
		as: 'manager',
		style: 'slang',
		turns: (e) => [
			{
				say: 'quem sumiu?',
				expect: {
					tools: ['list_stopped_customers'],
					args: stoppedIn(thisMonth),
					facts: [figure(e.stopped['2026-11'].all.length)]
				}
			}
		]
	},
	{
		id: 'stopped-slang-cade',
		category: 'stopped',
		as: 'manager',
		style: 'slang',
		turns: (e) => [
			{
				say: 'cadê os clientes que pararam?',
				expect: {
					tools: ['list_stopped_customers'],
					args: stoppedIn(thisMonth),
					facts: [anyName(e.stopped['2026-11'].all)]
				}
			}
		]
	},
	{
		id: 'stopped-last-month',
		category: 'stopped',
		as: 'manager',
		turns: (e) => [
			{
				say: 'quem parou de comprar mês passado?',
				expect: {
					tools: ['list_stopped_customers'],
					args: stoppedIn('last_month'),
					facts: [figure(e.stopped['2026-10'].all.length), anyName(e.stopped['2026-10'].all)]
				}
			}
		]
	},
	{
		id: 'stopped-last-month-typo',
		category: 'stopped',
		as: 'manager',
		style: 'typo, no accents',
		turns: (e) => [
			{
				say: 'quem deixou de comprar no mes pasado',
				expect: {
					tools: ['list_stopped_customers'],
					args: stoppedIn('last_month'),
					facts: [figure(e.stopped['2026-10'].all.length)]
				}
			}
		]
	},
	{
		id: 'stopped-september',
		category: 'stopped',
		as: 'manager',
		turns: (e) => [
			{
				say: 'quais clientes pararam de comprar em setembro?',
				expect: {
					tools: ['list_stopped_customers'],
					args: stoppedIn('2026-09'),
					facts: [figure(e.stopped['2026-09'].all.length)]
				}
			}
		]
	},
	{
		id: 'stopped-august-slang',
		category: 'stopped',
		as: 'manager',
		style: 'slang, abbreviation',
		turns: (e) => [
			{
				say: 'qm sumiu em agosto?',
				expect: {
					tools: ['list_stopped_customers'],
					args: stoppedIn('2026-08'),
					facts: [figure(e.stopped['2026-08'].all.length)]
				}
			}
		]
	},
	{
		id: 'stopped-october-polite',
		category: 'stopped',
		as: 'manager',
		style: 'paraphrase',
		turns: (e) => [
			{
				say: 'me mostra quem deixou de comprar em outubro, por favor',
				expect: {
					tools: ['list_stopped_customers'],
					args: stoppedIn('2026-10'),
					facts: [anyName(e.stopped['2026-10'].all)]
				}
			}
		]
	},
	{
		id: 'stopped-churn',
		category: 'stopped',
		as: 'manager',
		style: 'jargon',
		turns: () => [
			{
				say: 'qual foi o churn do mês passado?',
				expect: { tools: ['list_stopped_customers'], args: stoppedIn('last_month') }
			}
		]
	},
	{
		id: 'stopped-rep-last-month',
		category: 'stopped',
		as: 'rep',
		turns: (e) => [
			{
				say: 'quem da minha carteira parou de comprar mês passado?',
				expect: {
					tools: ['list_stopped_customers'],
					args: stoppedIn('last_month'),
					facts: [figure(e.stopped['2026-10'].rep.length)]
				}
			}
		]
	},
	{
		id: 'stopped-range',
		category: 'stopped',
		as: 'manager',
		style: 'date range',
		turns: () => [
			{
				say: 'quem parou de comprar entre 01/10 e 15/11?',
				expect: {
					tools: ['list_stopped_customers'],
					args: stoppedIn({ from: '2026-10-01', to: '2026-11-15' })
				}
			}
		]
	},
	{
		id: 'stopped-uf',
		category: 'stopped',
		as: 'manager',
		turns: () => [
			{
				say: 'quem parou de comprar em SP este mês?',
				expect: {
					tools: ['list_stopped_customers'],
					args: { list_stopped_customers: { period: thisMonth, uf: 'SP' } }
				}
			}
		]
	}
];
