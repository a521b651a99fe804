/**
 * The text normalisation shared by the local embedding and the snippets: accent-folded,
 * lower-cased words ("Reclamação" → "reclamacao"), without the Portuguese function words that
 * would make every note look alike ("o que os clientes disseram sobre…").
 */

/**
 * "Reclamação, PREÇO!" → "reclamacao  preco " — letters and digits, every other character a
 * space, one character per character of the NFC text (snippet.ts relies on the positions).
 */
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, ' ');
}

/** Function words and question words: they carry no topic. Accent-folded. */
export const STOPWORDS: ReadonlySet<string> = new Set(
	(
		'a o as os um uma uns umas de da do das dos em na no nas nos num numa e ou que se por pra para pro ' +
		'com sem sob sobre ao aos a la lo ele ela eles elas eu voce voces nos me te lhe isso isto esse essa ' +
		'este esta aquele aquela foi era ser ter tem tinha ja nao sim mais menos muito muita bem so tambem ' +
		'como qual quais quem quando onde porque pq oq oque algum alguma alguns algumas todo toda todos todas ' +
		'meu minha meus minhas seu sua seus suas nosso nossa dele dela deles delas ate mas entao tipo ai la ' +
		'falou falaram disse disseram dizer falar comentou comentaram mencionou mencionaram reportou ' +
		'cliente clientes'
	).split(' ')
);

/** The content words of a text, folded, in order (stopwords and 1-letter tokens dropped). */
export function contentWords(text: string): string[] {
	return foldText(text)
		.split(' ')
		.filter((w) => w.length > 1 && !STOPWORDS.has(w));
}
