/**
 * Requests answered without a tool: what Giro has no data for (margin, stock, forecasts —
 * it reads invoiced orders, contacts and deals, not costs, inventory or targets) and what is
 * out of its scope (exchange rates, weather, news). Both say so plainly and list what it can
 * do; neither gives a number.
 */
import { CAPABILITIES } from '../capabilities.ts';
import type { Intent, Request } from './types.ts';

const NO_DATA: [RegExp, string][] = [
	[
		/\b(margem|margens|lucro|lucros|lucratividade|rentabilidade|custo|custos)\b/,
		'margem, lucro ou custo'
	],
	[/\b(estoque|estoques|inventario|armazem)\b/, 'estoque'],
	[
		/\b(previsao|previsoes|forecast|projecao|projecoes|projetad\w*)\b|\bquanto (vamos|vai|iremos|vou) (faturar|vender)\b|\b(ano que vem|proximo ano)\b|\bmetas?\b/,
		'previsão para além de um ano ou metas'
	]
];

const capabilities = () => `Posso ajudar com: ${CAPABILITIES.join('; ')}.`;

export const noDataIntent: Intent = {
	id: 'no_data',
	tool: null,
	customer: 'none',
	patterns: NO_DATA.map(([re]) => re),
	args: () => ({}),
	reply: (req: Request) => {
		const what = NO_DATA.find(([re]) => re.test(req.text))?.[1] ?? 'isso';
		return (
			`Não tenho esse dado: nenhuma ferramenta do Giro calcula ${what} — ele lê pedidos ` +
			`faturados, contatos e negociações, não custos, estoque nem metas. ${capabilities()}`
		);
	}
};

export const outOfScopeIntent: Intent = {
	id: 'out_of_scope',
	tool: null,
	customer: 'none',
	patterns: [
		/\b(dolar|euro|cambio|bolsa|ibovespa|bitcoin|selic|inflacao|ipca|tempo amanha|clima|chover|chuva|futebol|jogo|noticia|noticias|piada|receita de (?!(janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|hoje|ontem|este|esse|do|da|dos|das|vendas|[0-9])\b))/
	],
	args: () => ({}),
	reply: () =>
		`Não tenho ferramenta para isso: só respondo com dados da carteira do Giro. ${capabilities()}`
};
