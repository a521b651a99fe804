/**
 * The model path of follow-up drafts (issue #7): a `DraftWriter` that asks the configured
 * chat model to write the draft from its context, with the rules of
 * `prompts/draft-follow-up.md` as instructions and the context as data in the user message.
 * What it writes is checked by `chooseDraft` (domain) before anyone sees it: any fact not in
 * the context and the template is used instead. The offline model never writes drafts (the
 * templates are its drafts), so `draftWriterFor` gives none for it.
 */
import { generateText, type LanguageModel } from 'ai';
import { PURPOSE_LABEL } from '#lib/labels.ts';
import {
	formatFacts,
	type DraftWriter,
	type DraftWriterRequest
} from '../domain/follow-ups/drafts/index.ts';
import { fillPrompt, loadPrompt } from '../prompts/load-prompts.ts';
import type { ChosenModel } from './choose-model.ts';

const MAX_OUTPUT_TOKENS = 900;

/** The context as the model reads it: pt-BR keys, formatted values, the citable facts. */
export function draftPromptData({ context: c, channel, facts, template }: DraftWriterRequest) {
	const f = formatFacts(c);
	return {
		canal: channel,
		objetivo: PURPOSE_LABEL[c.purpose],
		porQueEsteObjetivo: c.purposeWhy,
		cliente: f.customer,
		contato: c.contact
			? { nome: c.contact.name, primeiroNome: c.contact.firstName, cargo: c.contact.role }
			: null,
		vendedor: f.repName,
		ultimoPedido: f.lastOrderDate
			? { data: f.lastOrderDate, valor: f.lastOrderTotal, produtos: f.products }
			: null,
		ciclo: f.cycleDays
			? { dias: f.cycleDays, compraEsperada: f.expectedNext, diasDeAtraso: f.lateDays ?? '0' }
			: null,
		negociacao: f.opportunityTitle
			? {
					titulo: f.opportunityTitle,
					etapa: f.opportunityStage,
					valor: f.opportunityValue,
					desde: f.opportunitySince
				}
			: null,
		ultimosContatos: c.lastInteractions.map((i) => ({
			data: i.date.split('-').reverse().join('/'),
			canal: i.channel,
			resumo: i.summary
		})),
		retornoCombinadoEm: f.promiseDate,
		reclamacaoEmAbertoDesde: f.complaintDate,
		fatos: facts,
		exemploDeFormato: template.subject
			? `Assunto: ${template.subject}\n${template.body}`
			: template.body
	};
}

export function modelDraftWriter(
	model: LanguageModel,
	options: { promptsDir?: string; abortSignal?: AbortSignal } = {}
): DraftWriter {
	return async (request) => {
		const prompt = loadPrompt('draft-follow-up', options.promptsDir);
		const instructions = fillPrompt(prompt, {
			channel: request.channel,
			purpose: PURPOSE_LABEL[request.context.purpose]
		});
		const { text } = await generateText({
			model,
			instructions,
			prompt: `<contexto>\n${JSON.stringify(draftPromptData(request), null, 2)}\n</contexto>`,
			maxOutputTokens: MAX_OUTPUT_TOKENS,
			abortSignal: options.abortSignal
		});
		return text;
	};
}

/** The writer for the chosen chat model; none for the offline model (templates write). */
export function draftWriterFor(
	chosen: ChosenModel,
	options: { abortSignal?: AbortSignal } = {}
): DraftWriter | undefined {
	return chosen.kind === 'offline' ? undefined : modelDraftWriter(chosen.model, options);
}
