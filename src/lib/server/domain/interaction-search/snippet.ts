/**
 * A short excerpt of a note around what the query asked about, so a hit is readable without
 * its full text (tool output size matters for the chat model). The match is found on
 * accent-folded text by word prefix (up to 5 letters: "atrasada" finds "atraso"), so it also
 * works for hits that full-text did not find; without any match the note's start is shown.
 */
import { contentWords, foldText } from './fold-text.ts';

export const SNIPPET_MAX = 160;

export function snippet(text: string, query: string, max = SNIPPET_MAX): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	// foldText keeps one character per character of the NFC text (accents fold in place).
	const folded = foldText(clean.normalize('NFC'));
	let at = -1;
	for (const word of contentWords(query)) {
		const stem = word.slice(0, Math.min(5, word.length));
		const found = folded.search(new RegExp(`(^|[^a-z0-9])${stem}`));
		if (found >= 0 && (at < 0 || found < at)) at = found;
	}
	const start = at < 0 ? 0 : Math.max(0, Math.min(at - Math.floor(max / 3), clean.length - max));
	const cut = clean.slice(start, start + max - 2).trim();
	return `${start > 0 ? '…' : ''}${cut}${start + max - 2 < clean.length ? '…' : ''}`;
}
