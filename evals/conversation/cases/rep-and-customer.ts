/** A rep's own work (queue, agenda), questions about one customer, and ambiguous names. */
import { formatDate } from '#lib/format.ts';
import { ABSENT, either } from '../../scorers/arguments.ts';
import type { ConversationCase } from '../case-types.ts';
import { bare, figure, typo } from './helpers.ts';

const queue = { tools: ['get_rep_queue'] };
const agenda = (window: unknown) => ({
	tools: ['list_follow_ups'],
	args: { list_follow_ups: { window } }
});

export const REP: ConversationCase[] = [
	{
		id: 'queue',
		category: 'rep',
		as: 'rep',
		turns: () => [{ say: 'o que eu faço agora?', expect: queue }]
	},
	{
		id: 'queue-abbrev',
		category: 'rep',
		as: 'rep',
		style: 'abbreviation, no accents',
		turns: () => [{ say: 'oq eu faco hj', expect: queue }]
	},
	{
		id: 'queue-paraphrase',
		category: 'rep',
		as: 'rep',
		style: 'paraphrase',
		turns: () => [{ say: 'por onde eu começo hoje?', expect: queue }]
	},
	{
		id: 'queue-who-first',
		category: 'rep',
		as: 'rep',
		style: 'paraphrase',
		turns: () => [{ say: 'quem eu ligo primeiro?', expect: queue }]
	},
	{
		id: 'agenda-today',
		category: 'rep',
		as: 'rep',
		turns: () => [{ say: 'minha agenda de hoje', expect: agenda('today') }]
	},
	{
		id: 'agenda-overdue',
		category: 'rep',
		as: 'rep',
		turns: (e) => [
			{
				say: 'meus follow-ups atrasados',
				expect: { ...agenda('overdue'), facts: [figure(e.overdue.rep)] }
			}
		]
	},
	{
		id: 'agenda-overdue-typo',
		category: 'rep',
		as: 'rep',
		style: 'typo',
		turns: () => [{ say: 'folow ups vencidos', expect: agenda('overdue') }]
	},
	{
		id: 'agenda-next-week',
		category: 'rep',
		as: 'rep',
		turns: () => [{ say: 'minha agenda da semana que vem', expect: agenda('next_week') }]
	},
	{
		id: 'agenda-default',
		category: 'rep',
		as: 'rep',
		turns: () => [{ say: 'o que tem na agenda?', expect: agenda(either(ABSENT, 'agenda')) }]
	},
	{
		id: 'agenda-this-week',
		category: 'rep',
		as: 'rep',
		style: 'paraphrase',
		turns: () => [{ say: 'quais retornos tenho essa semana?', expect: agenda('this_week') }]
	},
	{
		id: 'queue-of-rep',
		category: 'rep',
		as: 'manager',
		turns: (e) => [
			{
				say: `qual a fila da ${e.rep.firstName}?`,
				expect: { tools: ['get_rep_queue'], args: { get_rep_queue: { repId: e.rep.id } } }
			}
		]
	},
	{
		id: 'agenda-of-rep',
		category: 'rep',
		as: 'manager',
		turns: (e) => [
			{
				say: `agenda do ${e.otherRep.firstName}`,
				expect: { tools: ['list_follow_ups'], args: { list_follow_ups: { repId: e.otherRep.id } } }
			}
		]
	}
];

const profileOf = (id: number) => ({
	tools: ['find_customers', 'get_customer_profile'],
	args: { get_customer_profile: { customerId: id } }
});

export const CUSTOMER: ConversationCase[] = [
	{
		id: 'profile',
		category: 'customer',
		as: 'rep',
		turns: (e) => [
			{
				say: `como está o cliente ${e.own.name}?`,
				expect: { ...profileOf(e.own.id), facts: [e.own.name] }
			}
		]
	},
	{
		id: 'profile-bare',
		category: 'customer',
		as: 'rep',
		style: 'no accents, lower case',
		turns: (e) => [{ say: `como ta o ${bare(e.own.name)}`, expect: profileOf(e.own.id) }]
	},
	{
		id: 'profile-typo',
		category: 'customer',
		as: 'rep',
		style: 'typo in the name',
		turns: (e) => [
			{ say: `me fala do ${typo(e.ownSecond.name)}`, expect: profileOf(e.ownSecond.id) }
		]
	},
	{
		id: 'profile-perfil',
		category: 'customer',
		as: 'rep',
		turns: (e) => [
			{
				say: `perfil do ${e.ownSecond.name}`,
				expect: { ...profileOf(e.ownSecond.id), facts: [e.ownSecond.name] }
			}
		]
	},
	{
		id: 'profile-last-purchase',
		category: 'customer',
		as: 'rep',
		turns: (e) => [
			{
				say: `quando foi a última compra do ${e.own.name}?`,
				expect: { ...profileOf(e.own.id), facts: [formatDate(e.ownLastPurchase)] }
			}
		]
	},
	{
		id: 'profile-what-buys',
		category: 'customer',
		as: 'rep',
		style: 'paraphrase',
		turns: (e) => [{ say: `o que o ${e.own.name} costuma comprar?`, expect: profileOf(e.own.id) }]
	},
	{
		id: 'profile-why-stopped',
		category: 'customer',
		as: 'rep',
		turns: (e) => [
			{
				say: `por que o ${e.ownStopper.name} parou de comprar?`,
				expect: { ...profileOf(e.ownStopper.id), facts: [e.ownStopper.name, /em risco|inativo/] }
			}
		]
	},
	{
		id: 'profile-cycle',
		category: 'customer',
		as: 'rep',
		turns: (e) => [
			{
				say: `qual o ciclo de recompra do ${e.ownSecond.name}?`,
				expect: { ...profileOf(e.ownSecond.id), facts: [/ciclo/] }
			}
		]
	},
	{
		id: 'profile-contact',
		category: 'customer',
		as: 'rep',
		style: 'paraphrase',
		turns: (e) => [{ say: `quem é o contato no ${e.own.name}?`, expect: profileOf(e.own.id) }]
	},
	{
		id: 'history',
		category: 'customer',
		as: 'rep',
		turns: (e) => [
			{
				say: `histórico de contatos do ${e.ownSecond.name}`,
				expect: {
					tools: ['find_customers', 'list_interactions'],
					args: { list_interactions: { customerId: e.ownSecond.id } }
				}
			}
		]
	},
	{
		id: 'history-bare',
		category: 'customer',
		as: 'rep',
		style: 'no accents',
		turns: (e) => [
			{
				say: `historico do ${bare(e.own.name)}`,
				expect: {
					tools: ['find_customers', 'list_interactions'],
					args: { list_interactions: { customerId: e.own.id } }
				}
			}
		]
	},
	{
		id: 'history-visits',
		category: 'customer',
		as: 'rep',
		turns: (e) => [
			{
				say: `quais visitas fizemos no ${e.own.name}?`,
				expect: {
					tools: ['find_customers', 'list_interactions'],
					args: { list_interactions: { customerId: e.own.id, channel: 'visit' } }
				}
			}
		]
	}
];

const ask = (names: string[]) => ({
	tools: ['find_customers'],
	refusal: 'ask' as const,
	facts: names
});

export const AMBIGUOUS: ConversationCase[] = [
	{
		id: 'ambiguous-bom-preco',
		category: 'ambiguous',
		as: 'manager',
		turns: () => [
			{
				say: 'como está o Bom Preço?',
				expect: ask(['Bom Preço Supermercados', 'Bom Preço Materiais'])
			}
		]
	},
	{
		id: 'ambiguous-sao-jorge',
		category: 'ambiguous',
		as: 'manager',
		style: 'no accents',
		turns: () => [
			{ say: 'me fala da sao jorge', expect: ask(['São Jorge Metais', 'Sao Jorge do Sul']) }
		]
	},
	{
		id: 'ambiguous-boa-safra',
		category: 'ambiguous',
		as: 'manager',
		turns: () => [{ say: 'situação da Boa Safra', expect: ask(['Coop Boa Safra']) }]
	},
	{
		id: 'ambiguous-horizonte',
		category: 'ambiguous',
		as: 'manager',
		turns: () => [
			{ say: 'perfil da Horizonte', expect: ask(['Horizonte Construtora', 'Horizonte Engenharia']) }
		]
	},
	{
		id: 'ambiguous-rep-sees-one',
		category: 'ambiguous',
		as: 'rep',
		turns: (e) => {
			const mine = e.named['Bom Preço'];
			return [
				{
					say: 'como está o Bom Preço?',
					expect:
						mine.repId === e.rep.id
							? profileOf(mine.id)
							: { tools: ['find_customers'], refusal: 'not_found' }
				}
			];
		}
	},
	{
		id: 'ask-which-customer',
		category: 'ambiguous',
		as: 'rep',
		turns: () => [{ say: 'agenda um retorno pra quinta', expect: { tools: [], refusal: 'ask' } }]
	}
];
