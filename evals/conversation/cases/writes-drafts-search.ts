/**
 * Requests to write (schedule, log, complete: always stopped at the person's approval), to
 * draft a message (draft_follow_up) and to search the contact history (search_interactions).
 * The last two tools were being written when these cases were: the cases say what a correct
 * answer is, and fail until the tools and the offline model can give it.
 */
import { ABSENT, either, mentions } from '../../scorers/arguments.ts';
import type { ConversationCase } from '../case-types.ts';
import { anyName, DATES } from './helpers.ts';

const schedule = (customerId: number, args: Record<string, unknown>) => ({
	tools: ['find_customers', 'schedule_follow_up'],
	args: { schedule_follow_up: { customerId, ...args } },
	approval: 'schedule_follow_up'
});
const log = (customerId: number, args: Record<string, unknown>) => ({
	tools: ['find_customers', 'log_interaction'],
	args: { log_interaction: { customerId, ...args } },
	approval: 'log_interaction'
});

export const WRITE: ConversationCase[] = [
	{
		id: 'schedule-thursday',
		category: 'write',
		as: 'rep',
		turns: (e) => [
			{
				say: `agenda um retorno pra quinta com o ${e.own.name}`,
				expect: schedule(e.own.id, { dueDate: DATES.thursday })
			}
		]
	},
	{
		id: 'schedule-call-tomorrow',
		category: 'write',
		as: 'rep',
		turns: (e) => [
			{
				say: `agendar ligação amanhã com o ${e.ownSecond.name}`,
				expect: schedule(e.ownSecond.id, { dueDate: DATES.tomorrow, channel: 'phone' })
			}
		]
	},
	{
		id: 'schedule-visit-friday',
		category: 'write',
		as: 'rep',
		turns: (e) => [
			{
				say: `marca uma visita na sexta com o ${e.own.name}`,
				expect: schedule(e.own.id, { dueDate: DATES.friday, channel: 'visit' })
			}
		]
	},
	{
		id: 'schedule-remind',
		category: 'write',
		as: 'rep',
		style: 'paraphrase',
		turns: (e) => [
			{
				say: `me lembra de ligar pro ${e.ownSecond.name} na quarta`,
				expect: schedule(e.ownSecond.id, { dueDate: DATES.wednesday, channel: 'phone' })
			}
		]
	},
	{
		id: 'schedule-reactivation',
		category: 'write',
		as: 'rep',
		turns: (e) => [
			{
				say: `agenda um contato de reativação com o ${e.ownStopper.name} pra segunda que vem`,
				expect: schedule(e.ownStopper.id, { dueDate: DATES.nextMonday, purpose: 'reactivation' })
			}
		]
	},
	{
		id: 'log-call',
		category: 'write',
		as: 'rep',
		turns: (e) => [
			{
				say: `liguei pro ${e.own.name}: pediu tabela nova`,
				expect: log(e.own.id, { channel: 'phone', summary: mentions('tabela nova') })
			}
		]
	},
	{
		id: 'log-visit-order',
		category: 'write',
		as: 'rep',
		turns: (e) => [
			{
				say: `registra uma visita no ${e.ownSecond.name}, fez pedido`,
				expect: log(e.ownSecond.id, { channel: 'visit', outcome: 'order_placed' })
			}
		]
	},
	{
		id: 'complete-follow-up',
		category: 'write',
		as: 'rep',
		turns: (e) => [
			{
				say: `conclui o follow-up ${e.repFollowUpId}, não atendeu`,
				expect: {
					tools: ['complete_follow_up'],
					args: { complete_follow_up: { followUpId: e.repFollowUpId, outcome: 'no_answer' } },
					approval: 'complete_follow_up'
				}
			}
		]
	}
];

const draft = (customerId: number, args: Record<string, unknown> = {}) => ({
	tools: ['find_customers', 'draft_follow_up'],
	args: { draft_follow_up: { customerId, ...args } }
});

export const DRAFT: ConversationCase[] = [
	{
		id: 'draft',
		category: 'draft',
		as: 'rep',
		turns: (e) => [
			{
				say: `prepara uma mensagem pro ${e.own.name}`,
				expect: { ...draft(e.own.id), facts: [e.own.name] }
			}
		]
	},
	{
		id: 'draft-whatsapp',
		category: 'draft',
		as: 'rep',
		turns: (e) => [
			{
				say: `escreve um whatsapp pro ${e.own.name} oferecendo a reposição`,
				expect: draft(e.own.id, { channel: 'whatsapp' })
			}
		]
	},
	{
		id: 'draft-reactivation-email',
		category: 'draft',
		as: 'rep',
		turns: (e) => [
			{
				say: `rascunho de e-mail de reativação pro ${e.ownStopper.name}`,
				expect: draft(e.ownStopper.id, { channel: 'email', purpose: 'reactivation' })
			}
		]
	},
	{
		id: 'draft-what-to-say',
		category: 'draft',
		as: 'rep',
		style: 'paraphrase',
		turns: (e) => [{ say: `o que eu digo pro ${e.ownSecond.name}?`, expect: draft(e.ownSecond.id) }]
	},
	{
		id: 'draft-zap-post-sale',
		category: 'draft',
		as: 'rep',
		style: 'slang',
		turns: (e) => [
			{
				say: `prepara um zap de pós-venda pro ${e.ownSecond.name}`,
				expect: draft(e.ownSecond.id, { channel: 'whatsapp', purpose: 'post_sale' })
			}
		]
	},
	{
		id: 'draft-stopper',
		category: 'draft',
		as: 'rep',
		turns: (e) => [
			{
				say: `me ajuda a escrever uma mensagem pro ${e.ownStopper.name}, que sumiu`,
				expect: draft(e.ownStopper.id, { purpose: either(ABSENT, 'reactivation') })
			}
		]
	}
];

const search = (args: Record<string, unknown>) => ({
	tools: ['search_interactions'],
	args: { search_interactions: args }
});

export const SEARCH: ConversationCase[] = [
	{
		id: 'search-delay',
		category: 'search',
		as: 'manager',
		turns: (e) => [
			{
				say: 'quem reclamou de atraso na entrega?',
				expect: { ...search({ query: mentions('atras') }), facts: [anyName(e.delayComplainers)] }
			}
		]
	},
	{
		id: 'search-discount',
		category: 'search',
		as: 'manager',
		style: 'paraphrase',
		turns: () => [
			{ say: 'quais clientes pediram desconto?', expect: search({ query: mentions('desconto') }) }
		]
	},
	{
		id: 'search-competitor',
		category: 'search',
		as: 'manager',
		style: 'paraphrase',
		turns: () => [
			{
				say: 'tem alguém falando de concorrente com preço menor?',
				expect: search({ query: mentions('concorr') })
			}
		]
	},
	{
		id: 'search-customer',
		category: 'search',
		as: 'rep',
		turns: (e) => [
			{
				say: `o ${e.own.name} já reclamou de alguma coisa?`,
				expect: {
					tools: ['find_customers', 'search_interactions'],
					args: { search_interactions: { customerId: e.own.id } }
				}
			}
		]
	},
	{
		id: 'search-quality-whatsapp',
		category: 'search',
		as: 'manager',
		turns: () => [
			{
				say: 'problemas de qualidade que chegaram por whatsapp',
				expect: search({ query: mentions('qualidade'), channel: 'whatsapp' })
			}
		]
	},
	{
		id: 'search-bare',
		category: 'search',
		as: 'rep',
		style: 'no accents',
		turns: () => [
			{
				say: 'alguem pediu orcamento esse mes?',
				expect: search({ query: mentions('orcamento', 'orçamento') })
			}
		]
	}
];
