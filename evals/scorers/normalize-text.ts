/**
 * The one text normalisation of the scorers: lower case, no accents, one space between words,
 * so "Padaria São José" and "padaria sao  jose" compare equal and a person's missing accents
 * never decide a score.
 */
export function plain(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
