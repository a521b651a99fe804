/**
 * Intents about one customer: the contact history (with notes when asked), questions the
 * profile answers — why it stopped, last purchase, what it buys, its cycle, who the contact
 * is — each with a `focus` the answer follows, the plain profile, and a name search.
 */
import { extractCustomerName, extractPeriod } from '../extract.ts';
import { defined, type Intent, type Request } from './types.ts';

function channelFilter(text: string): string | undefined {
	return /\bvisitas\b/.test(text)
		? 'visit'
		: /\b(whatsapp|zap)\b/.test(text)
			? 'whatsapp'
			: /\bemails?\b/.test(text)
				? 'email'
				: /\bligacoes\b/.test(text)
					? 'phone'
					: undefined;
}

export const listInteractionsIntent: Intent = {
	id: 'list_interactions',
	tool: 'list_interactions',
	customer: 'optional',
	patterns: [
		/\b(historico|interacoes|ultimos contatos|contatos com|conversas com|quando (foi que )?(falamos|falei|ligamos|liguei))\b/,
		/\b(visitas|ligacoes|conversas|contatos|reunioes) (que )?(a gente )?(fizemos|fiz|fez|tivemos|tive|teve|foram feitas)\b/,
		/\b(anotacoes|anotacao|notas) d[oa]s?\b/
	],
	args: (req) =>
		defined({
			channel: channelFilter(req.text),
			period: extractPeriod(req.text, req.today),
			includeNotes: /\b(anotac\w*|notas?|observac\w*|detalhes)\b/.test(req.text) || undefined
		})
};

const profile = (id: string, focus: string, patterns: RegExp[]): Intent => ({
	id,
	tool: 'get_customer_profile',
	customer: 'required',
	patterns,
	focus,
	args: () => ({})
});

/** Questions the profile answers, each with its focus (answer.ts). */
export const PROFILE_QUESTIONS: Intent[] = [
	profile('profile_why', 'why', [
		/\b(?:(?:por que|porque|pq|por qual motivo)(?: que)? (?:o|a)|motivo d[oa]) (?!clientes\b).*\b(parou|parado|sumiu|deixou|caiu|risco|inativ\w*|comprando menos|nao compra)/
	]),
	profile('profile_last_purchase', 'last_purchase', [
		/\b(ultima compra|ultimo pedido|quando (foi que )?(ele |ela )?(comprou|pediu)|comprou pela ultima vez)\b/
	]),
	profile('profile_products', 'products', [
		/\b(costuma comprar|costuma pedir|o que (ele |ela )?(mais )?(compra|comprou|pede)|quais produtos|que produtos|mix de produtos)\b/
	]),
	profile('profile_cycle', 'cycle', [
		/\b(ciclo|de quanto em quanto tempo|a cada quantos dias|frequencia de compra|proxima compra)\b/
	]),
	profile('profile_contact', 'contact', [
		/\b(quem e o contato|qual o contato|contato principal|com quem (eu )?(falo|devo falar))\b/
	])
];

export const findCustomersIntent: Intent = {
	id: 'find_customers',
	tool: 'find_customers',
	customer: 'none',
	patterns: [
		/\b(procura|procurar|busca|buscar|acha|achar|encontra|encontrar|pesquisa)\b/,
		/\bcnpj\b/
	],
	args: (req: Request) => ({ query: findQuery(req.original) })
};

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

export const profileIntent: Intent = profile('get_customer_profile', 'general', [
	/\b(como (esta|ta|anda|vai)|situacao|perfil|me fala|fala sobre|ficha|dados)\b/,
	/\bcliente\b/
]);
