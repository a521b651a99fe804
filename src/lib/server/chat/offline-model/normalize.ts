/**
 * Text normalisation for the offline model: lower case, no accents, punctuation as spaces, and
 * one-letter typos fixed against a small vocabulary of the words the intent table relies on.
 * `lightNormalize` keeps every character's position (one char in, one char out), so a match in
 * the normalised text can be cut from the original message (customer names keep their accents).
 */

/** Lower case and no accents, one character per character: positions match the original. */
export function lightNormalize(text: string): string {
	let out = '';
	for (const ch of text) {
		const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
		out += base.length === 1 ? base : base.length === 0 ? ' ' : base[0];
		// Characters outside the BMP take two UTF-16 units: pad to keep positions aligned.
		if (ch.length === 2) out += ' ';
	}
	return out;
}

/** Words the intent rules look for; a word one edit away from one of these becomes it. */
export const VOCABULARY = [
	'agenda',
	'agendar',
	'amanha',
	'anotar',
	'atrasados',
	'carteira',
	'cliente',
	'clientes',
	'comprando',
	'comprar',
	'contato',
	'contatos',
	'deixaram',
	'diminuindo',
	'estimativa',
	'faturamento',
	'follow',
	'historico',
	'interacoes',
	'ligacao',
	'liguei',
	'marcar',
	'negociacoes',
	'negociacao',
	'oportunidades',
	'panorama',
	'pararam',
	'parado',
	'paradas',
	'passado',
	'perdido',
	'perdemos',
	'previsao',
	'proposta',
	'propostas',
	'quinta',
	'quarta',
	'registra',
	'registrar',
	'retorno',
	'retornos',
	'risco',
	'saude',
	'segunda',
	'semana',
	'sexta',
	'sumiram',
	'terca',
	'travadas',
	'vencidos',
	'visita',
	'visitas',
	'visitei',
	'whatsapp'
];

const VOCAB_SET = new Set(VOCABULARY);

/** Real words one edit away from a vocabulary word: never "fixed" ("pedido" is not "perdido"). */
const KEEP = new Set([
	'compra',
	'compras',
	'pedido',
	'pedidos',
	'parada',
	'parou',
	'parar',
	'quanto',
	'quanta',
	'contas'
]);

/** True when a and b differ by one substitution, insertion, deletion or adjacent swap. */
export function oneEditApart(a: string, b: string): boolean {
	if (a === b) return false;
	if (Math.abs(a.length - b.length) > 1) return false;
	if (a.length === b.length) {
		const diff: number[] = [];
		for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
		if (diff.length === 1) return true;
		return (
			diff.length === 2 &&
			diff[1] === diff[0] + 1 &&
			a[diff[0]] === b[diff[1]] &&
			a[diff[1]] === b[diff[0]]
		);
	}
	const [short, long] = a.length < b.length ? [a, b] : [b, a];
	let i = 0;
	while (i < short.length && short[i] === long[i]) i++;
	return short.slice(i) === long.slice(i + 1);
}

/** The vocabulary word a (4+ letter) word is a one-letter typo of, or the word itself. */
export function fixTypo(word: string, vocabulary: readonly string[] = VOCABULARY): string {
	if (word.length < 4 || VOCAB_SET.has(word) || KEEP.has(word)) return word;
	// A missing or extra letter ("pasado") is likelier than a wrong one: try those first.
	return (
		vocabulary.find((v) => v.length !== word.length && oneEditApart(word, v)) ??
		vocabulary.find((v) => oneEditApart(word, v)) ??
		word
	);
}

/** Chat abbreviations, spelled out. */
export const SLANG: Record<string, string> = {
	oq: 'o que',
	q: 'que',
	vc: 'voce',
	hj: 'hoje',
	qm: 'quem',
	qto: 'quanto',
	qnt: 'quanto',
	td: 'tudo',
	tbm: 'tambem',
	pfv: 'por favor',
	pf: 'por favor',
	mto: 'muito',
	amnh: 'amanha'
};

/** Lower case, no accents, only letters/digits separated by single spaces, slang spelled out, typos fixed. */
export function normalize(text: string): string {
	return lightNormalize(text)
		.replace(/[^a-z0-9$]+/g, ' ')
		.trim()
		.split(' ')
		.map((w) => SLANG[w] ?? fixTypo(w))
		.join(' ')
		.replace(/\bfollow ?ups?\b/g, 'follow up');
}
