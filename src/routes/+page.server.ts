import { error } from '@sveltejs/kit';
import { chooseModel } from '#lib/server/chat/choose-model.ts';
import {
	ConversationId,
	listConversations,
	loadConversation
} from '#lib/server/chat/conversations.ts';
import { SUGGESTIONS } from '#lib/server/chat/suggestions.ts';
import { appEnv } from '#lib/server/app-env.ts';
import { appDatabase } from '#lib/server/db/app-database.ts';
import { scopeFor } from '#lib/server/domain/portfolio/scope.ts';
import { portfolioOverview } from '#lib/server/web/portfolio-overview.ts';
import { todayInSaoPaulo } from '#lib/server/domain/calendar/iso-date.ts';
import { buildDigest, firstOpenOfDay } from '#lib/server/domain/follow-ups/daily-digest.ts';
import { DEFAULT_ENGINE_CONFIG } from '#lib/server/domain/portfolio/engine-config.ts';
import type { PageServerLoad } from './$types';

/**
 * The Copiloto: the portfolio overview, the user's saved conversations, and — with
 * `?conversa=<id>` — one of them reopened (someone else's id is a 404, like a missing one).
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	const db = await appDatabase();
	const user = locals.user!;
	const requested = url.searchParams.get('conversa');
	let conversation = null;
	if (requested !== null) {
		const id = ConversationId.safeParse(requested);
		conversation = id.success ? await loadConversation(db, { userId: user.id, id: id.data }) : null;
		if (!conversation) error(404, 'Conversa não encontrada.');
	}
	// "Seu dia": a rep's first open of the day (issue #15).
	const today = todayInSaoPaulo(new Date());
	const digest =
		user.role === 'rep' && requested === null && (await firstOpenOfDay(db, user.id, today))
			? await buildDigest(db, {
					user,
					asOf: today,
					config: DEFAULT_ENGINE_CONFIG,
					origin: url.origin
				})
			: null;
	return {
		digest: digest && { greeting: digest.greeting, sections: digest.sections },
		overview: await portfolioOverview(db, scopeFor(user).repId),
		modelLabel: chooseModel(appEnv()).label,
		suggestions: [...SUGGESTIONS[user.role]],
		conversations: await listConversations(db, { userId: user.id }),
		conversation,
		scopeLabel: user.role === 'rep' ? 'Sua carteira' : 'Carteira da empresa',
		isRep: user.role === 'rep'
	};
};
