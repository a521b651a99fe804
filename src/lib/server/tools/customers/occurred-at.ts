/**
 * When a recorded contact happened, as log_interaction and complete_follow_up take it: the
 * `occurredAt` input, its check (not in the future) and the default.
 *
 * Decisions: "now" is the real clock when `asOf` is today (or later); when the call is made
 * "as of" a past date (evals, replays) it is noon of that day in São Paulo, so what is logged
 * is visible to the other tools at that date. A default "now" is bound to the token as "at
 * confirmation" and fixed when the write happens, so the preview's token still matches.
 * Times without an offset are São Paulo local time; a date alone means noon
 * (`domain/interactions/record-interaction.ts`).
 */
import { z } from 'zod';
import { addDays, todayInSaoPaulo } from '../../domain/calendar/iso-date.ts';
import { saoPauloInstant } from '../../domain/interactions/record-interaction.ts';
import { nowOf, type ToolContext } from '../tool-context.ts';
import { ToolError } from '../tool-error.ts';

const DATE_TIME =
	/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export const OccurredAtInput = z
	.string()
	.regex(DATE_TIME, 'use AAAA-MM-DDTHH:MM (horário de São Paulo) ou AAAA-MM-DD')
	.optional()
	.describe(
		'Quando aconteceu: AAAA-MM-DDTHH:MM no horário de São Paulo (ou com fuso, ex.: -03:00), ou só a data ' +
			'(meio-dia); omita para agora. Não pode estar no futuro.'
	);

/** The instant (ISO, UTC) of a date-time as the tools accept it. */
export async function toInstant(ctx: ToolContext, text: string, field = 'occurredAt') {
	const iso = await saoPauloInstant({ db: ctx.db, text });
	if (iso === null)
		throw new ToolError('invalid_input', `${field}: "${text}" não é uma data-hora válida.`);
	return iso;
}

/** Whether "now" is the real clock (asOf is today or later) or a replayed past date. */
function live(ctx: ToolContext): boolean {
	return ctx.asOf >= todayInSaoPaulo(nowOf(ctx));
}

/**
 * The occurrence instant to bind to a write: the given one (checked: not in the future), or the
 * default — null ("at confirmation") on the live clock, noon of `asOf` otherwise.
 */
export async function resolveOccurredAt(
	ctx: ToolContext,
	given: string | undefined
): Promise<string | null> {
	if (!given) return live(ctx) ? null : toInstant(ctx, ctx.asOf);
	const instant = await toInstant(ctx, given);
	const limit = live(ctx)
		? new Date(nowOf(ctx).getTime() + 5 * 60_000).toISOString()
		: await toInstant(ctx, `${addDays(ctx.asOf, 1)}T00:00`);
	if (instant > limit)
		throw new ToolError(
			'invalid_input',
			`occurredAt: ${given} está no futuro; registre só o que já aconteceu (ou agende um follow-up).`
		);
	return instant;
}

/** The instant a bound occurrence is written with: the bound one, else the call's now. */
export const occurredInstant = (ctx: ToolContext, bound: string | null) =>
	bound ? new Date(bound) : nowOf(ctx);
