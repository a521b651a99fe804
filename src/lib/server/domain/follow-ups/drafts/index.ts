/**
 * Follow-up drafts (issue #7) — public API: the grounded context, the pt-BR templates per
 * purpose × channel, the list of citable facts and the grounding check.
 */
export {
	DRAFT_CHANNELS,
	DRAFT_PURPOSES,
	type DraftChannel,
	type DraftContact,
	type DraftContext,
	type DraftInteraction,
	type DraftPurpose
} from './draft-context.ts';
export { draftFacts, formatFacts, type FormattedFacts } from './draft-facts.ts';
export {
	DraftContactNotFound,
	gatherDraftContext,
	type GatherOptions
} from './gather-draft-context.ts';
export { ungroundedAgainst, ungroundedFacts } from './grounding.ts';
export { inferPurpose } from './infer-purpose.ts';
export type { Objection } from './purpose-copy.ts';
export { templateDraft, type Draft } from './render-draft.ts';
export {
	chooseDraft,
	parseModelDraft,
	type ChosenDraft,
	type DraftWriter,
	type DraftWriterRequest
} from './model-draft.ts';
