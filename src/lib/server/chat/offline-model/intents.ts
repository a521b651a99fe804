/**
 * The offline model's intent table: for each thing a rep or manager asks, the patterns that
 * recognise it (on normalised text, see normalize.ts), the tool it calls, whether a customer
 * must be found first, and how the arguments are read from the sentence. First match wins,
 * so the more specific rules come first.
 */
import {
	extractChannel,
	extractCustomerName,
	extractDate,
	extractNote,
	extractOutcome,
	extractPeriod
} from './extract.ts';
import { draftIntent } from './draft-intent.ts';
import { normalize } from './normalize.ts';
import { searchInteractionsIntent } from './search-intent.ts';

export interface Request {
	/** The message as typed. */
	original: string;
	/** normalize(original). */
	text: string;
	/** AAAA-MM-DD. */
	today: string;
}

export type Args = Record<string, unknown>;

export interface Intent {
	id: string;
	/** Tool to call; null: answered without a tool (out of scope). */
	tool: string | null;
	patterns: RegExp[];
	/** 'required': find_customers first, then the tool with customerId. */
	customer: 'none' | 'required' | 'optional';
	/** Where the customer's name is in the request; default `extractCustomerName`. */
	customerName?: (req: Request) => string | undefined;
	args(req: Request): Args;
}

const scopeArgs = (req: Request): Args => {
	const args: Args = {};
	const uf = req.original.match(/\b(?:em|no|na|d[eoa]|uf)\s+([A-Z]{2})\b/);
	if (uf) args.uf = uf[1];
	return args;
};

const breakdown = (text: string): string | undefined =>
	/\bpor (vendedor|rep|representante)/.test(text)
		? 'rep'
		: /\bpor segmento/.test(text)
			? 'segment'
			: /\bpor (uf|estado)/.test(text)
				? 'uf'
				: undefined;

const defined = (args: Args): Args =>
	Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined));

export const INTENTS: Intent[] = [
	{
		id: 'out_of_scope',
		tool: null,
		customer: 'none',
		patterns: [
			/\b(dolar|euro|cambio|bolsa|ibovespa|bitcoin|selic|inflacao|ipca|tempo amanha|clima|chover|chuva|futebol|jogo|noticia|noticias|piada|receita de)\b/
		],
		args: () => ({})
	},
	draftIntent,
	{
		id: 'schedule_follow_up',
		tool: 'schedule_follow_up',
		customer: 'required',
		patterns: [
			/\b(agenda|agendar|agende|marca|marcar|marque|cria|criar|crie|programa|programar|coloca|bota)\b.*\b(retorno|follow up|ligacao|ligar|visita|contato|lembrete|whatsapp|email)\b/,
			/\bme lembr[ae] de (ligar|falar|mandar|visitar)\b/,
			/\b(retorno|follow up) (pra|para|na|no|dia|amanha)\b.*\bcom\b/
		],
		args: (req) =>
			defined({
				dueDate: extractDate(req.original, req.today),
				channel: extractChannel(req.text)
			})
	},
	{
		id: 'complete_follow_up',
		tool: 'complete_follow_up',
		customer: 'none',
		patterns: [
			/\b(conclui|concluir|conclua|finaliza|finalizar|fecha|fechar|baixa|feito|feita)\b.*\bfollow up \d+/,
			/\bfollow up \d+\b.*\b(feito|concluido|fechado|pronto)\b/
		],
		args: (req) =>
			defined({
				followUpId: Number(req.text.match(/follow up (\d+)/)![1]),
				outcome: extractOutcome(req.text) ?? 'answered',
				summary: extractNote(req.original)
			})
	},
	{
		id: 'log_interaction',
		tool: 'log_interaction',
		customer: 'required',
		patterns: [
			/\b(registra|registrar|registre|anota|anotar|anote|loga|logar|lanca|lancar)\b.*\b(ligacao|visita|contato|conversa|interacao|reuniao|whatsapp|email|liguei|visitei|falei)\b/,
			/^(liguei|visitei|falei|conversei|telefonei|mandei)\b/
		],
		args: (req) =>
			defined({
				channel: extractChannel(req.text) ?? 'phone',
				summary: extractNote(req.original) ?? req.original.trim().slice(0, 500),
				outcome: extractOutcome(req.text)
			})
	},
	searchInteractionsIntent,
	{
		id: 'list_interactions',
		tool: 'list_interactions',
		customer: 'optional',
		patterns: [
			/\b(historico|interacoes|ultimos contatos|contatos com|conversas com|quando (foi que )?(falamos|falei|ligamos|liguei))\b/
		],
		args: (req) =>
			defined({ channel: channelFilter(req.text), period: extractPeriod(req.text, req.today) })
	},
	{
		id: 'list_follow_ups',
		tool: 'list_follow_ups',
		customer: 'none',
		patterns: [
			/\b(follow up|compromissos|retornos|agenda)\b/,
			/\bquem (eu )?tenho que (ligar|retornar) (hoje|amanha|essa semana)\b/
		],
		args: (req) => {
			const t = req.text;
			const window = /\b(atrasad|vencid)/.test(t)
				? 'overdue'
				: /\b(semana que vem|proxima semana)\b/.test(t)
					? 'next_week'
					: /\b(hoje|hj)\b/.test(t)
						? 'today'
						: /\b(essa|esta|nessa|nesta|dessa|desta) semana\b/.test(t)
							? 'this_week'
							: 'agenda';
			return defined({ window, status: /\b(feitos|concluidos)\b/.test(t) ? 'done' : undefined });
		}
	},
	{
		id: 'get_rep_queue',
		tool: 'get_rep_queue',
		customer: 'none',
		patterns: [
			/\b(fila|prioridades?|por onde (eu )?comeco|o que (eu )?(faco|fazer)|proximo passo|quem (eu )?(ligo|contato|procuro) (agora|primeiro|hoje)|minhas tarefas|to do)\b/
		],
		args: () => ({})
	},
	{
		id: 'estimate_lost_revenue',
		tool: 'estimate_lost_revenue',
		customer: 'none',
		patterns: [
			/\b(quanto|faturamento|receita|dinheiro|valor|r\$)\b.*\b(perd|deixamos de|deixando de)/,
			/\b(perd\w*|deixamos de faturar)\b.*\b(faturamento|receita|dinheiro|reais)\b/,
			/\bfaturamento perdido\b|\bperda estimada\b/
		],
		args: (req) => {
			const by = breakdown(req.text);
			return defined({
				groupBy: /\bpor (estado de risco|situacao)\b/.test(req.text) ? 'risk_state' : by
			});
		}
	},
	{
		id: 'list_stopped_customers',
		tool: 'list_stopped_customers',
		customer: 'none',
		patterns: [
			/\b(parou|pararam|parado de comprar|parar de comprar|pararam de comprar|sumiu|sumiram|deixou de comprar|deixaram|perdemos|churn|desapareceram|nao compraram mais|nao compra mais)\b/
		],
		args: (req) => defined({ period: extractPeriod(req.text, req.today), ...scopeArgs(req) })
	},
	{
		id: 'list_stalled_opportunities',
		tool: 'list_stalled_opportunities',
		customer: 'none',
		patterns: [
			/\b(negociacao|negociacoes|propostas?|oportunidades?|deals?|pipeline|funil)\b.*\b(parad\w*|travad\w*|emperrad\w*|esfriand\w*|esquecid\w*|sem andamento|sem movimento)/,
			/\b(parad\w*|travad\w*|emperrad\w*)\b.*\b(negociacao|negociacoes|propostas?|oportunidades?|deals?)\b/
		],
		args: (req) =>
			defined({
				stage: /\bproposta/.test(req.text)
					? 'proposal'
					: /\bavaliacao\b/.test(req.text)
						? 'evaluation'
						: undefined
			})
	},
	{
		id: 'declining',
		tool: 'list_customers',
		customer: 'none',
		patterns: [
			/\b(comprando menos|compram menos|caindo|em queda|queda|diminuindo|diminuiram|reduzindo|reduziram|encolhendo)\b/
		],
		args: (req) => ({ declining: true, ...scopeArgs(req) })
	},
	{
		id: 'at_risk',
		tool: 'list_customers',
		customer: 'none',
		patterns: [/\b(em risco|risco|ameacados|podem parar|vao parar|perigo|arriscad\w*)\b/],
		args: (req) => ({ states: ['at_risk'], sort: 'risk', ...scopeArgs(req) })
	},
	{
		id: 'inactive',
		tool: 'list_customers',
		customer: 'none',
		patterns: [/\b(inativos?|inativas?)\b/],
		args: (req) => ({ states: ['inactive'], ...scopeArgs(req) })
	},
	{
		id: 'get_portfolio_health',
		tool: 'get_portfolio_health',
		customer: 'none',
		patterns: [
			/\b(carteira|saude|panorama|visao geral|resumo geral|como estamos|como (que )?(ta|esta|vai|anda) (a coisa|tudo|o time|a equipe)|numeros do mes|indicadores)\b/
		],
		args: (req) => defined({ breakdown: breakdown(req.text), ...scopeArgs(req) })
	},
	{
		id: 'find_customers',
		tool: 'find_customers',
		customer: 'none',
		patterns: [
			/\b(procura|procurar|busca|buscar|acha|achar|encontra|encontrar|pesquisa)\b/,
			/\bcnpj\b/
		],
		args: (req) => ({ query: findQuery(req.original) })
	},
	{
		id: 'get_customer_profile',
		tool: 'get_customer_profile',
		customer: 'required',
		patterns: [
			/\b(como (esta|ta|anda|vai)|situacao|perfil|me fala|fala sobre|ficha|dados)\b/,
			/\bcliente\b/
		],
		args: () => ({})
	}
];

function channelFilter(text: string): string | undefined {
	return /\bvisitas\b/.test(text)
		? 'visit'
		: /\b(whatsapp|zap)\b/.test(text)
			? 'whatsapp'
			: /\bemails?\b/.test(text)
				? 'email'
				: undefined;
}

function findQuery(original: string): string {
	const cnpj = original.match(/\d{2}\.?\d{3}\.?\d{3}\/?\d{4}-?\d{2}/);
	if (cnpj) return cnpj[0];
	return (
		extractCustomerName(original) ??
		original
			.replace(
				/^.*?\b(procura|procurar|busca|buscar|acha|achar|encontra|encontrar|pesquisa)\b/i,
				''
			)
			.replace(/[?!.]/g, '')
			.trim()
	);
}

export interface Understood {
	intent: Intent;
	args: Args;
	/** The customer to look up first (find_customers), when the intent needs one. */
	customerQuery?: string;
}

/** The intent of a request, its arguments and the customer to find; null: not understood. */
export function understand(original: string, today: string): Understood | null {
	const req: Request = { original, text: normalize(original), today };
	const intent = INTENTS.find((i) => i.patterns.some((p) => p.test(req.text)));
	if (!intent) return null;
	const args = intent.args(req);
	if (intent.customer === 'none') return { intent, args };
	const customerQuery = intent.customerName
		? intent.customerName(req)
		: extractCustomerName(original);
	if (intent.customer === 'required' && !customerQuery && intent.id === 'get_customer_profile')
		return null;
	return { intent, args, customerQuery };
}
