/**
 * What each purpose says (issue #7: commercial after a proposal or meeting, post-sale,
 * service, reactivation), in professional B2B Brazilian Portuguese, with no pressure: one
 * reason sentence for the customer, one soft next step, an e-mail subject, and for the phone
 * the goal, the context bullets and the likely objections with answers. Values come only from
 * `FormattedFacts`; a missing fact changes the sentence, never invents one.
 *
 * Issue #15 item 8 ("messages that don't read as templates"): the reason names the concrete
 * thing from the customer's history — the deal (as a phrase, never its raw title), the
 * complaint (what it was about), the promised return, the product last bought, how many days
 * since the last order — and every sentence has several wordings, picked by a hash of the
 * customer id (`variant.ts`), so drafts vary between customers and stay reproducible.
 */
import type { DraftContext, DraftPurpose } from './draft-context.ts';
import type { FormattedFacts } from './draft-facts.ts';
import { complaintPhrase, dealPhrase, ofPhrase } from './deal-name.ts';
import { pick } from './variant.ts';

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

/** "há 45 dias" when it is at least 2 days, else "em 21/11/2026". */
function lastOrderWhen(f: FormattedFacts): string {
	const days = Number(f.daysSinceLastOrder?.replace(/\./g, '') ?? 0);
	return days >= 2 ? `há ${f.daysSinceLastOrder} dias` : `em ${f.lastOrderDate}`;
}

function dealReason(c: DraftContext, f: FormattedFacts): string | null {
	if (!c.opportunity) return null;
	const id = c.customer.customerId;
	const d = dealPhrase(f.opportunityTitle!);
	switch (c.opportunity.stage) {
		case 'proposal':
			return pick(id, 'deal', [
				`Queria saber o que vocês acharam da nossa proposta para ${d.text}, enviada em ${f.opportunitySince}.`,
				`Estou retomando a proposta para ${d.text} que enviamos em ${f.opportunitySince}: ficou alguma dúvida ou ajuste a fazer?`,
				`Sobre a proposta para ${d.text}, enviada em ${f.opportunitySince}: vocês conseguiram avaliar?`
			]);
		case 'negotiation':
			return pick(id, 'deal', [
				`Queria dar sequência à nossa conversa sobre ${d.text}.`,
				`Estou retomando a negociação sobre ${d.text}, para ver se ficou algum ponto em aberto.`,
				`Queria saber se ficou algum ajuste pendente na negociação ${ofPhrase(d)}.`
			]);
		case 'evaluation':
			return pick(id, 'deal', [
				`Queria saber como está a avaliação ${ofPhrase(d)} por aí.`,
				`Sei que ${d.text} está em avaliação com vocês; ficou alguma dúvida em que eu possa ajudar?`,
				`Estou acompanhando a avaliação ${ofPhrase(d)}: se precisarem de alguma informação, é só dizer.`
			]);
		default:
			return pick(id, 'deal', [
				`Queria retomar a nossa conversa sobre ${d.text}.`,
				`Estou passando para ver se faz sentido avançarmos com ${d.text}.`,
				`Fiquei de voltar a falar sobre ${d.text} e queria saber como estão as coisas por aí.`
			]);
	}
}

/** A sentence about the last order (product and how long ago), or the last contact. */
function historyReason(c: DraftContext, f: FormattedFacts, salt: string): string | null {
	const id = c.customer.customerId;
	const product = f.products[0];
	if (f.lastOrderDate) {
		const of = product ? ` de ${product}` : '';
		return pick(id, salt, [
			`O último pedido${of} foi ${lastOrderWhen(f)}, e queria saber como estão as coisas por aí.`,
			`Vi aqui que o pedido de ${f.lastOrderDate}${product ? ` (${product})` : ''} foi o último; como está o consumo por aí?`,
			`Queria saber como está a demanda${product ? ` de ${product}` : ''} por aí, já que o último pedido foi ${lastOrderWhen(f)}.`,
			`Desde o pedido de ${f.lastOrderDate}${product ? `, de ${product},` : ''} não nos falamos, e queria saber se posso ajudar em algo.`
		]);
	}
	if (f.lastContactDate)
		return pick(id, salt, [
			`Desde o nosso contato de ${f.lastContactDate}, queria saber como estão as coisas por aí.`,
			`Estou retomando a nossa conversa de ${f.lastContactDate}, para saber se posso ajudar em algo.`,
			`Depois do nosso último contato, em ${f.lastContactDate}, quis saber como estão as coisas.`
		]);
	return null;
}

const COMMERCIAL_OFFERS = [
	'Se fizer sentido, podemos conversar no melhor momento para você.',
	'Quando for bom para você, podemos marcar uma conversa rápida.',
	'Se quiser, posso ligar para conversarmos com calma.',
	'Me diga qual o melhor horário para falarmos.',
	'Se precisar de algum ajuste, é só me falar.',
	'Posso preparar o que for preciso assim que você me disser.',
	'Qualquer dúvida, estou por aqui.',
	'Fico à disposição para o que precisar.',
	'Se for o caso, ajusto o que for necessário.',
	'Se preferir, combinamos uma ligação nesta semana.',
	'Conte comigo para o que precisar nessa etapa.',
	'Se tiver alguma dúvida, posso explicar por telefone.',
	'Se quiser revisar algum ponto, me diga quando podemos falar.',
	'Fico no aguardo do seu retorno, sem pressa.',
	'Se achar melhor, falamos por telefone.',
	'Estou à disposição para acertar os detalhes.'
];

function commercial(c: DraftContext, f: FormattedFacts): PurposeCopy {
	const id = c.customer.customerId;
	const deal = dealReason(c, f);
	const promised = f.promiseDate
		? pick(id, 'promise', [
				`Conforme combinamos em ${f.promiseDate}, volto a falar com você.`,
				`Como ficou combinado no nosso contato de ${f.promiseDate}, estou voltando a falar com você.`,
				`Combinamos em ${f.promiseDate} de nos falar de novo.`
			])
		: null;
	const body =
		deal ??
		historyReason(c, f, 'commercial') ??
		'Estou passando para saber como estão as coisas por aí e se posso ajudar com as próximas compras.';
	const d = f.opportunityTitle ? dealPhrase(f.opportunityTitle) : null;
	return {
		reason: promised ? `${promised} ${body}` : body,
		offer: pick(id, 'offer', COMMERCIAL_OFFERS),
		subject: f.opportunityTitle
			? `${f.opportunityTitle} — ${f.customer}`
			: `${f.customer}: acompanhamento`,
		goal: d
			? `Saber como está ${d.text} e se há ajustes; combinar o próximo passo.`
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
	const id = c.customer.customerId;
	const items = listOf(f.products.slice(0, 2));
	const reason = f.lastOrderDate
		? pick(id, 'post_sale', [
				`Estou passando para saber se o pedido de ${f.lastOrderDate} chegou certinho${items ? ` e se está tudo em ordem com ${items}` : ''}.`,
				`Queria confirmar se a entrega do pedido de ${f.lastOrderDate}${items ? ` (${items})` : ''} chegou bem.`,
				`Como foi o recebimento do pedido de ${f.lastOrderDate}${items ? `, com ${items}` : ''}? Quero ter certeza de que chegou tudo certo.`,
				`Só para confirmar: o pedido de ${f.lastOrderDate} chegou em ordem${items ? `, e está tudo certo com ${items}` : ''}?`
			])
		: 'Estou passando para saber se a última entrega chegou certinho e se está tudo em ordem.';
	return {
		reason,
		offer: pick(id, 'offer', [
			'Se houver qualquer ponto a ajustar, me avise que eu cuido disso com a equipe.',
			'Se algo não estiver como combinado, me conte que eu resolvo com a equipe.',
			'Qualquer ajuste, é só me falar.',
			'Se precisar de alguma troca ou acerto, estou por aqui.',
			'Se algo chegou diferente do esperado, me avise para corrigirmos.',
			'Fico à disposição para qualquer acerto na entrega.',
			'Se faltou alguma coisa, me diga que eu verifico.',
			'Qualquer problema na entrega, pode contar comigo.',
			'Se quiser, posso ligar para acertar qualquer detalhe.'
		]),
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
	const id = c.customer.customerId;
	const what = c.complaint
		? (complaintPhrase(c.complaint.summary) ?? `o assunto “${c.complaint.summary}”`)
		: null;
	const reason =
		what && f.complaintDate
			? pick(id, 'service', [
					`Quero acompanhar ${what} que vocês nos relataram em ${f.complaintDate} e saber se já ficou resolvido.`,
					`Sobre ${what}, do nosso contato de ${f.complaintDate}: queria saber se já está tudo resolvido.`,
					`Estou acompanhando ${what} que vocês apontaram em ${f.complaintDate}; a situação já foi resolvida?`
				])
			: (historyReason(c, f, 'service') ??
				'Quero saber se está tudo certo com o nosso atendimento e se há algo em que eu possa ajudar.');
	return {
		reason,
		offer: pick(id, 'offer', [
			'Se ainda houver algo pendente, me conte que eu cuido do encaminhamento.',
			'Se ainda faltar alguma coisa, me avise que eu acompanho de perto.',
			'Se o problema continuar, me diga que eu encaminho com prioridade.',
			'Qualquer pendência, pode me chamar que eu resolvo com a equipe.',
			'Se precisar de algo mais, estou por aqui.',
			'Se algo ainda não estiver certo, me conte para eu encaminhar.',
			'Fico à disposição para acompanhar até ficar tudo resolvido.',
			'Me avise se ainda houver algo a acertar.'
		]),
		subject: `Acompanhamento do atendimento — ${f.customer}`,
		goal: f.complaintDate
			? `Confirmar se a reclamação de ${f.complaintDate} (${what}) foi resolvida; se não, registrar o que falta e combinar um prazo de retorno.`
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
	const id = c.customer.customerId;
	const product = f.products[0];
	const reason = f.lastOrderDate
		? pick(id, 'reactivation', [
				`O último pedido de vocês${product ? `, de ${product},` : ''} foi ${lastOrderWhen(f)}, e queria saber como estão as coisas por aí.`,
				`O último pedido de vocês foi em ${f.lastOrderDate}${product ? ` (${product})` : ''}; queria saber se mudou algo na demanda.`,
				`Senti falta de vocês por aqui: o último pedido${product ? ` de ${product}` : ''} foi ${lastOrderWhen(f)}.`,
				`Vi que o último pedido${product ? ` de ${product}` : ''} foi em ${f.lastOrderDate}; como está o estoque de vocês?`
			])
		: f.lastContactDate
			? `Desde o nosso contato de ${f.lastContactDate} não nos falamos; queria saber como estão as coisas por aí e se posso ajudar em algo.`
			: 'Faz um tempo que não conversamos. Queria saber como estão as coisas por aí e se posso ajudar em algo.';
	return {
		reason,
		offer: pick(id, 'offer', [
			'Quando for um bom momento, fico à disposição para conversar sobre as próximas compras.',
			'Se fizer sentido, posso mandar as condições atuais para vocês compararem.',
			'Se quiser, marcamos uma conversa rápida quando for bom para você.',
			'Me diga se posso ajudar de alguma forma.',
			'Quando precisarem repor, é só me chamar.',
			'Se algo mudou do lado de vocês, gostaria de entender.',
			'Posso ligar para conversarmos com calma, se preferir.',
			'Estou por aqui para o que precisarem.'
		]),
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
