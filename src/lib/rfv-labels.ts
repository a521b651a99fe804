/**
 * The RFV segments (recency, frequency, value) in plain Portuguese, each with a one-line
 * explanation: a person reads "Perfil médio — sem destaque…", never a bare "RFV: Outros".
 */
export const RFV_PLAIN: Record<string, { label: string; explanation: string }> = {
	'Não pode perder': {
		label: 'Grande cliente sumindo',
		explanation: 'Comprava muito e com frequência, mas não compra há um bom tempo.'
	},
	Campeões: {
		label: 'Entre os melhores',
		explanation: 'Comprou há pouco, compra com frequência e está entre os maiores valores.'
	},
	Fiéis: { label: 'Cliente fiel', explanation: 'Compra com frequência e com regularidade.' },
	'Em risco': {
		label: 'Esfriando',
		explanation: 'Comprava bem, mas as compras ficaram mais espaçadas.'
	},
	Novos: { label: 'Cliente recente', explanation: 'Começou a comprar há pouco tempo.' },
	Promissores: {
		label: 'Promissor',
		explanation: 'Comprou há pouco, ainda com pouca frequência ou valor.'
	},
	'Precisam de atenção': {
		label: 'Pede atenção',
		explanation: 'Perfil intermediário que começa a comprar menos.'
	},
	Hibernando: {
		label: 'Quase parado',
		explanation: 'Compra pouco, raramente e não compra há tempo.'
	},
	Outros: {
		label: 'Perfil médio',
		explanation: 'Sem destaque em recência, frequência ou valor frente à carteira.'
	}
};

export function rfvPlain(segment: string): { label: string; explanation: string } {
	return RFV_PLAIN[segment] ?? { label: segment, explanation: '' };
}
