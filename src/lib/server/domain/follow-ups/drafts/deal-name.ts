/**
 * A deal's or a complaint's subject as a phrase inside a sentence (issue #15 item 8: a deal's
 * title is not pasted raw). "Cotação de 200 sc de Cimento" becomes "a cotação de 200 sc de
 * Cimento" (article by the first noun's gender, first letter lowered); a title that does not
 * start with a known noun keeps its case, in quotes: "o assunto “Título”". A complaint is named by what it is about
 * ("o atraso na entrega"), read from its summary, never quoted.
 */
const FEMININE = new Set(
	'cotação compra reposição troca homologação ação expansão proposta renovação venda entrega ampliação linha'.split(
		' '
	)
);
const MASCULINE = new Set(
	'contrato fornecimento pacote lote mix pedido projeto kit orçamento'.split(' ')
);

export interface Phrase {
	/** "a cotação de …" */
	text: string;
	feminine: boolean;
}

export function dealPhrase(title: string): Phrase {
	const first = title.split(/\s+/)[0]?.toLowerCase() ?? '';
	const rest = title.slice(first.length);
	if (FEMININE.has(first)) return { text: `a ${first}${rest}`, feminine: true };
	if (MASCULINE.has(first)) return { text: `o ${first}${rest}`, feminine: false };
	return { text: `o assunto “${title}”`, feminine: false };
}

/** "de" + the phrase: "da cotação de …", "do contrato …". */
export const ofPhrase = (p: Phrase) => `d${p.text}`;

const COMPLAINTS: [RegExp, string][] = [
	[/atras/i, 'o atraso na entrega'],
	[/reajuste/i, 'o reajuste de preço'],
	[/pre[cç]o|caro/i, 'a questão do preço'],
	[/avaria|danific/i, 'a avaria no material'],
	[/defeit/i, 'o defeito no material'],
	[/qualidade|fora do padr/i, 'o problema de qualidade'],
	[/devolu|devolv/i, 'a devolução'],
	[/cobrou/i, 'a cobrança que vocês fizeram']
];

/** What a complaint is about, as a noun phrase ("o atraso na entrega"), or null. */
export function complaintPhrase(summary: string): string | null {
	return COMPLAINTS.find(([re]) => re.test(summary))?.[1] ?? null;
}
