/**
 * `local-ngram-v1`: Giro's embedding that needs no model and no download. Each content word
 * (accent-folded, lower-cased, stopwords dropped — fold-text.ts) contributes its character
 * n-grams (3 to 5, inside the word padded with boundaries), its 5-letter prefix (a crude
 * Portuguese stem: "atraso", "atrasou", "atrasada" share "atras") and the whole word. The
 * features are hashed (FNV-1a, signed, so collisions cancel out on average instead of piling
 * up) into EMBEDDING_DIMENSIONS numbers and the vector is L2-normalised, so cosine similarity
 * measures shared word pieces.
 *
 * What it is good for: spelling, accent and inflection variants ("reclamacao", "reclamaram",
 * "reclamação"), typos that keep most of the word, shared word pieces. What it is not: it
 * knows no synonyms and no meaning — "caro" and "preço alto" are unrelated to it. Remote
 * embeddings (EMBEDDING_MODEL) do that; the hybrid search leans on full-text for exact words.
 *
 * Deterministic: the same text always gives the same vector, on every machine.
 */
import { EMBEDDING_DIMENSIONS } from '../../db/ensure-vector.ts';
import { contentWords } from './fold-text.ts';

export const LOCAL_EMBEDDING_MODEL = 'local-ngram-v1';

const MIN_GRAM = 3;
const MAX_GRAM = 5;
const STEM = 5;
/** Relative weights of the three feature kinds of one word (the n-grams share theirs). */
const WORD_WEIGHT = 1;
const STEM_WEIGHT = 1;
const GRAMS_WEIGHT = 1.5;

/** FNV-1a, 32 bits. */
function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

function addFeature(vector: Float64Array, feature: string, weight: number): void {
	const hash = fnv1a(feature);
	const index = hash % vector.length;
	// The top bit is independent of `index` (256 divides 2^32): a fair sign.
	vector[index] += hash & 0x80000000 ? -weight : weight;
}

function addWord(vector: Float64Array, word: string): void {
	addFeature(vector, `w:${word}`, WORD_WEIGHT);
	if (word.length > STEM) addFeature(vector, `s:${word.slice(0, STEM)}`, STEM_WEIGHT);
	const padded = `<${word}>`;
	const grams: string[] = [];
	for (let n = MIN_GRAM; n <= MAX_GRAM; n++)
		for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
	const each = GRAMS_WEIGHT / Math.sqrt(Math.max(1, grams.length));
	for (const gram of grams) addFeature(vector, `g:${gram}`, each);
}

/** The `local-ngram-v1` vector of a text: EMBEDDING_DIMENSIONS numbers, unit length (or all 0). */
export function localEmbedding(text: string, dimensions = EMBEDDING_DIMENSIONS): number[] {
	const vector = new Float64Array(dimensions);
	for (const word of contentWords(text)) addWord(vector, word);
	let norm = 0;
	for (const x of vector) norm += x * x;
	norm = Math.sqrt(norm);
	return Array.from(vector, (x) => (norm > 0 ? x / norm : 0));
}

/** Cosine similarity of two vectors of the same length (0 when one is all zeros). */
export function cosine(a: readonly number[], b: readonly number[]): number {
	let dot = 0;
	let na = 0;
	let nb = 0;
	for (let i = 0; i < a.length; i++) {
		dot += a[i] * b[i];
		na += a[i] * a[i];
		nb += b[i] * b[i];
	}
	return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
