/**
 * What each purpose says (issue #7: commercial after a proposal or meeting, post-sale,
 * service, reactivation), in professional B2B Brazilian Portuguese, with no pressure: one
 * reason sentence for the customer, one soft next step, an e-mail subject, and for the phone
 * the goal, the context bullets and the likely objections with answers. Values come only from
 * `FormattedFacts`; a missing fact changes the sentence, never invents one.
 */
import type { DraftContext, DraftPurpose } from './draft-context.ts';
import type { FormattedFacts } from './draft-facts.ts';

export interface Objection {
	objection: string;
	answer: string;
}

export interface PurposeCopy {
	/** Customer-facing: why I am writing (one or two sentences). */
	reason: string;
	/** Customer-facing: the next step offered, never pushed. */
	offer: string;
	subject: string;
	/** For the rep: what the call is for. */
	goal: string;
	objections: Objection[];
}

/** "A, B e C". */
export function listOf(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} e ${items.at(-1)}`;
}

function dealSentence(c: DraftContext, f: FormattedFacts): string | null {
	if (!c.opportunity) return null;
	const title = f.opportunityTitle!;
	switch (c.opportunity.stage) {
		case 'proposal':
			return `a proposta de ${title} que enviamos em ${f.opportunitySince}`;
		case 'negotiation':
			return `a nossa negociação de ${title}`;
		case 'evaluation':
			return `a proposta de ${title}, que está em avaliação com vocês`;
		default:
			return `o assunto ${title}`;
	}
}

function commercial(c: DraftContext, f: FormattedFacts): PurposeCopy {
	const deal = dealSentence(c, f);
	const promised = f.promiseDate ? `Conforme combinamos em ${f.promiseDate}, ` : '';
	const reason = deal
		? `${promised}${promised ? 'estou' : 'Estou'} retomando ${deal}, para saber se ficou alguma dúvida ou ajuste a fazer.`
		: `${promised}${promised ? 'estou' : 'Estou'} passando para saber como estão as coisas por aí e se posso ajudar com as próximas compras.`;
	return {
		reason,
		offer: 'Se fizer sentido, podemos conversar no melhor momento para você.',
		subject: f.opportunityTitle
			? `${f.opportunityTitle} — ${f.customer}`
			: `${f.customer}: acompanhamento`,
		goal: deal
			? `Saber se ${deal} foi avaliada e se há ajustes; combinar o próximo passo.`
			: 'Manter o relacionamento e entender a previsão das próximas compras.',
		objections: [
			{
				objection: 'O preço está alto.',
				answer:
					'Entender com quais itens e volumes a comparação foi feita e levar a condição para análise, sem prometer desconto na ligação.'
			},
			{
				objection: 'Ainda não tivemos tempo de avaliar.',
				answer: 'Perguntar quando faz sentido retomar e registrar a data combinada.'
			},
			{
				objection: 'Estamos cotando com outros fornecedores.',
				answer:
					'Agradecer a transparência, reforçar prazo de entrega e atendimento e pedir a chance de ajustar a proposta.'
			}
		]
	};
}

function postSale(c: DraftContext, f: FormattedFacts): PurposeCopy {
	const products = f.products.length ? ` e se está tudo em ordem com ${listOf(f.products)}` : '';
	const reason = f.lastOrderDate
		? `Estou passando para saber se o pedido de ${f.lastOrderDate} chegou certinho${products}.`
		: 'Estou passando para saber se a última entrega chegou certinho e se está tudo em ordem.';
	return {
		reason,
		offer: 'Se houver qualquer ponto a ajustar, me avise que eu cuido disso com a equipe.',
		subject: f.lastOrderDate
			? `Seu pedido de ${f.lastOrderDate} — ${f.customer}`
			: `Pós-venda — ${f.customer}`,
		goal: 'Confirmar que a entrega chegou bem e que o cliente está satisfeito; ouvir se há algo a corrigir.',
		objections: [
			{
				objection: 'Houve atraso ou avaria na entrega.',
				answer:
					'Pedir os detalhes, dizer o que será feito e quando haverá retorno, sem discutir culpa; registrar no Giro.'
			},
			{
				objection: 'Não fui eu quem recebeu o pedido.',
				answer: 'Perguntar quem recebeu e qual o melhor contato para confirmar.'
			}
		]
	};
}

function service(c: DraftContext, f: FormattedFacts): PurposeCopy {
	void c;
	const reason = f.complaintDate
		? `Quero acompanhar o ponto que vocês nos trouxeram em ${f.complaintDate} e saber se já ficou resolvido.`
		: 'Quero saber se está tudo certo com o nosso atendimento e se há algo em que eu possa ajudar.';
	return {
		reason,
		offer: 'Se ainda houver algo pendente, me conte que eu cuido do encaminhamento.',
		subject: `Acompanhamento do atendimento — ${f.customer}`,
		goal: f.complaintDate
			? `Confirmar se a reclamação de ${f.complaintDate} foi resolvida; se não, registrar o que falta e combinar um prazo de retorno.`
			: 'Verificar a satisfação com o atendimento e registrar qualquer pendência.',
		objections: [
			{
				objection: 'O problema continua.',
				answer:
					'Anotar os detalhes, dizer o que será feito e quando haverá retorno; não prometer o que não depende de você.'
			},
			{
				objection: 'Estamos pensando em trocar de fornecedor.',
				answer:
					'Ouvir sem contestar, reconhecer o problema e propor um próximo passo concreto com data.'
			}
		]
	};
}

function reactivation(c: DraftContext, f: FormattedFacts): PurposeCopy {
	void c;
	const since = f.lastOrderDate ? ` O último pedido de vocês foi em ${f.lastOrderDate}.` : '';
	return {
		reason: `Faz um tempo que não conversamos.${since} Queria saber como estão as coisas por aí e se posso ajudar em algo.`,
		offer: 'Quando for um bom momento, fico à disposição para conversar sobre as próximas compras.',
		subject: `${f.customer}: como podemos ajudar?`,
		goal: 'Entender por que o cliente deixou de comprar e se há espaço para voltar, sem pressionar.',
		objections: [
			{
				objection: 'Estamos comprando de outro fornecedor.',
				answer:
					'Perguntar o que pesou na decisão (preço, prazo, atendimento) e se há espaço para uma proposta, sem insistir.'
			},
			{
				objection: 'Ainda temos estoque.',
				answer: 'Perguntar quando preveem a próxima compra e combinar um retorno nessa época.'
			},
			{
				objection: 'O preço de vocês subiu.',
				answer: 'Entender a referência e levar para análise; não oferecer desconto sem autorização.'
			}
		]
	};
}

export const PURPOSE_COPY: Record<
	DraftPurpose,
	(c: DraftContext, f: FormattedFacts) => PurposeCopy
> = {
	commercial,
	post_sale: postSale,
	service,
	reactivation
};
