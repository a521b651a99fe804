/**
 * Intents about the whole portfolio (or a slice: a UF, a rep): lost revenue and revenue at
 * risk, who stopped buying in a period, stalled deals, declining / at-risk / inactive
 * customers, RFV segments ("campeões"), and the portfolio's health.
 */
import { extractPeriod, extractRange } from '../extract.ts';
import { defined, type Args, type Intent, type Request } from './types.ts';

export const scopeArgs = (req: Request): Args => {
	const args: Args = {};
	const uf = req.original.match(/\b(?:em|no|na|d[eoa]|uf)\s+([A-Z]{2})\b/);
	if (uf) args.uf = uf[1];
	return args;
};

const breakdown = (text: string): string | undefined =>
	/\bpor (vendedor|vendedora|vendedores|rep|representante)/.test(text)
		? 'rep'
		: /\bpor segmento/.test(text)
			? 'segment'
			: /\bpor (uf|estado)\b(?! de risco)/.test(text)
				? 'uf'
				: undefined;

/** A date range the request states, else its month or relative period. */
export const periodOf = (req: Request) =>
	extractRange(req.original, req.today) ?? extractPeriod(req.text, req.today);

export const lostRevenueIntent: Intent = {
	id: 'estimate_lost_revenue',
	tool: 'estimate_lost_revenue',
	customer: 'none',
	patterns: [
		/\b(quanto|faturamento|receita|dinheiro|valor|r\$)\b.*\b(perd|deixamos de|deixando de)/,
		/\b(perd\w*|deixamos de faturar)\b.*\b(faturamento|receita|dinheiro|reais)\b/,
		/\bfaturamento perdido\b|\bperda estimada\b/,
		/\b(quanto|faturamento|receita|dinheiro|valor|r\$)\b.*\bem risco\b/
	],
	args: (req) =>
		defined({
			groupBy: /\bpor (estado de risco|situacao)\b/.test(req.text)
				? 'risk_state'
				: breakdown(req.text)
		})
};

export const stoppedIntent: Intent = {
	id: 'list_stopped_customers',
	tool: 'list_stopped_customers',
	customer: 'none',
	patterns: [
		/\b(parou|pararam|parado de comprar|parar de comprar|pararam de comprar|sumiu|sumiram|deixou de comprar|deixaram|perdemos|churn|desapareceram|nao compraram mais|nao compra mais)\b/
	],
	args: (req) => defined({ period: periodOf(req), ...scopeArgs(req) })
};

export const stalledIntent: Intent = {
	id: 'list_stalled_opportunities',
	tool: 'list_stalled_opportunities',
	customer: 'none',
	patterns: [
		/\b(negociacao|negociacoes|propostas?|oportunidades?|deals?|pipeline|funil)\b.*\b(parad\w*|travad\w*|emperrad\w*|esfriand\w*|esquecid\w*|sem andamento|sem movimento|sem retorno|sem resposta)/,
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
};

/** RFV segments a person names (list_customers' rfvSegment); "em risco" is the state. */
const RFV: [RegExp, string][] = [
	[/\bcampe(oes|ao|as)\b/, 'Campeões'],
	[/\bfieis\b|\bfiel\b/, 'Fiéis'],
	[/\bnao (pode|podemos) perder\b/, 'Não pode perder'],
	[/\bhibernando\b/, 'Hibernando'],
	[/\bpromissores\b/, 'Promissores'],
	[/\bprecisam de atencao\b/, 'Precisam de atenção']
];

export const rfvIntent: Intent = {
	id: 'rfv_segment',
	tool: 'list_customers',
	customer: 'none',
	patterns: RFV.map(([re]) => re),
	args: (req) => ({
		rfvSegment: RFV.find(([re]) => re.test(req.text))![1],
		...scopeArgs(req)
	})
};

export const decliningIntent: Intent = {
	id: 'declining',
	tool: 'list_customers',
	customer: 'none',
	patterns: [
		/\b(comprando menos|compram menos|caindo|em queda|queda|diminuindo|diminuiram|reduzindo|reduziram|encolhendo)\b/
	],
	args: (req) => ({ declining: true, ...scopeArgs(req) })
};

export const atRiskIntent: Intent = {
	id: 'at_risk',
	tool: 'list_customers',
	customer: 'none',
	patterns: [/\b(em risco|risco|ameacados|podem parar|vao parar|perigo|arriscad\w*)\b/],
	args: (req) => ({ states: ['at_risk'], sort: 'risk', ...scopeArgs(req) })
};

export const inactiveIntent: Intent = {
	id: 'inactive',
	tool: 'list_customers',
	customer: 'none',
	patterns: [/\b(inativos?|inativas?)\b/],
	args: (req) => ({ states: ['inactive'], ...scopeArgs(req) })
};

export const healthIntent: Intent = {
	id: 'get_portfolio_health',
	tool: 'get_portfolio_health',
	customer: 'none',
	patterns: [
		/\b(carteira|saude|panorama|visao geral|resumo geral|como estamos|como (que )?(ta|esta|vai|anda) (a coisa|tudo|o time|a equipe)|numeros do mes|indicadores)\b/
	],
	args: (req) => defined({ breakdown: breakdown(req.text), ...scopeArgs(req) })
};
