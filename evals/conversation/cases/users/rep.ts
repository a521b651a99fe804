/**
 * A rep (Ana Souza) on her phone: her day, her customers by name (typed fast, without accents,
 * with typos), what they buy and stopped buying, how to reach them, her sales — and questions
 * about a colleague's customers, which she does not see.
 */
import { ABSENT, either } from '../../../scorers/arguments.ts';
import type { ConversationCase } from '../../case-types.ts';
import { bare, DATES, typo } from '../helpers.ts';
import { c, lastDays, P, T, UF } from './build.ts';

export const REP_DAY: ConversationCase[] = [
	c('what-today', 'rep', 'rep', 'o que tenho pra fazer hoje?', {
		tools: [`${T.queue}|${T.followUps}`]
	}),
	c(
		'what-today-slang',
		'rep',
		'rep',
		'qual a boa de hj?',
		{
			tools: [`${T.queue}|${T.followUps}`]
		},
		'slang'
	),
	c('tomorrow-follow-ups', 'rep', 'rep', 'quais retornos tenho amanhã?', {
		tools: [T.followUps]
	}),
	c('week-follow-ups', 'rep', 'rep', 'meus follow-ups dessa semana', {
		tools: [T.followUps],
		args: { list_follow_ups: { window: 'this_week' } }
	}),
	c('next-week-follow-ups', 'rep', 'rep', 'o que tenho agendado pra próxima semana?', {
		tools: [T.followUps],
		args: { list_follow_ups: { window: 'next_week' } }
	}),
	c(
		'overdue',
		'rep',
		'rep',
		'tô devendo algum retorno?',
		(e) => ({
			tools: [`${T.followUps}|${T.queue}`],
			facts: [new RegExp(`\\b${e.overdue.rep}\\b`)]
		}),
		'slang'
	),
	c('who-to-call', 'rep', 'rep', 'pra quem eu ligo primeiro?', {
		tools: [T.queue]
	}),
	c(
		'call-tomorrow-atacado',
		'write',
		'rep',
		(e) => `liga amanhã pro ${e.own.name}`,
		(e) => ({
			tools: [T.find, T.schedule],
			args: {
				schedule_follow_up: { customerId: e.own.id, dueDate: DATES.tomorrow, channel: 'phone' }
			},
			approval: T.schedule
		})
	),
	c(
		'call-tomorrow-bare',
		'write',
		'rep',
		(e) => `lembra de ligar amanha pro ${bare(e.ownSecond.name)}`,
		(e) => ({
			tools: [T.find, T.schedule],
			args: { schedule_follow_up: { customerId: e.ownSecond.id, dueDate: DATES.tomorrow } },
			approval: T.schedule
		}),
		'no accents'
	),
	c(
		'visit-thursday-typo',
		'write',
		'rep',
		(e) => `marca visita quinta no ${typo(e.own.name)}`,
		(e) => ({
			tools: [T.find, T.schedule],
			args: {
				schedule_follow_up: { customerId: e.own.id, dueDate: DATES.thursday, channel: 'visit' }
			},
			approval: T.schedule
		}),
		'typo'
	),
	c('my-at-risk', 'portfolio', 'rep', 'meus clientes em risco', {
		tools: [T.list],
		args: { list_customers: { states: ['at_risk'] } },
		applied: {},
		facts: [/risco/]
	}),
	c('my-at-risk-top5', 'portfolio', 'rep', 'os 5 maiores em risco da minha carteira', {
		tools: [T.list],
		args: { list_customers: { states: ['at_risk'], limit: 5 } },
		applied: {}
	}),
	c('my-inactive-sp', 'filters', 'rep', 'meus inativos em SP', {
		tools: [T.list],
		args: { list_customers: { states: ['inactive'] } },
		applied: { ufs: ['SP'] }
	}),
	c(
		'my-varejo-declining',
		'filters',
		'rep',
		'quem de varejo ta comprando menos?',
		{
			tools: [T.list],
			args: { list_customers: { declining: true } },
			applied: { segment: 'Varejo' }
		},
		'no accents'
	),
	c('my-stopped-month', 'stopped', 'rep', 'quem parou de comprar comigo esse mês?', {
		tools: [T.stopped],
		applied: { period: P.thisMonth }
	}),
	c(
		'my-stopped-60',
		'period',
		'rep',
		'quem sumiu nos últimos 60 dias?',
		{
			tools: [T.stopped],
			applied: { period: lastDays(60) }
		},
		'slang'
	),
	c('my-lost', 'portfolio', 'rep', 'quanto eu to perdendo de faturamento?', {
		tools: [T.lost],
		applied: {},
		facts: [/r\$/]
	}),
	c('fernanda-customers', 'filters', 'rep', 'quais clientes da Fernanda estão em risco?', {
		tools: ['*'],
		applied: {},
		notApplied: [/fernanda/],
		mustNot: [/aqui estao os clientes da fernanda/]
	}),
	c(
		'bruno-customer',
		'filters',
		'rep',
		(e) => `como tá o ${e.other.name}?`,
		(e) => ({
			tools: ['*'],
			refusal: 'not_found',
			mustNot: [e.other.name]
		})
	),
	c('my-sales-october', 'sales', 'rep', 'quanto eu vendi em outubro?', {
		tools: [T.sales],
		applied: { period: P.october },
		facts: [/r\$/]
	}),
	c(
		'my-sales-month',
		'sales',
		'rep',
		'qnto faturei esse mes',
		{
			tools: [T.sales],
			applied: { period: P.thisMonth }
		},
		'abbreviations'
	),
	c('my-orders-week', 'sales', 'rep', 'quantos pedidos fechei na semana passada?', {
		tools: [T.sales],
		applied: { period: P.lastWeek }
	}),
	c('my-sales-by-month', 'sales', 'rep', 'minhas vendas mês a mês desde março', {
		tools: [T.sales],
		args: { get_sales_by_period: { groupBy: 'month' } },
		applied: { period: P.sinceMarch }
	}),
	c('my-top-segment', 'ranking', 'rep', 'qual segmento mais pesa na minha carteira?', {
		tools: [`${T.rank}|${T.sales}`]
	}),
	c('my-biggest-customers', 'ranking', 'rep', 'quais meus 3 maiores clientes?', {
		tools: [T.list],
		args: { list_customers: { limit: 3, sort: 'usual_monthly' } },
		applied: {}
	}),
	c('my-new', 'portfolio', 'rep', 'tenho cliente novo?', {
		tools: [T.list],
		args: { list_customers: { states: ['new'] } }
	}),
	c('my-champions', 'portfolio', 'rep', 'quem são meus campeões?', {
		tools: [T.list],
		args: { list_customers: { rfvSegment: 'Campeões' } }
	})
];

export const REP_CUSTOMERS: ConversationCase[] = [
	c(
		'products-mix',
		'products',
		'rep',
		(e) => `o que o ${e.own.name} compra?`,
		(e) => ({
			tools: [T.find, T.products],
			args: { get_customer_products: { customerId: e.own.id } }
		})
	),
	c(
		'products-mix-bare',
		'products',
		'rep',
		(e) => `mix de produtos do ${bare(e.ownSecond.name)}`,
		(e) => ({
			tools: [T.find, T.products],
			args: { get_customer_products: { customerId: e.ownSecond.id } }
		}),
		'no accents'
	),
	c(
		'products-stopped',
		'products',
		'rep',
		(e) => `o que o ${e.ownStopper.name} parou de comprar?`,
		(e) => ({
			tools: [T.find, T.products],
			args: { get_customer_products: { customerId: e.ownStopper.id } }
		})
	),
	c(
		'products-stopped-slang',
		'products',
		'rep',
		(e) => `qual produto o ${e.own.name} deixou de levar?`,
		(e) => ({
			tools: [T.find, T.products],
			args: { get_customer_products: { customerId: e.own.id } }
		}),
		'slang'
	),
	c(
		'products-top',
		'products',
		'rep',
		(e) => `qual o produto que o ${e.ownSecond.name} mais compra?`,
		(e) => ({
			tools: [T.find, T.products],
			args: { get_customer_products: { customerId: e.ownSecond.id } }
		})
	),
	c(
		'contacts',
		'customer',
		'rep',
		(e) => `telefone do ${e.own.name}`,
		(e) => ({
			tools: [T.find, T.contacts],
			args: { get_customer_contacts: { customerId: e.own.id } }
		})
	),
	c(
		'contacts-whatsapp',
		'customer',
		'rep',
		(e) => `tem o zap de alguém do ${bare(e.ownSecond.name)}?`,
		(e) => ({
			tools: [T.find, T.contacts],
			args: { get_customer_contacts: { customerId: e.ownSecond.id } }
		}),
		'slang'
	),
	c(
		'contacts-no-consent',
		'customer',
		'rep',
		(e) => `me passa o whatsapp do ${e.ownNoConsent.name}`,
		(e) => ({
			tools: [T.find, T.contacts],
			args: { get_customer_contacts: { customerId: e.ownNoConsent.id } },
			facts: [/consentimento|nao autorizou|sem autorizacao/]
		})
	),
	c(
		'contacts-email',
		'customer',
		'rep',
		(e) => `email de contato do ${e.own.name}`,
		(e) => ({
			tools: [T.find, T.contacts],
			args: { get_customer_contacts: { customerId: e.own.id } }
		})
	),
	c(
		'contacts-other',
		'customer',
		'rep',
		(e) => `telefone do ${e.other.name}`,
		(e) => ({
			tools: ['*'],
			refusal: 'not_found',
			forbidden: [T.contacts],
			mustNot: [e.other.name]
		})
	),
	c(
		'profile-typo',
		'customer',
		'rep',
		(e) => `como ta o ${typo(e.own.name)}`,
		(e) => ({
			tools: [T.find, T.profile],
			args: { get_customer_profile: { customerId: e.own.id } }
		}),
		'typo'
	),
	c(
		'profile-lowercase',
		'customer',
		'rep',
		(e) => `${bare(e.ownSecond.name)} ta comprando normal?`,
		(e) => ({
			tools: [T.find, T.profile],
			args: { get_customer_profile: { customerId: e.ownSecond.id } }
		}),
		'no accents'
	),
	c('unknown-customer', 'customer', 'rep', 'como tá o Mercadinho Zé Buscapé?', {
		tools: [T.find],
		refusal: 'not_found',
		forbidden: [T.profile],
		mustNot: [/qual deles/]
	}),
	c(
		'unknown-customer-2',
		'customer',
		'rep',
		'ultima compra da Padaria Estrela Cadente',
		{
			tools: [T.find],
			refusal: 'not_found',
			mustNot: [/qual deles/]
		},
		'no accents'
	),
	c(
		'last-purchase',
		'customer',
		'rep',
		(e) => `qdo o ${e.own.name} comprou pela ultima vez?`,
		(e) => ({
			tools: [T.find, T.profile],
			args: { get_customer_profile: { customerId: e.own.id } }
		}),
		'abbreviations'
	),
	c(
		'customer-sales',
		'sales',
		'rep',
		(e) => `quanto o ${e.own.name} comprou este ano?`,
		(e) => ({
			tools: [T.find, T.sales],
			applied: { period: P.thisYear, customerId: e.own.id }
		})
	),
	c(
		'customer-history-month',
		'customer',
		'rep',
		(e) => `o que falei com o ${e.ownSecond.name} mês passado?`,
		(e) => ({
			tools: [T.find, T.interactions],
			args: {
				list_interactions: { customerId: e.ownSecond.id, period: either('last_month', P.lastMonth) }
			}
		})
	),
	c(
		'customer-visits-year',
		'customer',
		'rep',
		(e) => `visitas no ${e.own.name} este ano`,
		(e) => ({
			tools: [T.find, T.interactions],
			args: { list_interactions: { customerId: e.own.id, channel: 'visit' } }
		})
	),
	c(
		'draft-whatsapp',
		'draft',
		'rep',
		(e) => `escreve um zap pro ${e.own.name} oferecendo reposição`,
		(e) => ({
			tools: [T.find, 'draft_follow_up'],
			args: { draft_follow_up: { customerId: e.own.id } }
		}),
		'slang'
	),
	c('stalled-mine', 'portfolio', 'rep', 'minhas propostas paradas', {
		tools: [T.stalled],
		applied: {}
	}),
	c('search-price', 'search', 'rep', 'quem reclamou de preço?', {
		tools: [T.search]
	}),
	c('search-price-month', 'search', 'rep', 'quem reclamou de preço nos últimos 30 dias?', {
		tools: [T.search]
	}),
	c('my-sul', 'filters', 'rep', 'meus clientes do sul', {
		tools: [T.list],
		applied: { ufs: UF.sul }
	}),
	c('stopped-ana-tools-absent', 'stopped', 'rep', 'quem parou de comprar ontem?', {
		tools: [T.stopped],
		applied: { period: P.yesterday }
	}),
	c(
		'profile-city',
		'customer',
		'rep',
		(e) => `${e.own.name} de ${e.own.city ?? ''}`.trim() + ', como está?',
		(e) => ({
			tools: [T.find, T.profile],
			args: { get_customer_profile: { customerId: e.own.id } }
		})
	),
	c('limit-absent', 'portfolio', 'rep', 'lista todos os meus inativos', {
		tools: [T.list],
		args: { list_customers: { states: ['inactive'], limit: either(ABSENT, 100, 50) } }
	})
];
