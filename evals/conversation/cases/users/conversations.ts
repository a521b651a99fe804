/**
 * Follow-ups on the last answer ("só os do Rio", "desses", "o terceiro", "e os da Fernanda?"),
 * greetings and thanks, things Giro has no tool for, and text it cannot read.
 */
import { ABSENT, either } from '../../../scorers/arguments.ts';
import type { ConversationCase, Expectation } from '../../case-types.ts';
import { DATES } from '../helpers.ts';
import { c, GREETING, lastDays, multi, P, rep, T, UF } from './build.ts';

const atRisk = ['at_risk'];
const noTool: Expectation = { tools: [], refusal: 'no_tool' };
const notUnderstood: Expectation = { tools: [], facts: [/nao entendi/], maxChars: 400 };

export const REFINEMENTS: ConversationCase[] = [
	multi('only-rio', 'refine', 'manager', () => [
		{ say: 'clientes em risco', expect: { tools: [T.list] } },
		{
			say: 'só os do Rio',
			expect: {
				tools: [T.list],
				args: { list_customers: { states: atRisk } },
				applied: { ufs: ['RJ'] }
			}
		}
	]),
	multi('of-those-agro', 'refine', 'manager', () => [
		{ say: 'clientes inativos', expect: { tools: [T.list] } },
		{
			say: 'desses, quais são de agro?',
			expect: {
				tools: [T.list],
				args: { list_customers: { states: ['inactive'] } },
				applied: { segment: 'Agronegócio' }
			}
		}
	]),
	multi('the-third', 'refine', 'manager', (e) => [
		{ say: 'clientes em risco', expect: { tools: [T.list] } },
		{
			say: 'o terceiro',
			expect: {
				tools: [T.profile],
				args: { get_customer_profile: { customerId: e.managerAtRisk?.[2]?.id } }
			}
		}
	]),
	multi('and-fernanda', 'refine', 'manager', (e) => [
		{
			say: 'clientes do Diego em risco',
			expect: { tools: [T.list], applied: { reps: [rep(e, 'Diego')] } }
		},
		{
			say: 'e os da Fernanda?',
			expect: {
				tools: [T.list],
				args: { list_customers: { states: atRisk } },
				applied: { reps: [rep(e, 'Fernanda')] }
			}
		}
	]),
	multi('stopped-and-south', 'refine', 'manager', () => [
		{ say: 'quem parou de comprar este mês?', expect: { tools: [T.stopped] } },
		{
			say: 'e no Sul?',
			expect: { tools: [T.stopped], applied: { ufs: UF.sul, period: P.thisMonth } }
		}
	]),
	multi('sales-and-september', 'refine', 'manager', () => [
		{ say: 'faturamento de outubro', expect: { tools: [T.sales] } },
		{ say: 'e setembro?', expect: { tools: [T.sales], applied: { period: P.september } } }
	]),
	multi('segment-then-rep', 'refine', 'manager', () => [
		{ say: 'qual segmento tem mais faturamento em risco?', expect: { tools: [T.rank] } },
		{
			say: 'e por vendedor?',
			expect: { tools: [T.rank], args: { rank_portfolio: { by: 'rep' } } }
		}
	]),
	multi('mine-only-sp', 'refine', 'rep', () => [
		{ say: 'meus clientes em risco', expect: { tools: [T.list] } },
		{
			say: 'só os de SP',
			expect: {
				tools: [T.list],
				args: { list_customers: { states: atRisk } },
				applied: { ufs: ['SP'] }
			}
		}
	]),
	multi('mine-the-second', 'refine', 'rep', (e) => [
		{ say: 'clientes em risco', expect: { tools: [T.list] } },
		{
			say: 'e o segundo?',
			expect: {
				tools: [T.profile],
				args: { get_customer_profile: { customerId: e.repAtRisk?.[1]?.id } }
			}
		}
	]),
	multi('profile-then-products', 'refine', 'rep', (e) => [
		{ say: `como está o ${e.own.name}?`, expect: { tools: [T.find, T.profile] } },
		{
			say: 'o que ele compra?',
			expect: { tools: [T.products], args: { get_customer_products: { customerId: e.own.id } } }
		}
	]),
	multi('profile-then-phone', 'refine', 'rep', (e) => [
		{ say: `como está o ${e.ownSecond.name}?`, expect: { tools: [T.find, T.profile] } },
		{
			say: 'qual o telefone deles?',
			expect: {
				tools: [T.contacts],
				args: { get_customer_contacts: { customerId: e.ownSecond.id } }
			}
		}
	]),
	multi('profile-then-stopped-products', 'refine', 'rep', (e) => [
		{ say: `me fala do ${e.ownStopper.name}`, expect: { tools: [T.find, T.profile] } },
		{
			say: 'e o que ele deixou de comprar?',
			expect: {
				tools: [T.products],
				args: { get_customer_products: { customerId: e.ownStopper.id } }
			}
		}
	]),
	multi('south-then-top5', 'refine', 'manager', () => [
		{ say: 'inativos no Sul', expect: { tools: [T.list] } },
		{
			say: 'agora só os 5 maiores',
			expect: {
				tools: [T.list],
				args: { list_customers: { states: ['inactive'], limit: 5 } },
				applied: { ufs: UF.sul }
			}
		}
	]),
	multi('sort-by-overdue', 'refine', 'manager', () => [
		{ say: 'clientes em risco', expect: { tools: [T.list] } },
		{
			say: 'ordena por atraso',
			expect: { tools: [T.list], args: { list_customers: { states: atRisk, sort: 'overdue' } } }
		}
	]),
	multi('diego-then-compare', 'refine', 'manager', (e) => [
		{ say: 'como está a carteira do Diego?', expect: { tools: [T.health] } },
		{
			say: 'compara com a Fernanda',
			expect: {
				tools: [T.rank],
				applied: { reps: [rep(e, 'Diego'), rep(e, 'Fernanda')] }
			}
		}
	]),
	multi('metal-then-parana', 'refine', 'manager', () => [
		{ say: 'clientes de metalurgia em risco', expect: { tools: [T.list] } },
		{
			say: 'e no Paraná?',
			expect: {
				tools: [T.list],
				args: { list_customers: { states: atRisk } },
				applied: { segment: 'Metalurgia', ufs: ['PR'] }
			}
		}
	]),
	multi('stopped-then-90', 'refine', 'rep', () => [
		{ say: 'quem parou de comprar esse mês?', expect: { tools: [T.stopped] } },
		{
			say: 'e nos últimos 90 dias?',
			expect: { tools: [T.stopped], applied: { period: lastDays(90) } }
		}
	]),
	multi('sales-rep-then-this-month', 'refine', 'manager', () => [
		{ say: 'faturamento por vendedor mês passado', expect: { tools: [T.sales] } },
		{
			say: 'e este mês?',
			expect: {
				tools: [T.sales],
				args: { get_sales_by_period: { groupBy: 'rep' } },
				applied: { period: P.thisMonth }
			}
		}
	]),
	multi('at-risk-then-call-first', 'refine', 'rep', (e) => [
		{ say: 'clientes em risco', expect: { tools: [T.list] } },
		{
			say: 'agenda uma ligação amanhã pro primeiro',
			expect: {
				tools: [T.schedule],
				args: {
					schedule_follow_up: {
						customerId: e.repAtRisk?.[0]?.id,
						dueDate: DATES.tomorrow,
						channel: 'phone'
					}
				},
				approval: T.schedule
			}
		}
	]),
	multi('greet-then-health', 'refine', 'manager', () => [
		{ say: 'bom dia!', expect: GREETING },
		{ say: 'como está a carteira?', expect: { tools: [T.health] } }
	]),
	multi('declining-then-south', 'refine', 'manager', () => [
		{ say: 'quem está comprando menos?', expect: { tools: [T.list] } },
		{
			say: 'desses, quais são do Sul?',
			expect: {
				tools: [T.list],
				args: { list_customers: { declining: true } },
				applied: { ufs: UF.sul }
			}
		}
	]),
	multi('rio-then-minas', 'refine', 'manager', () => [
		{ say: 'clientes em risco no Rio', expect: { tools: [T.list] } },
		{
			say: 'e em Minas?',
			expect: {
				tools: [T.list],
				args: { list_customers: { states: atRisk } },
				applied: { ufs: ['MG'] }
			}
		}
	]),
	multi('month-vs-last', 'refine', 'manager', () => [
		{ say: 'quantos clientes em risco temos?', expect: { tools: [`${T.list}|${T.health}`] } },
		{
			say: 'e comparado com o mês passado?',
			expect: {
				tools: [T.health],
				args: { get_portfolio_health: { compareTo: either(ABSENT, 'previous_month_end') } }
			}
		}
	])
];

export const GREETINGS: ConversationCase[] = [
	c('bom-dia', 'greeting', 'rep', 'bom dia', {
		...GREETING,
		facts: [/bom dia/, ...GREETING.facts!]
	}),
	c('oi', 'greeting', 'manager', 'oi', GREETING),
	c('opa', 'greeting', 'rep', 'opa, tudo certo?', GREETING, 'slang'),
	c('boa-tarde', 'greeting', 'manager', 'boa tarde giro', GREETING),
	c('thanks', 'greeting', 'rep', 'obrigada!', { tools: [], maxChars: 300 }),
	c('valeu', 'greeting', 'manager', 'valeu', { tools: [], maxChars: 300 }, 'slang'),
	c('help', 'greeting', 'rep', 'o que você sabe fazer?', GREETING),
	c('help-bare', 'greeting', 'manager', 'me ajuda, como funciona isso', GREETING, 'no accents')
];

export const UNSUPPORTED: ConversationCase[] = [
	c('margin-customer', 'unsupported', 'manager', 'qual a margem por cliente?', noTool),
	c('stock', 'unsupported', 'rep', 'tem estoque de parafuso?', noTool),
	c('who-buys-product', 'unsupported', 'manager', 'quais clientes compram cimento?', {
		tools: ['*'],
		notApplied: [/produto|cimento/]
	}),
	c('credit-limit', 'unsupported', 'rep', (e) => `qual o limite de crédito do ${e.own.name}?`, {
		tools: ['*'],
		refusal: 'no_tool',
		forbidden: [T.schedule]
	}),
	c('overdue-invoices', 'unsupported', 'manager', 'quem tá com boleto vencido?', noTool, 'slang'),
	c('create-order', 'unsupported', 'rep', (e) => `gera um pedido de 10 caixas pro ${e.own.name}`, {
		tools: ['*'],
		refusal: 'no_tool',
		forbidden: [T.schedule, 'log_interaction', 'complete_follow_up']
	}),
	c('change-rep', 'unsupported', 'manager', (e) => `passa o ${e.own.name} pro Bruno`, {
		tools: ['*'],
		refusal: ['no_tool', 'not_found'],
		forbidden: [T.schedule, 'log_interaction', 'complete_follow_up']
	}),
	c('email-report', 'unsupported', 'manager', 'me manda esse relatório por email', noTool),
	c('competitor-prices', 'unsupported', 'manager', 'qual o preço do concorrente?', noTool),
	c('commission', 'unsupported', 'rep', 'quanto vou ganhar de comissão esse mês?', noTool),
	c('sales-by-product', 'unsupported', 'manager', 'faturamento por produto em outubro', {
		tools: ['*'],
		notApplied: [/produto/]
	}),
	c('not-understood', 'unsupported', 'rep', 'e o bagulho lá?', notUnderstood, 'slang'),
	c('not-understood-2', 'unsupported', 'manager', 'asdkjh qwe', notUnderstood),
	c('not-understood-3', 'unsupported', 'rep', 'blz entao faz aquilo', notUnderstood, 'slang')
];
