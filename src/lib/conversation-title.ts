/**
 * The title of a saved conversation: the first question the person asked, on one line and at
 * most TITLE_MAX characters. Shared by the server (what is saved) and the browser (the list
 * updates right after a turn, without waiting for the save).
 */
export const TITLE_MAX = 80;
export const UNTITLED = 'Conversa sem título';

interface MessageLike {
	role: string;
	parts: readonly { type: string; text?: string }[];
}

export function conversationTitle(messages: readonly MessageLike[]): string {
	for (const message of messages) {
		if (message.role !== 'user') continue;
		const text = message.parts
			.map((p) => (p.type === 'text' ? (p.text ?? '') : ''))
			.join(' ')
			.replace(/\s+/g, ' ')
			.trim();
		if (!text) continue;
		return text.length > TITLE_MAX ? `${text.slice(0, TITLE_MAX - 1).trimEnd()}…` : text;
	}
	return UNTITLED;
}
