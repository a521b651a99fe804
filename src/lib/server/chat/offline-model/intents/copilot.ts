/**
 * Intents for what people asked that the first table lacked: greetings and thanks, what Giro
 * can do, sales in a period, rankings and comparisons, a customer's products and contacts,
 * new customers, the biggest buyers, "o que tenho pra fazer hoje?", and asks no tool answers
 * (billing, commission, competitors' prices, creating orders, reassigning customers).
 * Periods, places, segments and reps come from slots.ts, merged by turn-plan.ts.
 */
import { extractChannel, extractDate, extractPurpose } from '../extract.ts';
import { lightNormalize } from '../normalize.ts';
import { followUpsIntent } from './rep-work.ts';
import { defined, OPENING, type Intent, type Request } from './types.ts';

/** The name after the contact word: "telefone do X", "zap de alguém do X", "e-mail de contato do X". */
function contactCustomer(req: Request): string | undefined {
	const light = lightNormalize(req.original);
	const m = /\b(telefone|fone|celular|numero|zap|whats\w*|wpp|e-?mail)\b/.exec(light);
	if (!m) return undefined;
	let start = m.index + m[0].length;
	const rest = light.slice(start);
	const lead =
		/^\s*(?:(?:de|do|da) )?(?:(?:alguem|algum contato|contato|comprador|compradora|responsavel) )?(?:(?:de|do|da|dos|das|no|na|pro|pra) )?/.exec(
			rest
		)!;
	start += lead[0].length;
	const name = req.original
		.slice(start)
		.replace(/[?.!]+\s*$/, '')
		.trim();
	return name.length >= 3 && !/^(dele|dela|deles|delas|ele|ela)\b/i.test(name) ? name : undefined;
}

const GREETING =
	/^(oi+|ola|opa|e ai|eai|bom dia|boa tarde|boa noite|hey|salve|fala giro|oi giro)\b/;
const THANKS = /^(obrigad[oa]|brigad[oa]|valeu|vlw|muito obrigad[oa]|grat[oa]|tmj|show|perfeito)\b/;

const WHAT_I_DO =
	'Posso mostrar quem parou de comprar, clientes em risco ou comprando menos, a carteira e as vendas por período, ' +
	'rankings de vendedores, segmentos e UFs, e a sua agenda de follow-ups.';

export const greetingIntent: Intent = {
	id: 'greeting',
	tool: null,
	customer: 'none',
	patterns: [
		new RegExp(
			`${GREETING.source}(?: (giro|tudo|bem|certo|bom|blz|beleza|ai|pessoal|td|como vai))*$`
		),
		/\b(o que (voce|vc) (sabe|pode|consegue) fazer|como (isso )?funciona)\b|^(me )?ajuda\b|^help\b/
	],
	args: () => ({}),
	reply: (req) => {
		const hello = req.text.match(GREETING)?.[1];
		const opening = hello ? `${hello.charAt(0).toUpperCase()}${hello.slice(1)}!` : 'Claro!';
		return `${opening} ${WHAT_I_DO} Por exemplo: "quem está em risco?" ou "o que tenho pra fazer hoje?".`;
	}
};

export const thanksIntent: Intent = {
	id: 'thanks',
	tool: null,
	customer: 'none',
	patterns: [new RegExp(`${THANKS.source}(?: (giro|mesmo|demais|muito|viu|ai|pela ajuda))*$`)],
	args: () => ({}),
	reply: () => 'Por nada! Se precisar, é só perguntar.'
};

const NO_TOOL: [RegExp, string][] = [
	[
		/\b(boleto|boletos|inadimplen\w*|titulos? (vencidos?|em aberto)|contas a receber|limite de credito|credito)\b/,
		'financeiro (boletos, crédito, inadimplência)'
	],
	[/\bcomiss(ao|oes)\b/, 'comissão'],
	[/\bpreco (do|de|dos|da) concorren\w*|\bconcorren\w* (cobra|pratica)/, 'preços de concorrentes'],
	[
		new RegExp(
			`${OPENING}(gera|gerar|cria|criar|faz|fazer|lanca|lancar|tira|tirar) (um |o )?pedido\\b`
		),
		'criar pedidos (o Giro lê os pedidos do ERP, não lança pedidos)'
	],
	[
		new RegExp(
			`${OPENING}(passa|passar|transfere|transferir|muda|mudar) .* (pro|pra|para) (o |a )?[a-z]+$`
		),
		'mudar o vendedor de um cliente'
	],
	[
		/\b(manda|mandar|envia|enviar) (esse|este|o) relatorio\b|\brelatorio por e ?mail\b/,
		'enviar relatórios por e-mail'
	]
];

export const noToolIntent: Intent = {
	id: 'no_tool',
	tool: null,
	customer: 'none',
	patterns: NO_TOOL.map(([re]) => re),
	args: () => ({}),
	reply: (req) => {
		const what = NO_TOOL.find(([re]) => re.test(req.text))?.[1] ?? 'isso';
		return `Não tenho ferramenta para ${what}. ${WHAT_I_DO}`;
	}
};

export const todayIntent: Intent = {
	id: 'today_queue',
	tool: 'get_rep_queue',
	customer: 'none',
	patterns: [
		/\b(o que|que) (eu )?(tenho|tem) (pra|para|que) fazer\b|\bqual a boa\b|\bpor onde comeco\b/,
		/\b(pra|para) quem (eu )?(ligo|ligar|mando)\b/
	],
	args: () => ({})
};

export const productsIntent: Intent = {
	id: 'customer_products',
	tool: 'get_customer_products',
	customer: 'required',
	patterns: [
		/\bmix( de produtos)?\b/,
		/\b(qual|quais|que) (o )?produtos? .*\b(compra|comprou|leva|levou|deixou|parou)\b/,
		/\bo que (o|a|ele|ela|eles) .*\b(parou|deixou) de (comprar|levar|pedir)\b/,
		/\b(parou|deixou) de (comprar|levar|pedir) o que\b/,
		/^(o que|oq) (o|a|ele|ela|eles) (?!.*\bcostuma\b).*\b(compra|comprou|leva|levou|compram)\b/
	],
	args: () => ({})
};

export const contactsIntent: Intent = {
	id: 'customer_contacts',
	tool: 'get_customer_contacts',
	customer: 'required',
	patterns: [
		/\b(telefone|fone|celular|numero|zap|whats|whatsapp|wpp|e ?mail|email)\b.*\b(do|da|de|dele|dela|deles|delas|no|na)\b/,
		/\b(telefone|fone|celular|contatos?) (dele|dela|deles|delas)\b/
	],
	customerName: contactCustomer,
	args: () => ({})
};

/** "liga amanhã pro X", "visita quinta no X": a phone call or visit scheduled, approved first. */
export const callIntent: Intent = {
	id: 'schedule_call',
	tool: 'schedule_follow_up',
	customer: 'required',
	patterns: [
		new RegExp(
			`${OPENING}(liga|ligue|ligar|lembra de ligar|lembrar de ligar|visita|visitar|passa|passar) .*\\b(amanha|hoje|segunda|terca|quarta|quinta|sexta|sabado|domingo|dia \\d+|semana que vem|proxima semana)\\b`
		)
	],
	args: (req) =>
		defined({
			dueDate: extractDate(req.original, req.today),
			channel: extractChannel(req.text) ?? 'phone',
			purpose: extractPurpose(req.text)
		})
};

/** "tô devendo algum retorno?": the overdue follow-ups. */
export const overdueIntent: Intent = {
	id: 'overdue_follow_ups',
	tool: 'list_follow_ups',
	customer: 'none',
	patterns: [
		/\b(devendo|atrasad\w*|vencid\w*|pendente\w*) .*\b(retorno|retornos|follow up|ligacao|ligacoes)\b/,
		/\b(retorno|retornos|follow up) (atrasad|vencid|pendente)\w*/
	],
	args: () => ({ window: 'overdue' })
};

/** "o que tenho agendado pra próxima semana?": the follow-ups agenda. */
export const scheduledIntent: Intent = {
	...followUpsIntent,
	id: 'scheduled_follow_ups',
	patterns: [/\b(tenho|tem|temos) (algo |alguma coisa )?(agendad|marcad|programad)\w*/]
};

/** "Agro Azevedo de Campinas, como está?": the name first, the question after. */
export const leadingNameIntent: Intent = {
	id: 'profile_leading_name',
	tool: 'get_customer_profile',
	customer: 'required',
	patterns: [/^\S.{2,60} (como (esta|ta|anda|vai)|tudo certo|como estao as coisas)$/],
	customerName: (req) =>
		req.original
			.split(/,|\s+como\s/)[0]
			.replace(/\s+(de|em)\s+[A-ZÀ-Ú][\p{L} ]*$/u, '')
			.trim() || undefined,
	args: () => ({})
};

export const newCustomersIntent: Intent = {
	id: 'new_customers',
	tool: 'list_customers',
	customer: 'none',
	patterns: [/\bclientes? nov[oa]s?\b/, /\b(tenho|temos|tem) (algum )?clientes? novo/],
	args: () => ({ states: ['new'] })
};

export const topBuyersIntent: Intent = {
	id: 'top_buyers',
	tool: 'list_customers',
	customer: 'none',
	patterns: [
		/\b(mais compram|compram mais|maiores clientes|maiores compradores|melhores clientes)\b/,
		/\b(meus|os) \S+ maiores clientes\b/
	],
	args: () => ({ sort: 'usual_monthly' })
};

export const biggestDeclineIntent: Intent = {
	id: 'biggest_decline',
	tool: 'list_customers',
	customer: 'none',
	patterns: [
		/\b(qual|quais|que|quem) (cliente |clientes )?(mais )?(caiu|cairam|despencou|diminuiu|reduziu)\b/
	],
	args: () => ({ declining: true })
};

const SALES_WORDS =
	/^(?!.*\b(perd\w*|em risco|deixamos de|deixando de)\b).*\b(faturamos|faturou|faturei|faturamento|fatura|receita|vendemos|vendeu|vendi|venderam|vendas|vendido|pedidos (entraram|fechei|fechamos|fechados)|quantos pedidos)\b/;

const groupOf = (text: string): string | undefined =>
	/\b(por mes|mes a mes|mensal|cada mes)\b/.test(text)
		? 'month'
		: /\b(por semana|semana a semana|semanal|cada semana)\b/.test(text)
			? 'week'
			: /\b(quem vendeu|qual vendedor|por vendedor|por vendedora|vendedores)\b/.test(text)
				? 'rep'
				: /\bpor segmento|qual segmento\b/.test(text)
					? 'segment'
					: /\bpor (estado|uf)\b/.test(text)
						? 'uf'
						: undefined;

export const salesIntent: Intent = {
	id: 'sales_by_period',
	tool: 'get_sales_by_period',
	customer: 'none',
	patterns: [SALES_WORDS],
	args: (req) => defined({ groupBy: groupOf(req.text) })
};

/** "quanto o X comprou este ano?": one customer's sales. */
export const customerSalesIntent: Intent = {
	id: 'customer_sales',
	tool: 'get_sales_by_period',
	customer: 'required',
	patterns: [/\bquanto (o|a) .+ (comprou|comprado|gastou)\b/],
	args: () => ({})
};

const RANK_WORDS = [
	/\b(qual|quais|que|em qual|em que|onde) (vendedor|vendedora|vendedores|segmento|segmentos|estado|estados|uf|ufs|regiao)\b/,
	/\branking\b|\brank\b/,
	/^(?!.*\bmes (passado|anterior)\b).*\bcompar\w*\b/,
	/\b(vs|versus|x)\b/,
	/\btop \S+ (segmentos|vendedores|estados|ufs)\b/,
	/\bquem tem (a )?(maior|menor) carteira\b/,
	/\b(onde|em qual estado) (a gente|nos|nós) (perde|perdemos)\b/
];

const metricOf = (text: string): string =>
	/\bperd/.test(text)
		? 'lost_revenue'
		: /\b(faturamento|receita|r\$|dinheiro) em risco\b/.test(text)
			? 'revenue_at_risk'
			: /\bem risco\b/.test(text)
				? 'at_risk'
				: /\binativ/.test(text)
					? 'inactive'
					: /\b(comprando menos|queda|caindo)\b/.test(text)
						? 'declining'
						: /\bnovos\b/.test(text)
							? 'new'
							: /\b(pesa|faturamento habitual|habitual)\b/.test(text)
								? 'usual_monthly'
								: /\b(clientes|carteira)\b/.test(text)
									? 'customers'
									: 'revenue_at_risk';

const byOf = (text: string): string | undefined =>
	/\b(segmento|segmentos)\b/.test(text)
		? 'segment'
		: /\b(estado|estados|uf|ufs|onde)\b/.test(text)
			? 'uf'
			: /\b(vendedor|vendedora|vendedores|quem tem)\b/.test(text)
				? 'rep'
				: undefined;

export const rankIntent: Intent = {
	id: 'rank_portfolio',
	tool: 'rank_portfolio',
	customer: 'none',
	patterns: RANK_WORDS,
	args: (req) => defined({ by: byOf(req.text), metric: metricOf(req.text) })
};

/** "e comparado com o mês passado?": the portfolio's health against the end of last month. */
export const monthCompareIntent: Intent = {
	id: 'health_vs_last_month',
	tool: 'get_portfolio_health',
	customer: 'none',
	patterns: [
		/^(?!.*\b(faturamento|faturamos|vendas|receita|vendeu|vendemos)\b).*\bcompar\w*\b.*\bmes (passado|anterior)\b/
	],
	args: () => ({ compareTo: 'previous_month_end' })
};
