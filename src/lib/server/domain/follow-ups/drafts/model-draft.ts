/**
 * The model path of a draft (issue #7): when a language model is configured, a `DraftWriter`
 * (built by the chat adapter, see `chat/draft-writer.ts`) writes the text from the context;
 * this module decides whether to use it. The model's text is accepted only when
 * `ungroundedFacts` finds nothing outside the context and the text fits the channel;
 * otherwise the template draft is used and the reason is said in one pt-BR sentence.
 *
 * Decisions: the model writes the body (and the e-mail subject, from an "Assunto:" first
 * line); for the phone, the script's bullets are the model's lines that start with "-", "•"
 * or "*", and the objections stay the template's (reviewed answers, not improvised ones).
 */
import type { DraftChannel, DraftContext } from './draft-context.ts';
import { draftFacts } from './draft-facts.ts';
import { ungroundedFacts } from './grounding.ts';
import type { Draft } from './render-draft.ts';

export interface DraftWriterRequest {
	context: DraftContext;
	channel: DraftChannel;
	/** The strings the draft may cite (`draftFacts`). */
	facts: string[];
	/** The template draft, as an example of shape and tone. */
	template: Draft;
}

/** Writes a draft's text with a language model; the raw text as the model wrote it. */
export type DraftWriter = (request: DraftWriterRequest) => Promise<string>;

export interface ChosenDraft {
	draft: Draft;
	writtenBy: 'model' | 'template';
	/** Why the model's text was not used (pt-BR), when it was not. */
	note: string | null;
}

const MAX_LENGTH: Record<DraftChannel, number> = { whatsapp: 700, email: 2500, phone: 3000 };

/** The model's raw text as a draft of `channel`, or null when it is empty. */
export function parseModelDraft(raw: string, channel: DraftChannel, template: Draft): Draft | null {
	let text = raw.replace(/^```\w*\n?|```$/g, '').trim();
	let subject: string | null = null;
	const subjectLine = /^\**assunto:?\**:?\s*(.+)$/im.exec(text.split('\n')[0] ?? '');
	if (subjectLine) {
		subject = subjectLine[1].trim();
		text = text.split('\n').slice(1).join('\n').trim();
	}
	if (!text) return null;
	if (channel === 'email') return { ...template, subject: subject ?? template.subject, body: text };
	if (channel === 'phone') {
		const bullets = text
			.split('\n')
			.map((l) => /^\s*[-•*]\s+(.+)$/.exec(l)?.[1]?.trim())
			.filter((l): l is string => !!l);
		return { ...template, body: text, bullets: bullets.length ? bullets : template.bullets };
	}
	return { ...template, body: text };
}

/** Uses the model's draft when it is grounded and fits the channel; else the template. */
export async function chooseDraft(
	context: DraftContext,
	channel: DraftChannel,
	template: Draft,
	writer: DraftWriter | undefined
): Promise<ChosenDraft> {
	if (!writer) return { draft: template, writtenBy: 'template', note: null };
	let raw: string;
	try {
		raw = await writer({ context, channel, facts: draftFacts(context), template });
	} catch {
		return {
			draft: template,
			writtenBy: 'template',
			note: 'O modelo de linguagem não respondeu: usei o texto padrão do Giro.'
		};
	}
	const draft = parseModelDraft(raw, channel, template);
	if (!draft)
		return {
			draft: template,
			writtenBy: 'template',
			note: 'O modelo de linguagem devolveu um texto vazio: usei o texto padrão do Giro.'
		};
	const text = [draft.subject ?? '', draft.body].join('\n');
	const invented = ungroundedFacts(text, context);
	if (invented.length)
		return {
			draft: template,
			writtenBy: 'template',
			note: `O texto do modelo citava dados que não estão no histórico do cliente (${invented.slice(0, 5).join(', ')}): usei o texto padrão do Giro.`
		};
	if (draft.body.length > MAX_LENGTH[channel])
		return {
			draft: template,
			writtenBy: 'template',
			note: 'O texto do modelo ficou longo demais para o canal: usei o texto padrão do Giro.'
		};
	return { draft, writtenBy: 'model', note: null };
}
